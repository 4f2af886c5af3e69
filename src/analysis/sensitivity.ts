import { randomLcg } from "d3";

/** One partnership's element scores (0–2, null for NA), in a fixed order of elements. */
export interface SensitivityCase {
  id: string;
  scores: ReadonlyArray<number | null>;
}

/** The most partnerships ranked at once: the histogram of ranks takes n² × 4 bytes (256 MB at 8,192). */
const MAX_CASES = 8192;

export interface SensitivityOptions {
  /** Monte Carlo draws (default 10,000). */
  draws?: number;
  /** Seed of the random numbers: the same seed gives the same intervals (default 1). */
  seed?: number;
}

/** The distribution of one partnership's rank over the draws. */
export interface RankInterval {
  id: string;
  /** Its rank under the index as published: equal weights, arithmetic mean, NA left out. */
  baseline: number;
  median: number;
  /** 5th and 95th percentiles of its rank. */
  p05: number;
  p95: number;
  /** Best and worst rank in any draw. */
  best: number;
  worst: number;
}

export interface SensitivityResult {
  draws: number;
  seed: number;
  /** What varies from draw to draw. */
  scenarios: {
    weights: "uniform on the simplex";
    aggregation: ["arithmetic", "geometric"];
    na: ["left out", "counted as 0"];
  };
  /** Ranks are 1 for the highest index; ties share the best rank. */
  partnerships: RankInterval[];
}

/**
 * The robustness of a composite index's ranking, as the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008, sections 1.7 and 7) recommends:
 * each Monte Carlo draw takes random weights, uniform on the simplex (each
 * −ln U, normalised), arithmetic or geometric aggregation, and NA left out
 * (weights renormalised over the assessed elements) or counted as 0, each
 * with probability ½; the partnerships are ranked in every draw, and each
 * one's rank is summarised by its median and 5th–95th percentiles. Scores
 * are read on [0, 1] (score / 2); a geometric mean with a 0 is 0.
 * Reproducible with a seed (d3's `randomLcg`).
 *
 * @example rankIntervals([{id: "a", scores: [2, 2]}, {id: "b", scores: [0, 1]}], {draws: 100}).partnerships[0].median // 1
 */
