// The agreement figures of `npm run bench`: Krippendorff's alpha on a large reliability matrix, and the bootstrap.
// Budgets: alpha for 5 coders × 100,000 units, ordinal, 10% missing, under 0.5 s; 1,000 bootstrap draws on
// 2 coders × 1,000 units under 1 s.
import { randomInt, randomLcg } from "d3";
import { alphaBootstrap } from "../src/agreement/alphaBootstrap.ts";
import { krippendorffAlpha } from "../src/agreement/krippendorffAlpha.ts";
import type { ReliabilityValue } from "../src/agreement/measurementLevel.ts";
import { formatTable } from "../src/format/formatTable.ts";

/** Coders who mostly agree on a 0–4 scale: each value is the unit's true value, off by one a quarter of the time. */
function noisyMatrix(units: number, coders: number, missing: number, seed: number): ReliabilityValue[][] {
  const random = randomLcg(seed);
  const truth = randomInt.source(random)(0, 5);
  return Array.from({ length: units }, () => {
    const value = truth();
    return Array.from({ length: coders }, () => {
      if (random() < missing) return null;
      const noise = random() < 0.25 ? (random() < 0.5 ? -1 : 1) : 0;
      return Math.min(4, Math.max(0, value + noise));
    });
  });
}

const time = (run: () => unknown, repeats: number): { ms: number[]; value: unknown } => {
  const ms: number[] = [];
  let value: unknown;
  for (let repeat = 0; repeat < repeats; repeat++) {
    const start = performance.now();
    value = run();
    ms.push(performance.now() - start);
  }
  return { ms, value };
};

export function agreementBench(repeats = 5): string {
  const large = noisyMatrix(100_000, 5, 0.1, 1);
  const alpha = time(() => krippendorffAlpha(large, { level: "ordinal" }).alpha, repeats);
  const small = noisyMatrix(1_000, 2, 0, 2);
  const boot = time(() => alphaBootstrap(small, { level: "ordinal", draws: 1000, seed: 3 }).ci, repeats);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  return formatTable(
    ["task", "median ms", "runs ms", "budget ms", "result"],
    [
      [
        "alpha, ordinal, 5 coders × 100,000 units, 10% missing",
        median(alpha.ms).toFixed(0),
        alpha.ms.map((ms) => ms.toFixed(0)).join(" "),
        "500",
        (alpha.value as number).toFixed(3),
      ],
      [
        "bootstrap, 1,000 draws, 2 coders × 1,000 units",
        median(boot.ms).toFixed(0),
        boot.ms.map((ms) => ms.toFixed(0)).join(" "),
        "1000",
        JSON.stringify((boot.value as number[]).map((bound) => Number(bound.toFixed(3)))),
      ],
    ],
  );
}
