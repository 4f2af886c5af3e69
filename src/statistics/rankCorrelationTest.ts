import { sampleRankCorrelation } from "simple-statistics";
import { midranks } from "./midranks.ts";
import { permutationOrders, type PermutationOrders } from "./permutationOrders.ts";

/** Spearman's ρ with its two-sided permutation p-value. */
export interface RankCorrelationTest {
  /** Spearman's ρ; null when either variable takes one value only (ρ is then undefined). */
  rho: number | null;
  /** The pairs ρ rests on. */
  n: number;
  /** Two-sided p-value: the share of orders with |ρ| at least the observed; null with ρ. */
  p: number | null;
  /** Whether p comes from every order (exact) or from `draws` random ones (Monte Carlo). */
  exact: boolean;
  /** How many orders p rests on. */
  permutations: number;
}

/**
 * Spearman's rank correlation ρ of paired values (simple-statistics'
 * `sampleRankCorrelation`: Pearson's r of the midranks) and its two-sided
 * permutation p-value under the null hypothesis of no association: y's
 * ranks are permuted against x's and ρ recomputed. When n! ≤ draws every
 * permutation is counted once, and p is exact (as R's `cor.test(x, y,
 * method = "spearman")` for n ≤ 9 without ties); otherwise `draws` random
 * permutations from the seed give p = (b + 1)/(draws + 1), b of them at
 * least as extreme (Phipson & Smyth 2010, "Permutation p-values should
 * never be zero", SAGMB 9(1)). O(n log n + permutations × n).
 *
 * @param options.draws random permutations when n! is larger (default 10000)
 * @param options.seed seed of the random numbers (default 1)
 * @param options.orders orders to use (from `permutationOrders(n, …)`), to share among tests of the same n
 * @example rankCorrelationTest([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).p // 0.13333333333333333
 */
export function rankCorrelationTest(
  x: readonly number[],
  y: readonly number[],
  options: { draws?: number; seed?: number; orders?: PermutationOrders } = {},
): RankCorrelationTest {
  const n = x.length;
  if (y.length !== n) throw new Error(`rankCorrelationTest: x has ${n} values and y ${y.length}; they must be paired`);
  if (n < 2) return { rho: null, n, p: null, exact: true, permutations: 0 };
  const { draws = 10_000, seed = 1, orders = permutationOrders(n, { draws, seed }) } = options;
  if (orders.n !== n) throw new Error(`rankCorrelationTest: orders of ${orders.n} items given for ${n} pairs`);
  // Ranks doubled and centred are whole numbers, so every sum below is exact.
  const centredX = Float64Array.from(midranks(x), (rank) => 2 * rank - (n + 1));
  const centredY = Float64Array.from(midranks(y), (rank) => 2 * rank - (n + 1));
  const sumSquares = (values: Float64Array) => values.reduce((sum, value) => sum + value * value, 0);
  if (sumSquares(centredX) === 0 || sumSquares(centredY) === 0)
    return { rho: null, n, p: null, exact: orders.exact, permutations: 0 };
  let observed = 0;
  for (let index = 0; index < n; index++) observed += centredX[index]! * centredY[index]!;
  const threshold = Math.abs(observed);
  const positions = orders.orders;
  let extreme = 0;
  for (let order = 0, offset = 0; order < orders.count; order++, offset += n) {
    let statistic = 0;
    for (let index = 0; index < n; index++) statistic += centredX[index]! * centredY[positions[offset + index]!]!;
    if (Math.abs(statistic) >= threshold) extreme++;
  }
  return {
    rho: sampleRankCorrelation([...x], [...y]),
    n,
    p: orders.exact ? extreme / orders.count : (extreme + 1) / (orders.count + 1),
    exact: orders.exact,
    permutations: orders.count,
  };
}