export function rankIntervals(cases: readonly SensitivityCase[], options: SensitivityOptions = {}): SensitivityResult {
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(draws) || draws < 1) throw new Error(`draws must be a whole number above 0, found ${draws}`);
  const n = cases.length;
  if (n > MAX_CASES)
    throw new Error(
      `the sensitivity analysis ranks at most ${MAX_CASES.toLocaleString("en")} partnerships at once (its histogram of ranks takes n² × 4 bytes, 256 MB at that size); found ${n.toLocaleString("en")}: rank a subset, such as one local government's or one country's partnerships`,
    );
  const k = cases.reduce((most, entry) => Math.max(most, entry.scores.length), 0);
  // Scores on [0, 1], NaN for NA, cases × elements.
  const scores = new Float64Array(n * k);
  cases.forEach((entry, index) => {
    for (let element = 0; element < k; element++) {
      const score = entry.scores[element];
      scores[index * k + element] = score === null || score === undefined ? Number.NaN : score / 2;
    }
  });
  const random = randomLcg(seed);
  const weights = new Float64Array(k);
  // Up to 2,048 cases a rank key is 32 bits (index and case number packed); beyond, 64-bit floats hold both exactly.
  const packed = n <= 2048;
  const keys = new Uint32Array(packed ? n : 0);
  const wideKeys = new Float64Array(packed ? 0 : n);
  const ranks = new Uint32Array(n);
  // Histogram of ranks: counts[case * n + rank − 1].
  const counts = new Uint32Array(n * n);
  // Branch-free arrays for the inner loop: values with NA as 0, a mask of assessed elements, and logarithms (NA as 0).
  const values0 = scores.map((value) => (Number.isNaN(value) ? 0 : value));
  const assessed = scores.map((value) => (Number.isNaN(value) ? 0 : 1));
  const logs0 = scores.map((value) => (Number.isNaN(value) ? 0 : Math.log(value)));
  const hasNa = Uint8Array.from(cases, (_, caseIndex) =>
    assessed.subarray(caseIndex * k, caseIndex * k + k).includes(0) ? 1 : 0,
  );
  const indexOf = (caseIndex: number, geometric: boolean, naAsZero: boolean) => {
    let total = 0;
    let logTotal = 0;
    let weightSum = 0;
    const offset = caseIndex * k;
    for (let element = 0; element < k; element++) {
      const weight = weights[element]!;
      const weighted = weight * assessed[offset + element]!;
      weightSum += weighted;
      total += weight * values0[offset + element]!;
      logTotal += weighted === 0 ? 0 : weighted * logs0[offset + element]!;
    }
    // Weights sum to 1: with NA counted as 0 the denominator is 1; with NA left out, the assessed elements' weight.
    if (naAsZero) return geometric ? (hasNa[caseIndex] === 1 ? 0 : Math.exp(logTotal)) : total;
    if (weightSum === 0) return 0;
    return geometric ? Math.exp(logTotal / weightSum) : total / weightSum;
  };
  // Ranks every case: each key holds the index (descending, in steps of 2⁻²⁰ ≈ 1e-6: closer indices tie) above the
  // case's number, so one native sort of numbers orders them; equal indices share the best rank. Up to 2,048 cases the
  // key is a 32-bit integer (the index in its high 20 bits, the case in its low 11: measured 1.8× faster than sorting
  // 64-bit floats); beyond, a float holds index × 2³² + case exactly (52 bits), for any number of cases.
  const order = (geometric: boolean, naAsZero: boolean) => {
    if (packed) {
      for (let caseIndex = 0; caseIndex < n; caseIndex++)
        keys[caseIndex] =
          ((Math.round((1 - indexOf(caseIndex, geometric, naAsZero)) * 0xfffff) << 11) | caseIndex) >>> 0;
      keys.sort();
    } else {
      for (let caseIndex = 0; caseIndex < n; caseIndex++)
        wideKeys[caseIndex] = Math.round((1 - indexOf(caseIndex, geometric, naAsZero)) * 0xfffff) * 2 ** 32 + caseIndex;
      wideKeys.sort();
    }
    let previous = -1;
    let previousRank = 0;
    for (let position = 0; position < n; position++) {
      let value: number;
      let caseIndex: number;
      if (packed) {
        const key = keys[position]!;
        value = key >>> 11;
        caseIndex = key & 2047;
      } else {
        const key = wideKeys[position]!;
        value = Math.floor(key / 2 ** 32);
        caseIndex = key - value * 2 ** 32;
      }
      const current = value === previous ? previousRank : position + 1;
      ranks[caseIndex] = current;
      previous = value;
      previousRank = current;
    }
  };
  // The index as published: equal weights, arithmetic, NA left out.
  weights.fill(1);
  order(false, false);
  const baseline = Uint32Array.from(ranks);
  for (let draw = 0; draw < draws; draw++) {
    let sum = 0;
    for (let element = 0; element < k; element++) sum += weights[element] = -Math.log(1 - random());
    for (let element = 0; element < k; element++) weights[element]! /= sum;
    order(random() < 0.5, random() < 0.5);
    for (let caseIndex = 0; caseIndex < n; caseIndex++) counts[caseIndex * n + ranks[caseIndex]! - 1]!++;
  }
  const percentile = (caseIndex: number, p: number) => {
    // The smallest rank whose cumulative share reaches p.
    const target = p * draws;
    let cumulative = 0;
    for (let position = 0; position < n; position++) {
      cumulative += counts[caseIndex * n + position]!;
      if (cumulative >= target) return position + 1;
    }
    return n;
  };
  const extreme = (caseIndex: number, last: boolean) => {
    for (let step = 0; step < n; step++) {
      const position = last ? n - 1 - step : step;
      if (counts[caseIndex * n + position]! > 0) return position + 1;
    }
    return n;
  };
  return {
    draws,
    seed,
    scenarios: {
      weights: "uniform on the simplex",
      aggregation: ["arithmetic", "geometric"],
      na: ["left out", "counted as 0"],
    },
    partnerships: cases.map((entry, caseIndex) => ({
      id: entry.id,
      baseline: baseline[caseIndex]!,
      median: percentile(caseIndex, 0.5),
      p05: percentile(caseIndex, 0.05),
      p95: percentile(caseIndex, 0.95),
      best: extreme(caseIndex, false),
      worst: extreme(caseIndex, true),
    })),
  };
}

// Kept here for the modules that import it from the sensitivity analysis; the site imports it from its own file,
// so that the first page does not carry rankIntervals.
export { successIndexCases } from "./successIndexCases.ts";
