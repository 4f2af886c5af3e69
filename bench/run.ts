// npm run bench: prints the figures the performance targets are read from.
// Target: 1 million coding rows validated and scored in under 3 s, under 1 GB of memory,
// time growing linearly with rows.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticDataset } from "./synthetic.ts";
import { formatTable } from "../src/format/formatTable.ts";
import { siteBench } from "./site.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,50000,100000").split(",").map(Number);
const rows: string[][] = [];
for (const size of sizes) {
  const folder = mkdtempSync(join(tmpdir(), `paradiplomacy-bench-${size}-`));
  try {
    cpSync(join(root, "datasets/indonesia/datapackage.json"), join(folder, "datapackage.json"));
    for (const [name, text] of Object.entries(syntheticDataset(size))) writeFileSync(join(folder, `${name}.csv`), text);
    const output = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/validateScoreOnce.ts"), folder], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
    const result = JSON.parse(output) as { codings: number; rows: number; readMs: number; validateMs: number; scoreMs: number; peakRssMb: number };
    const totalMs = result.validateMs + result.scoreMs;
    rows.push([
      size.toLocaleString("en"),
      result.codings.toLocaleString("en"),
      result.readMs.toFixed(0),
      result.validateMs.toFixed(0),
      result.scoreMs.toFixed(0),
      totalMs.toFixed(0),
      Math.round(result.rows / (totalMs / 1000)).toLocaleString("en"),
      ((totalMs / result.codings) * 1e6 / 1000).toFixed(2),
      result.peakRssMb.toFixed(0),
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
console.log("validate + score (synthetic datasets: ~20 codings and 5 events per partnership; one fresh process per size)\n");
console.log(formatTable(["partnerships", "codings", "read ms", "validate ms", "score ms", "validate+score ms", "rows/s", "s per 1M codings", "peak RSS MB"], rows));

if (process.env.BENCH_SITE !== "0") {
  console.log("\nsite (built, served on loopback, headless Chromium; budgets: overview JS ≤ 200 KB gzip, first chart ≤ 1 s, no task > 200 ms while panning)\n");
  console.log(await siteBench());
}
