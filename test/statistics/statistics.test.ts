import { describe, expect, it } from "vitest";
import { sampleRankCorrelation } from "simple-statistics";
import { holmAdjust } from "../../src/statistics/holmAdjust.ts";
import { midranks } from "../../src/statistics/midranks.ts";
import { normalQuantile } from "../../src/statistics/normalQuantile.ts";
import { permutationOrders } from "../../src/statistics/permutationOrders.ts";
import { quartiles } from "../../src/statistics/quartiles.ts";
import { rankCorrelationTest } from "../../src/statistics/rankCorrelationTest.ts";
import { rankSumTest } from "../../src/statistics/rankSumTest.ts";
import { wilsonInterval } from "../../src/statistics/wilsonInterval.ts";

/** Every order of an array (for the reference enumerations below, written independently of permutationOrders). */
function* orders<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let index = 0; index < items.length; index++)
    for (const rest of orders([...items.slice(0, index), ...items.slice(index + 1)])) yield [items[index]!, ...rest];
}

describe("midranks(values)", () => {
  it("gives tied values the mean of the ranks they span, in the input's order", () => {
    expect(midranks([10, 30, 20, 20])).toEqual([1, 4, 2.5, 2.5]);
    expect(midranks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(midranks([])).toEqual([]);
  });

  it("Pearson's r of the midranks is simple-statistics' sampleRankCorrelation", () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    const [rx, ry] = [midranks(x), midranks(y)];
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [mx, my] = [mean(rx), mean(ry)];
    const cov = rx.reduce((sum, value, index) => sum + (value - mx) * (ry[index]! - my), 0);
    const sx = Math.sqrt(rx.reduce((sum, value) => sum + (value - mx) ** 2, 0));
    const sy = Math.sqrt(ry.reduce((sum, value) => sum + (value - my) ** 2, 0));
    expect(cov / (sx * sy)).toBeCloseTo(sampleRankCorrelation(x, y), 12);
  });
});

describe("normalQuantile(p)", () => {
  // Expected values: scipy 1.17 scipy.stats.norm.ppf (R's qnorm gives the same digits).
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.95, 1.6448536269514722],
    [0.9, 1.2815515655446004],
    [0.025, -1.9599639845400545],
    [0.0001, -3.7190164854556804],
    [0.9999, 3.7190164854556804],
  ])("normalQuantile(%f) is within 1e-7 of scipy's norm.ppf", (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-7);
  });

  it("refuses p outside (0, 1)", () => {
    expect(() => normalQuantile(1)).toThrow("strictly between 0 and 1, found 1");
    expect(() => normalQuantile(Number.NaN)).toThrow("found NaN");
  });
});

describe("wilsonInterval(successes, trials)", () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
  // Statistics in Medicine 17(8), Table II, method 3 (Wilson score interval without continuity correction), 95%.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])("wilsonInterval(%i, %i) is Newcombe's %f to %f (4 decimals)", (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval.low.toFixed(4)).toBe(low.toFixed(4));
    expect(interval.high.toFixed(4)).toBe(high.toFixed(4));
    expect(interval.estimate).toBe(successes / trials);
  });

  it("matches scipy's binomtest(...).proportion_ci(method='wilson') to 1e-6", () => {
    // scipy 1.17: binomtest(81, 263).proportion_ci(method="wilson") → (0.2552885198782742, 0.36620957698280004).
    const interval = wilsonInterval(81, 263);
    expect(Math.abs(interval.low - 0.2552885198782742)).toBeLessThan(1e-6);
    expect(Math.abs(interval.high - 0.36620957698280004)).toBeLessThan(1e-6);
  });

  it("1 of 2 and 50 of 100 no longer look alike", () => {
    const few = wilsonInterval(1, 2);
    const many = wilsonInterval(50, 100);
    expect(few.estimate).toBe(many.estimate);
    expect(few.high - few.low).toBeGreaterThan(0.8);
    expect(many.high - many.low).toBeLessThan(0.2);
  });

  it("takes another confidence level", () => {
    // scipy 1.17: binomtest(5, 10).proportion_ci(0.99, method="wilson") → (0.1842255182472355, 0.8157744817527646).
    const interval = wilsonInterval(5, 10, { confidence: 0.99 });
    expect(Math.abs(interval.low - 0.1842255182472355)).toBeLessThan(1e-6);
    expect(Math.abs(interval.high - 0.8157744817527646)).toBeLessThan(1e-6);
  });

  it("refuses counts that are not a share", () => {
    expect(() => wilsonInterval(1, 0)).toThrow("trials must be a whole number of at least 1, found 0");
    expect(() => wilsonInterval(3, 2)).toThrow("successes must be a whole number from 0 to 2, found 3");
    expect(() => wilsonInterval(1, 2, { confidence: 95 })).toThrow("confidence must be strictly between 0 and 1");
  });
});

