// npm run bench: prints the figures the performance targets are read from.
// Budget: 1 million coding rows validated and scored in at most 3× the time papaparse alone takes to parse
// the same file in the same run, under 1 GB of memory, time growing linearly with rows; malformed files read
// in at most 3× the time of the clean file.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticDataset } from "./synthetic.ts";
import { formatTable } from "../src/format/formatTable.ts";
import { siteBench } from "./site.ts";
import { documentsBench } from "./documents.ts";
import { agreementBench } from "./agreement.ts";
import { qcaBench } from "./qca.ts";
import { sensitivityBench } from "./sensitivity.ts";
import { correlationsBench } from "./correlations.ts";
import { lighthouseBench } from "./lighthouse.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const numbers = (text: string) => text.split(",").map(Number);
const sizes = numbers(process.env.BENCH_SIZES ?? "1000,10000,50000,100000");
// 0: the workload (partnerships and their codings); 5: with five events per partnership as well.
const eventCounts = numbers(process.env.BENCH_EVENTS ?? "0,5");
// Runs per size and workload: the machine this was written on varies by up to 1.8× between runs, so one figure misleads.
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

interface Result {
  codings: number;
  events: number;
  rows: number;
  readMs: number;
  validateMs: number;
  scoreMs: number;
  peakRssMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const runOnce = <T>(script: string, ...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", join(root, script), ...args], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 20,
    }),
  ) as T;

