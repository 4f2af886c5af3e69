import { randomLcg } from "d3";
import { shuffleInPlace } from "simple-statistics";

/** The orders a permutation test goes through: `count` permutations of 0…n−1, one after another. */
export interface PermutationOrders {
  n: number;
  /** How many orders: n! when exact, else the draws. */
  count: number;
  /** Every order of n items (n! ≤ draws), or a random sample of `draws` orders. */
  exact: boolean;
  /** count × n positions: order k maps position i to `orders[k * n + i]`. */
  orders: Int32Array;
}

/** n!, or Infinity once it passes `limit`. */
function factorialUpTo(n: number, limit: number): number {
  let product = 1;
  for (let factor = 2; factor <= n; factor++) if ((product *= factor) > limit) return Infinity;
  return product;
}

/**
 * The orders of n items a permutation test compares its statistic over.
 * When n! is at most `draws`, every order, once (Heap 1963, "Permutations by
 * interchanges", The Computer Journal 6(3)): the test is then exact. Else
 * `draws` orders drawn uniformly (simple-statistics' `shuffleInPlace`, a
 * Fisher–Yates shuffle) from d3's `randomLcg(seed)`: the same seed, n and
 * draws give the same orders, whatever else is computed, so that tests of
 * the same size can share them. O(count × n) time and memory.
 *
 * @param options.draws the random orders to draw when n! is larger (default 10000)
 * @param options.seed the seed of the random numbers (default 1)
 * @example permutationOrders(3, {draws: 10}).count // 6
 */
export function permutationOrders(n: number, options: { draws?: number; seed?: number } = {}): PermutationOrders {
  const { draws = 10_000, seed = 1 } = options;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`permutationOrders: n must be a whole number of at least 1, found ${n}`);
  if (!Number.isInteger(draws) || draws < 1)
    throw new Error(`permutationOrders: draws must be a whole number of at least 1, found ${draws}`);
  const total = factorialUpTo(n, draws);
  if (total <= draws) {
    const orders = new Int32Array(total * n);
    const current = Array.from({ length: n }, (_, index) => index);
    const counters = new Array<number>(n).fill(0);
    let count = 0;
    orders.set(current, count++ * n);
    // Heap's algorithm, iterative: each order differs from the one before by one swap.
    for (let level = 1; level < n;) {
      if (counters[level]! < level) {
        const other = level % 2 === 0 ? 0 : counters[level]!;
        [current[other], current[level]] = [current[level]!, current[other]!];
        orders.set(current, count++ * n);
        counters[level]!++;
        level = 1;
      } else {
        counters[level] = 0;
        level++;
      }
    }
    return { n, count, exact: true, orders };
  }
  const random = randomLcg(seed);
  const current = Array.from({ length: n }, (_, index) => index);
  const orders = new Int32Array(draws * n);
  for (let draw = 0; draw < draws; draw++) {
    shuffleInPlace(current, random);
    orders.set(current, draw * n);
  }
  return { n, count: draws, exact: false, orders };
}