describe("holmAdjust(pValues)", () => {
  it("adjusts Wikipedia's worked example of the Holm–Bonferroni method as R's p.adjust(p, 'holm') does", () => {
    // Wikipedia, "Holm–Bonferroni method", Example: four hypotheses with p = 0.01, 0.04, 0.03, 0.005; at α = 0.05 H1
    // and H4 are rejected. R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") → 0.03 0.06 0.06 0.02.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]) as number[];
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.03, 0.06, 0.06, 0.02]);
    expect(adjusted.map((p) => p < 0.05)).toEqual([true, false, false, true]);
  });

  it("keeps the adjusted p-values in the order of the raw ones and caps them at 1", () => {
    // Hand computation: sorted 0.01, 0.02, 0.03, 0.04, 0.05 times 5, 4, 3, 2, 1 = 0.05, 0.08, 0.09, 0.08, 0.05,
    // then the running maximum: 0.05, 0.08, 0.09, 0.09, 0.09 (R's p.adjust gives the same).
    const adjusted = holmAdjust([0.05, 0.04, 0.03, 0.02, 0.01]) as number[];
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.09, 0.09, 0.09, 0.08, 0.05]);
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
  });

  it("leaves a test not run as null and does not count it", () => {
    expect(holmAdjust([0.01, null, 0.02])).toEqual([0.02, null, 0.02]);
    expect(() => holmAdjust([1.5])).toThrow("p-value 1 is not between 0 and 1, found 1.5");
  });
});