const rows: string[][] = [];
for (const eventsPerPartnership of eventCounts) {
  for (const size of sizes) {
    const folder = mkdtempSync(join(tmpdir(), `paradiplomacy-bench-${size}-`));
    try {
      cpSync(join(root, "datasets/indonesia/datapackage.json"), join(folder, "datapackage.json"));
      for (const [name, text] of Object.entries(syntheticDataset(size, { eventsPerPartnership })))
        writeFileSync(join(folder, `${name}.csv`), text);
      // papaparse alone on the same codings file just before each run: the reference the ratio is read against.
      const reference: number[] = [];
      const whole: number[] = [];
      const runs: Result[] = [];
      for (let run = 0; run < repeats; run++) {
        reference.push(runOnce<{ ms: number }>("bench/calibrate.ts", join(folder, "codings.csv"), "step").ms);
        whole.push(runOnce<{ ms: number }>("bench/calibrate.ts", join(folder, "codings.csv"), "whole").ms);
        // A fresh process per run, so that peak memory is this run's own.
        runs.push(runOnce<Result>("bench/validateScoreOnce.ts", folder));
      }
      const totals = runs.map((result) => result.validateMs + result.scoreMs);
      const total = median(totals);
      const medianRun = runs.find((result) => result.validateMs + result.scoreMs === total)!;
      rows.push([
        size.toLocaleString("en"),
        medianRun.codings.toLocaleString("en"),
        medianRun.events.toLocaleString("en"),
        medianRun.validateMs.toFixed(0),
        medianRun.scoreMs.toFixed(0),
        total.toFixed(0),
        range(totals),
        median(reference).toFixed(0),
        (total / median(reference)).toFixed(2),
        median(whole).toFixed(0),
        (total / median(whole)).toFixed(2),
        (((total / medianRun.codings) * 1e6) / 1000).toFixed(2),
        Math.max(...runs.map((result) => result.peakRssMb)).toFixed(0),
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
console.log(
  `validate + score (synthetic datasets: 20 codings per partnership, with 0 or 5 events each; ${repeats} fresh processes per line, the median shown)`,
);
console.log(
  "budget: at most 3× papaparse alone parsing the same codings file in the same run; under 1 GB; s per 1M codings flat as the size grows",
);
console.log(
  "papaparse alone, two ways (bench/calibrate.ts): step = record by record, each array dropped (its fastest); whole = Papa.parse(text), every record kept (its default result)\n",
);
console.log(
  formatTable(
    [
      "partnerships",
      "codings",
      "events",
      "validate ms",
      "score ms",
      "total ms (median)",
      "total ms (range)",
      "papaparse step ms",
      "× step",
      "papaparse whole ms",
      "× whole",
      "s per 1M codings",
      "peak RSS MB",
    ],
    rows,
  ),
);

// Malformed files must cost no more than clean ones: a ~50 MB codings file read as written, with its line ends
// switching from CRLF to LF halfway, and with a quote error on every row.
if (process.env.BENCH_MALFORMED !== "0") {
  const folder = mkdtempSync(join(tmpdir(), "paradiplomacy-bench-malformed-"));
  try {
    const clean = syntheticDataset(28_500, { eventsPerPartnership: 0 }).codings.split("\n");
    const half = clean.length >> 1;
    const variants: Record<string, string> = {
      clean: clean.join("\r\n"),
      "CRLF, then LF from halfway": clean.slice(0, half).join("\r\n") + "\r\n" + clean.slice(half).join("\n"),
      // Each row ending in a quoted cell: read with the first half's CRLF, every LF row once cost a quote error and a rescan (28 s for 6 MB).
      "CRLF, then LF, quoted last cells": ((lines) =>
        lines.slice(0, half).join("\r\n") + "\r\n" + lines.slice(half).join("\n"))(
        clean.map((line, index) => (index === 0 || line === "" ? line : `${line}"a note, quoted"`)),
      ),
      "a quote error on every row": clean
        .map((line, index) => (index === 0 ? line : line.replace(",coder-a,", ',"coder"-a,')))
        .join("\r\n"),
    };
    const timings: string[][] = [];
    let cleanMs = 0;
    for (const [name, text] of Object.entries(variants)) {
      const file = join(folder, "codings.csv");
      writeFileSync(file, text);
      const results = Array.from({ length: repeats }, () =>
        runOnce<{ ms: number; rows: number; problems: number }>("bench/readOnce.ts", file),
      );
      const ms = median(results.map((result) => result.ms));
      if (name === "clean") cleanMs = ms;
      timings.push([
        name,
        (Buffer.byteLength(text) / 1e6).toFixed(0),
        ms.toFixed(0),
        (ms / cleanMs).toFixed(2),
        String(results[0]!.problems),
      ]);
    }
    console.log(
      `\nmalformed codings files (read against the schema; ${repeats} fresh processes each, the median shown; budget: at most 3× the clean file)\n`,
    );
    console.log(formatTable(["file", "MB", "read ms", "× clean", "problems"], timings));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.env.BENCH_AGREEMENT !== "0") {
  console.log("\ninter-coder agreement (in this process; 5 runs each)\n");
  console.log(agreementBench());
}

if (process.env.BENCH_QCA !== "0") {
  console.log("\nQCA: truth table, necessity and both minimisations (bench/qca.ts)\n");
  console.log(qcaBench());
}

if (process.env.BENCH_SENSITIVITY !== "0") {
  console.log("\nrobustness of the success index: rank intervals (bench/sensitivity.ts)\n");
  console.log(sensitivityBench());
}

if (process.env.BENCH_CORRELATIONS !== "0") {
  console.log("\ncross-case statistics: Spearman correlations with permutation p-values (bench/correlations.ts)\n");
  console.log(correlationsBench());
}

if (process.env.BENCH_SITE !== "0") {
  console.log(
    "\nsite (built, served on loopback, headless Chromium; budgets: overview JS ≤ 170 KB gzip, first chart ≤ 1 s, no task > 200 ms while panning)\n",
  );
  console.log(await siteBench());
}

if (process.env.BENCH_DOCUMENTS !== "0") {
  console.log(
    "\nsource documents: a 300-page PDF read in Node and opened in a workbench draft (read in a Web Worker; budgets: shown in seconds, no main-thread task > 50 ms)\n",
  );
  console.log(await documentsBench());
}

if (process.env.BENCH_LIGHTHOUSE !== "0") {
  console.log(
    "\nLighthouse, offline against the built site in Chromium (budgets: performance ≥ 95 desktop, ≥ 90 mobile; accessibility 100; CLS < 0.05)\n",
  );
  console.log(await lighthouseBench());
}
