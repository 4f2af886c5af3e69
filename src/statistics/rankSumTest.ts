import { randomLcg } from "d3";
import { shuffleInPlace, wilcoxonRankSum } from "simple-statistics";
import { midranks } from "./midranks.ts";

/** The Wilcoxon rank-sum test of two samples. */
export interface RankSumTest {
  /** The rank sum of the first sample in the pooled ranking (simple-statistics' `wilcoxonRankSum`). */
  w: number;
  /** The Mann–Whitney U of the first sample, w − n₁(n₁ + 1)/2, as R's `wilcox.test` reports it (its "W"). */
  u: number;
  n1: number;
  n2: number;
  /** Two-sided p-value: the share of splits whose rank sum is as far from its mean as the observed one, or further. */
  p: number;
  /** Whether p comes from every split of the pooled sample (exact) or from random ones. */
  exact: boolean;
  /** How many splits p rests on. */
  permutations: number;
}

/** C(n, k), or Infinity once it passes `limit`. */
function combinationsUpTo(n: number, k: number, limit: number): number {
  let count = 1;
  for (let index = 1; index <= Math.min(k, n - k); index++)
    if ((count = (count * (n - Math.min(k, n - k) + index)) / index) > limit) return Infinity;
  return count;
}

/**
 * The Wilcoxon rank-sum test (Wilcoxon 1945, "Individual comparisons by
 * ranking methods", Biometrics Bulletin 1(6); the Mann–Whitney U test) of
 * whether one sample's values tend to lie above or below the other's:
 * simple-statistics' `wilcoxonRankSum` gives the first sample's rank sum w
 * (midranks for ties), and the p-value is by permutation of the pooled
 * ranks. When the splits of the pooled sample number at most `draws`, every
 * split is counted once and p is exact (as R's `wilcox.test` without ties);
 * otherwise `draws` random splits from the seed give p = (b + 1)/(draws + 1).
 * O(N log N + permutations × N).
 *
 * @param options.draws random splits when there are more (default 10000)
 * @param options.seed seed of the random numbers (default 1)
 * @example rankSumTest([1, 4, 8], [9, 12, 15]).p // 0.1
 */
export function rankSumTest(
  first: readonly number[],
  second: readonly number[],
  options: { draws?: number; seed?: number } = {},
): RankSumTest {
  const { draws = 10_000, seed = 1 } = options;
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) throw new Error(`rankSumTest: neither sample can be empty (found ${n1} and ${n2} values)`);
  if (!Number.isInteger(draws) || draws < 1)
    throw new Error(`rankSumTest: draws must be a whole number of at least 1, found ${draws}`);
  const total = n1 + n2;
  const w = wilcoxonRankSum([...first], [...second]);
  // Doubled ranks are whole numbers: sums and distances from the mean are exact.
  const ranks = Float64Array.from(midranks([...first, ...second]), (rank) => 2 * rank);
  const mean = n1 * (total + 1);
  const threshold = Math.abs(2 * w - mean);
  const splits = combinationsUpTo(total, n1, draws);
  let extreme = 0;
  let permutations: number;
  if (splits <= draws) {
    // Every choice of n1 positions out of N, in lexicographic order.
    const chosen = Array.from({ length: n1 }, (_, index) => index);
    for (permutations = 0; ; permutations++) {
      let sum = 0;
      for (const position of chosen) sum += ranks[position]!;
      if (Math.abs(sum - mean) >= threshold) extreme++;
      let index = n1 - 1;
      while (index >= 0 && chosen[index] === total - n1 + index) index--;
      if (index < 0) break;
      chosen[index]!++;
      for (let next = index + 1; next < n1; next++) chosen[next] = chosen[next - 1]! + 1;
    }
    permutations++;
  } else {
    const random = randomLcg(seed);
    const pooled = Array.from(ranks);
    for (let draw = 0; draw < draws; draw++) {
      shuffleInPlace(pooled, random);
      let sum = 0;
      for (let index = 0; index < n1; index++) sum += pooled[index]!;
      if (Math.abs(sum - mean) >= threshold) extreme++;
    }
    permutations = draws;
  }
  return {
    w,
    u: w - (n1 * (n1 + 1)) / 2,
    n1,
    n2,
    p: splits <= draws ? extreme / permutations : (extreme + 1) / (draws + 1),
    exact: splits <= draws,
    permutations,
  };
}
