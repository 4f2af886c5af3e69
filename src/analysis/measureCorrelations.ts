import { holmAdjust } from "../statistics/holmAdjust.ts";
import { permutationOrders } from "../statistics/permutationOrders.ts";
import { rankCorrelationTests } from "../statistics/rankCorrelationTest.ts";
import type { MeasureTable } from "./partnershipMeasures.ts";

/** Spearman's ρ between two measures, with what it rests on. */
export interface MeasureCorrelation {
  a: string;
  b: string;
  /** Partnerships where both measures are assessed (NA in either leaves a partnership out). */
  n: number;
  /** Null when not computed: see `reason`. */
  rho: number | null;
  /** Two-sided permutation p-value; null when not computed. */
  p: number | null;
  /** p adjusted by Holm's method over every correlation tested. */
  p_holm: number | null;
  /** Whether p counts every permutation (exact) or a seeded sample of them. */
  exact: boolean | null;
  /** Why there is no figure: too few partnerships, or a measure that does not vary among them. */
  reason: string | null;
}

export interface CorrelationOptions {
  /** The fewest partnerships a correlation may rest on (default 5); below it, no figure. */
  minN?: number;
  /** Random permutations per correlation when there are more than that many orders (default 10000). */
  draws?: number;
  /** Seed of the random permutations (default 1). */
  seed?: number;
}

/**
 * Spearman's rank correlation between every pair of measures (the right
 * coefficient for ordinal 0–2 scores), each on the partnerships where both
 * are assessed, with its n, a two-sided permutation p-value reproducible
 * from the seed, and Holm-adjusted p-values over all the correlations
 * tested. Below `minN` partnerships, or when a measure takes one value only
 * among them, there is no figure and `reason` says why. Correlations of the
 * same n share their permutations, so many measures over many partnerships
 * cost one set of orders per n. O(pairs × draws × n).
 *
 * @example measureCorrelations({ids: ["a", "b", "c"], measures: [{id: "x", label: {en: "x", id: "x"}, values: [0, 1, 2]}, {id: "y", label: {en: "y", id: "y"}, values: [0, 2, 1]}]}).correlations[0].reason // "3 partnerships have both; at least 5 are needed"
 */
export function measureCorrelations(
  table: MeasureTable,
  options: CorrelationOptions = {},
): { correlations: MeasureCorrelation[]; tests: number; minN: number; draws: number; seed: number } {
  const { minN = 5, draws = 10_000, seed = 1 } = options;
  if (!Number.isInteger(minN) || minN < 2)
    throw new Error(`measureCorrelations: minN must be a whole number of at least 2, found ${minN}`);
  const pairs: Array<{ correlation: MeasureCorrelation; x: number[]; y: number[] }> = [];
  const { measures } = table;
  for (let first = 0; first < measures.length; first++)
    for (let second = first + 1; second < measures.length; second++) {
      const x: number[] = [];
      const y: number[] = [];
      const [valuesA, valuesB] = [measures[first]!.values, measures[second]!.values];
      for (let index = 0; index < valuesA.length; index++)
        if (valuesA[index] !== null && valuesB[index] !== null) {
          x.push(valuesA[index]!);
          y.push(valuesB[index]!);
        }
      const n = x.length;
      pairs.push({
        correlation: {
          a: measures[first]!.id,
          b: measures[second]!.id,
          n,
          rho: null,
          p: null,
          p_holm: null,
          exact: null,
          reason: n < minN ? `${n} partnership${n === 1 ? " has" : "s have"} both; at least ${minN} are needed` : null,
        },
        x,
        y,
      });
    }
  // One set of orders at a time, for every correlation of that n: the same orders whatever the order of work.
  const sizes = [...new Set(pairs.filter((pair) => pair.correlation.reason === null).map((pair) => pair.x.length))];
  for (const n of sizes) {
    const orders = permutationOrders(n, { draws, seed });
    const tested = pairs.filter((pair) => pair.correlation.reason === null && pair.x.length === n);
    const results = rankCorrelationTests(
      tested.map((pair) => [pair.x, pair.y] as const),
      { orders },
    );
    tested.forEach((pair, index) => {
      const test = results[index]!;
      if (test.rho === null) {
        const constant = new Set(pair.x).size === 1 ? pair.correlation.a : pair.correlation.b;
        pair.correlation.reason = `${constant} takes one value only among these ${n} partnerships`;
      } else Object.assign(pair.correlation, { rho: test.rho, p: test.p, exact: test.exact });
    });
  }
  const correlations = pairs.map((pair) => pair.correlation);
  const adjusted = holmAdjust(correlations.map((correlation) => correlation.p));
  correlations.forEach((correlation, index) => (correlation.p_holm = adjusted[index]!));
  return {
    correlations,
    tests: correlations.filter((correlation) => correlation.p !== null).length,
    minN,
    draws,
    seed,
  };
}
