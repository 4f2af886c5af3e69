// The sensitivity figure of `npm run bench`: 10,000 Monte Carlo draws over 1,000 partnerships. Budget: under 1 s.
import { randomLcg } from "d3";
import { rankIntervals } from "../src/analysis/sensitivity.ts";
import { formatTable } from "../src/format/formatTable.ts";

export function sensitivityBench(repeats = 3): string {
  const random = randomLcg(5);
  const cases = Array.from({ length: 1000 }, (_, index) => ({
    id: `p${index}`,
    scores: Array.from({ length: 5 }, () => (random() < 0.2 ? null : Math.floor(random() * 3))),
  }));
  const ms: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const start = performance.now();
    rankIntervals(cases, { draws: 10_000, seed: 1 });
    ms.push(performance.now() - start);
  }
  const median = [...ms].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)]!;
  return formatTable(
    ["task", "median ms", "runs ms", "budget ms"],
    [["10,000 draws × 1,000 partnerships", median.toFixed(0), ms.map((value) => value.toFixed(0)).join(" "), "1000"]],
  );
}