describe("quartiles(values)", () => {
  it("gives R's type-7 quartiles (quantile(x, c(.25, .5, .75)) in R, numpy.percentile by default)", () => {
    // numpy 2: np.percentile([2, 0, 1, 1, 2, 0, 2, 1], [25, 50, 75]) → [0.75, 1, 2].
    expect(quartiles([2, 0, 1, 1, 2, 0, 2, 1])).toEqual({ n: 8, q1: 0.75, median: 1, q3: 2, iqr: 1.25 });
    expect(quartiles([0, 1, 1, 2, 2])).toEqual({ n: 5, q1: 1, median: 1, q3: 2, iqr: 1 });
  });

  it("is null for no values and does not reorder its input", () => {
    expect(quartiles([])).toBeNull();
    const values = [3, 1, 2];
    quartiles(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("permutationOrders(n, {draws, seed})", () => {
  it("lists every order once when n! ≤ draws", () => {
    const { count, exact, orders: flat } = permutationOrders(4, { draws: 24 });
    expect([count, exact]).toEqual([24, true]);
    const seen = new Set(Array.from({ length: count }, (_, k) => Array.from(flat.slice(k * 4, k * 4 + 4)).join()));
    expect(seen.size).toBe(24);
  });

  it("draws the same random orders from the same seed, and others from another", () => {
    const a = permutationOrders(8, { draws: 50, seed: 7 });
    const b = permutationOrders(8, { draws: 50, seed: 7 });
    const c = permutationOrders(8, { draws: 50, seed: 8 });
    expect(a.exact).toBe(false);
    expect(Array.from(a.orders)).toEqual(Array.from(b.orders));
    expect(Array.from(a.orders)).not.toEqual(Array.from(c.orders));
    for (let k = 0; k < a.count; k++)
      expect([...a.orders.slice(k * 8, k * 8 + 8)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("rankCorrelationTest(x, y, {draws, seed})", () => {
  it("gives Wikipedia's worked Spearman example: IQ against hours of TV, ρ = −29/165", () => {
    // Wikipedia, "Spearman's rank correlation coefficient", Example (10 people): ρ = −29/165 = −0.175757…
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const test = rankCorrelationTest(iq, tv, { draws: 20_000, seed: 3 });
    expect(test.rho).toBeCloseTo(-29 / 165, 12);
    expect(test.n).toBe(10);
    // The exact permutation p over all 10! orders is 0.6321417548500882 (computed by full enumeration with
    // scipy.stats.spearmanr); 20,000 random orders stay within four binomial standard errors of it.
    expect(test.exact).toBe(false);
    expect(Math.abs(test.p! - 0.6321417548500882)).toBeLessThan(4 * Math.sqrt((0.632 * 0.368) / 20_000));
  });

  it("is exact by full enumeration on small cases: R's cor.test(1:5, 1:5, method = 'spearman') p = 0.01667", () => {
    // R 4.x: cor.test(1:5, 1:5, method = "spearman") → S = 0, p-value = 0.01667, rho 1 (2 of 120 orders reach |ρ| = 1).
    const perfect = rankCorrelationTest([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]);
    expect(perfect.exact).toBe(true);
    expect(perfect.permutations).toBe(120);
    expect(perfect.p).toBeCloseTo(2 / 120, 15);
    expect(perfect.rho).toBeCloseTo(1, 12);
  });

  it.each([
    // Exact two-sided p by full enumeration in scipy 1.17 (itertools.permutations of y, |spearmanr| ≥ observed).
    [[1, 2, 3, 4, 5], [2, 1, 4, 3, 5], 0.8, 0.13333333333333333],
    [[1, 2, 3, 4, 5, 6, 7], [3, 1, 2, 5, 4, 7, 6], 0.8214285714285715, 0.034126984126984124],
    // With ties: scipy's spearmanr gives ρ = 0.7385489458759965 (midranks), exact p 0.17777777777777778.
    [[1, 1, 2, 3, 3, 4], [2, 1, 1, 3, 2, 3], 0.7385489458759965, 0.17777777777777778],
  ])("rankCorrelationTest(%j, %j) is ρ %f with exact p %f, as a full enumeration in scipy", (x, y, rho, p) => {
    const test = rankCorrelationTest(x, y);
    expect(test.exact).toBe(true);
    expect(test.rho).toBeCloseTo(rho, 12);
    expect(test.p).toBeCloseTo(p, 12);
  });

  it("agrees with an enumeration of its own reference on a small case, and Monte Carlo converges to it", () => {
    const x = [4, 1, 3, 3, 0, 2];
    const y = [2, 0, 2, 1, 1, 2];
    const observed = Math.abs(sampleRankCorrelation(x, y));
    let extreme = 0;
    let total = 0;
    for (const order of orders(y)) {
      total++;
      if (Math.abs(sampleRankCorrelation(x, order)) >= observed - 1e-12) extreme++;
    }
    const exact = rankCorrelationTest(x, y);
    expect(exact.p).toBeCloseTo(extreme / total, 12);
    const sampled = rankCorrelationTest(x, y, { draws: 100, seed: 5 });
    expect(sampled.exact).toBe(false);
    const many = rankCorrelationTest(x, y, { draws: 720, seed: 5 });
    expect(many.p).toBe(exact.p);
    expect(many.exact).toBe(true);
    const random = rankCorrelationTest(x, y, { draws: 719, seed: 11 });
    expect(random.exact).toBe(false);
    expect(Math.abs(random.p! - exact.p!)).toBeLessThan(4 * Math.sqrt((exact.p! * (1 - exact.p!)) / 719) + 1 / 720);
  });

  it("is reproducible with a seed: the same seed the same p, another seed another sample", () => {
    const x = Array.from({ length: 30 }, (_, index) => (index * 7) % 11);
    const y = Array.from({ length: 30 }, (_, index) => (index * 5) % 13);
    const first = rankCorrelationTest(x, y, { draws: 999, seed: 42 });
    expect(rankCorrelationTest(x, y, { draws: 999, seed: 42 })).toEqual(first);
    expect(first.p).not.toBe(rankCorrelationTest(x, y, { draws: 999, seed: 43 }).p);
    // Never zero: (b + 1)/(draws + 1) (Phipson & Smyth 2010).
    expect(first.p! * 1000).toBe(Math.round(first.p! * 1000));
  });

  it("says ρ is undefined (null) when a variable does not vary, and refuses unpaired input", () => {
    expect(rankCorrelationTest([1, 1, 1], [1, 2, 3])).toMatchObject({ rho: null, p: null, n: 3 });
    expect(rankCorrelationTest([1], [2])).toMatchObject({ rho: null, p: null, n: 1 });
    expect(() => rankCorrelationTest([1, 2], [1])).toThrow("x has 2 values and y 1");
  });
});

describe("rankSumTest(first, second, {draws, seed})", () => {
  // R's ?wilcox.test example, from Hollander & Wolfe (1973), Nonparametric Statistical Methods, p. 69: permeability
  // constants at 12–26 weeks (x) and at term (y). R: wilcox.test(x, y, alternative = "g") → W = 35, p-value = 0.1272.
  const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
  const y = [1.15, 0.88, 0.9, 0.74, 1.21];

  it("gives R's W (Mann–Whitney U) for Hollander & Wolfe's example, and the exact two-sided p = 2 × 0.1272", () => {
    const test = rankSumTest(x, y);
    expect(test.w).toBe(90);
    expect(test.u).toBe(35);
    expect(test.exact).toBe(true);
    expect(test.permutations).toBe(3003);
    // scipy 1.17: mannwhitneyu(x, y, method="exact") → U = 35, p = 0.2544122544122544 (one-sided 0.1272061272061272).
    expect(test.p).toBeCloseTo(0.2544122544122544, 12);
  });

  it("gives simple-statistics' own example: wilcoxonRankSum([1, 4, 8], [9, 12, 15]) = 6, exact p 0.1", () => {
    // scipy 1.17: mannwhitneyu([1, 4, 8], [9, 12, 15], method="exact") → U = 0, p = 0.1 (2 of the 20 splits).
    expect(rankSumTest([1, 4, 8], [9, 12, 15])).toMatchObject({ w: 6, u: 0, p: 0.1, exact: true, permutations: 20 });
  });

  it("with random splits, is reproducible with a seed and close to the exact p", () => {
    const sampled = rankSumTest(x, y, { draws: 2000, seed: 9 });
    expect(sampled.exact).toBe(false);
    expect(rankSumTest(x, y, { draws: 2000, seed: 9 })).toEqual(sampled);
    expect(Math.abs(sampled.p - 0.2544122544122544)).toBeLessThan(4 * Math.sqrt((0.254 * 0.746) / 2000));
  });

  it("agrees with an enumeration of its own reference when there are ties", () => {
    const first = [0, 1, 1, 2, 2];
    const second = [1, 2, 2, 2];
    const pooled = midranks([...first, ...second]);
    const mean = (first.length * (pooled.length + 1)) / 2;
    const observed = Math.abs(pooled.slice(0, 5).reduce((a, b) => a + b, 0) - mean);
    let extreme = 0;
    let total = 0;
    const choose = (start: number, left: number, sum: number): void => {
      if (left === 0) {
        total++;
        if (Math.abs(sum - mean) >= observed - 1e-12) extreme++;
        return;
      }
      for (let index = start; index <= pooled.length - left; index++) choose(index + 1, left - 1, sum + pooled[index]!);
    };
    choose(0, 5, 0);
    expect(total).toBe(126);
    expect(rankSumTest(first, second).p).toBeCloseTo(extreme / total, 12);
  });

  it("refuses an empty sample", () => {
    expect(() => rankSumTest([], [1])).toThrow("neither sample can be empty (found 0 and 1 values)");
  });
});
