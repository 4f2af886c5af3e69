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
const numbers = (text: string) => text.split(",").map(Number);
const sizes = numbers(process.env.BENCH_SIZES ?? "1000,10000,50000,100000");
// 0: the workload (partnerships and their codings); 5: with five events per partnership as well.
const eventCounts = numbers(process.env.BENCH_EVENTS ?? "0,5");
// Runs per size and workload: the machine this was written on varies by up to 1.8× between runs, so one figure misleads.
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

interface Result { codings: number; events: number; rows: number; readMs: number; validateMs: number; scoreMs: number; peakRssMb: number }

/** Milliseconds papaparse alone takes on a codings file, in a fresh process: the machine's speed now. */
const calibrate = (codingsFile: string) => {
  const output = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/calibrate.ts"), codingsFile], { cwd: root, encoding: "utf8" });
  return (JSON.parse(output) as { ms: number }).ms;
};
const calibrations: string[] = [];

const rows: string[][] = [];
for (const eventsPerPartnership of eventCounts) {
  for (const size of sizes) {
    const folder = mkdtempSync(join(tmpdir(), `paradiplomacy-bench-${size}-`));
    try {
      cpSync(join(root, "datasets/indonesia/datapackage.json"), join(folder, "datapackage.json"));
      for (const [name, text] of Object.entries(syntheticDataset(size, { eventsPerPartnership }))) writeFileSync(join(folder, `${name}.csv`), text);
      // The machine's speed just before each run of the largest workload, to read the runs by.
      const calibrated = size === Math.max(...sizes);
      const speeds: number[] = [];
      const runs: Result[] = [];
      for (let run = 0; run < repeats; run++) {
        if (calibrated) speeds.push(calibrate(join(folder, "codings.csv")));
        // A fresh process per run, so that peak memory is this run's own.
        const output = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/validateScoreOnce.ts"), folder], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
        runs.push(JSON.parse(output) as Result);
      }
      if (calibrated) calibrations.push(`${eventsPerPartnership} events each: ${speeds.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s`);
      const totals = runs.map((result) => result.validateMs + result.scoreMs).sort((a, b) => a - b);
      const median = totals[Math.floor((totals.length - 1) / 2)]!;
      const medianRun = runs.find((result) => result.validateMs + result.scoreMs === median)!;
      const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
      rows.push([
        size.toLocaleString("en"),
        medianRun.codings.toLocaleString("en"),
        medianRun.events.toLocaleString("en"),
        medianRun.validateMs.toFixed(0),
        medianRun.scoreMs.toFixed(0),
        median.toFixed(0),
        range(totals),
        Math.round(medianRun.rows / (median / 1000)).toLocaleString("en"),
        ((median / medianRun.codings) * 1e6 / 1000).toFixed(2),
        Math.max(...runs.map((result) => result.peakRssMb)).toFixed(0),
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
console.log(`validate + score (synthetic datasets: 20 codings per partnership, with 0 or 5 events each; ${repeats} fresh processes per line, the median shown)\n`);
console.log(formatTable(["partnerships", "codings", "events", "validate ms", "score ms", "total ms (median)", "total ms (range)", "rows/s", "s per 1M codings", "peak RSS MB"], rows));
console.log(`\nmachine speed just before each run of the largest size (papaparse alone parsing its ${(Math.max(...sizes) * 20).toLocaleString("en")} codings, no conversion or checks; about 0.3 s for 1,000,000 when the development machine is quiet): ${calibrations.join("; ")}`);

if (process.env.BENCH_SITE !== "0") {
  console.log("\nsite (built, served on loopback, headless Chromium; budgets: overview JS ≤ 200 KB gzip, first chart ≤ 1 s, no task > 200 ms while panning)\n");
  console.log(await siteBench());
}
