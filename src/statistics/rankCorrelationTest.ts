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
  return rankCorrelationTests([[x, y]], options)[0]!;
}

/** Orders compared at a time: a block of them stays in the processor's cache while every pair is run over it. */
const BLOCK_BYTES = 1 << 20;

/**
 * `rankCorrelationTest` of many pairs of the same length at once, over the
 * same orders: each block of orders is read once for all the pairs, which is
 * what makes hundreds of correlations with thousands of permutations each
 * cheap. Each result is the one `rankCorrelationTest` gives the pair alone.
 *
 * @example rankCorrelationTests([[[1, 2, 3, 4, 5], [2, 1, 4, 3, 5]], [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]]]).map((test) => test.p) // [0.13333333333333333, 0.016666666666666666]
 */
export function rankCorrelationTests(
  pairs: ReadonlyArray<readonly [readonly number[], readonly number[]]>,
  options: { draws?: number; seed?: number; orders?: PermutationOrders } = {},
): RankCorrelationTest[] {
  if (pairs.length === 0) return [];
  const n = pairs[0]![0].length;
  for (const [x, y] of pairs)
    if (x.length !== n || y.length !== n)
      throw new Error(`rankCorrelationTest: x has ${x.length} values and y ${y.length}; every pair must have ${n}`);
  if (n < 2) return pairs.map(() => ({ rho: null, n, p: null, exact: true, permutations: 0 }));
  const { draws = 10_000, seed = 1, orders = permutationOrders(n, { draws, seed }) } = options;
  if (orders.n !== n) throw new Error(`rankCorrelationTest: orders of ${orders.n} items given for ${n} pairs`);
  // Ranks doubled and centred are whole numbers, so every sum below is exact.
  const centred = (values: readonly number[]) => Float64Array.from(midranks(values), (rank) => 2 * rank - (n + 1));
  const prepared = pairs.map(([x, y]) => {
    const [centredX, centredY] = [centred(x), centred(y)];
    let observed = 0;
    let squaresX = 0;
    let squaresY = 0;
    for (let index = 0; index < n; index++) {
      observed += centredX[index]! * centredY[index]!;
      squaresX += centredX[index]! ** 2;
      squaresY += centredY[index]! ** 2;
    }
    return {
      centredX,
      centredY,
      threshold: Math.abs(observed),
      defined: squaresX > 0 && squaresY > 0,
      extreme: 0,
    };
  });
  // Pairs that share y (one measure against many) permute it once per order, then take contiguous dot products.
  const byY = new Map<string, typeof prepared>();
  for (const pair of prepared) {
    if (!pair.defined) continue;
    const key = pair.centredY.join(",");
    const group = byY.get(key);
    if (group === undefined) byY.set(key, [pair]);
    else group.push(pair);
  }
  const positions = orders.orders;
  const permuted = new Float64Array(n);
  const block = Math.max(1, Math.floor(BLOCK_BYTES / (4 * n)));
  for (let first = 0; first < orders.count; first += block) {
    const last = Math.min(orders.count, first + block);
    for (const group of byY.values()) {
      const centredY = group[0]!.centredY;
      for (let order = first, offset = first * n; order < last; order++, offset += n) {
        for (let index = 0; index < n; index++) permuted[index] = centredY[positions[offset + index]!]!;
        for (const pair of group) {
          const centredX = pair.centredX;
          let statistic = 0;
          for (let index = 0; index < n; index++) statistic += centredX[index]! * permuted[index]!;
          if (Math.abs(statistic) >= pair.threshold) pair.extreme++;
        }
      }
    }
  }
  return pairs.map(([x, y], index) => {
    const { defined, extreme } = prepared[index]!;
    if (!defined) return { rho: null, n, p: null, exact: orders.exact, permutations: 0 };
    return {
      rho: sampleRankCorrelation([...x], [...y]),
      n,
      p: orders.exact ? extreme / orders.count : (extreme + 1) / (orders.count + 1),
      exact: orders.exact,
      permutations: orders.count,
    };
  });
}
