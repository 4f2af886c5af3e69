// The cross-case statistics figure of `npm run bench`: Spearman's ρ between every two of 20 measures over 5,000
// partnerships (190 pairs), each with 1,000 permutations. Budget: under 5 s. The CPU time is printed beside the
// wall-clock time: on a shared machine the two differ by what other processes take.
import { randomLcg } from "d3";
import { measureCorrelations } from "../src/analysis/measureCorrelations.ts";
import { formatTable } from "../src/format/formatTable.ts";

export function correlationsBench(repeats = 3): string {
  const random = randomLcg(11);
  const partnerships = 5000;
  // Ordinal scores 0–2 like the frameworks', each measure leaning on a shared factor so that some pairs correlate.
  const factor = Array.from({ length: partnerships }, () => random());
  const measures = Array.from({ length: 20 }, (_, measure) => ({
    id: `m${measure}`,
    label: { id: `m${measure}`, en: `m${measure}` },
    values: factor.map((shared) => Math.min(2, Math.floor(3 * (0.3 * shared + 0.7 * random())))),
  }));
  const table = { ids: factor.map((_, index) => `p${index}`), measures };
  const ms: number[] = [];
  const cpu: number[] = [];
  let tests = 0;
  for (let repeat = 0; repeat < repeats; repeat++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    tests = measureCorrelations(table, { draws: 1000, seed: 1 }).tests;
    const used = process.cpuUsage(startCpu);
    ms.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = [...ms].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)]!;
  return formatTable(
    ["task", "tests", "median ms", "runs ms", "CPU ms (runs)", "budget ms"],
    [
      [
        "20 measures × 5,000 partnerships, 1,000 permutations each",
        String(tests),
        median.toFixed(0),
        ms.map((value) => value.toFixed(0)).join(" "),
        cpu.map((value) => value.toFixed(0)).join(" "),
        "5000",
      ],
    ],
  );
}
