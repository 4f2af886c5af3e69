import { quantile, randomInt, randomLcg } from "d3";
import { krippendorffAlpha, type KrippendorffAlpha, type KrippendorffAlphaOptions } from "./krippendorffAlpha.ts";
import type { ReliabilityData } from "./measurementLevel.ts";

export interface AlphaBootstrapOptions extends KrippendorffAlphaOptions {
  /** Number of bootstrap draws (default 1000). */
  draws?: number;
  /** Seed of the random numbers, so that an interval can be reproduced (default 1). */
  seed?: number;
  /** Width of the interval (default 0.95: from the 2.5th to the 97.5th percentile). */
  confidence?: number;
  /** The smallest alpha a study accepts: the bootstrap also estimates the probability of falling short of it (default 0.667). */
  minimum?: number;
}

export interface AlphaBootstrap {
  /** The lower and upper bounds of the interval; null when alpha is undefined. */
  ci: [number, number] | null;
  confidence: number;
  draws: number;
  seed: number;
  minimum: number;
  /** The share of draws below `minimum`: the probability q that the data's true alpha falls short of it. */
  belowMinimum: number | null;
  /** The alphas of the draws, sorted. */
  alphas: Float64Array;
}

/**
 * A bootstrap confidence interval for Krippendorff's alpha, by Krippendorff's
 * algorithm (Hayes & Krippendorff 2007, "Answering the call for a standard
 * reliability measure for coding data", Communication Methods and Measures 1(1)):
 * the expected disagreement D_e is kept; each draw resamples, for every unit,
 * as many pairs of values as the unit has, from all the data's pairs with
 * replacement, and sums their disagreement with the unit's weight
 * 2/(n·D_e·(m_u − 1)); alpha of a draw is 1 minus that sum, and is set to −1
 * where it would fall below −1, as in Hayes's KALPHA macro. The interval is
 * the percentiles of the draws.
 *
 * @example
 * const data = [[1, 1], [2, 2], [3, 3], [3, 4], [4, 4], [1, 2], [2, 2], [4, 4], [3, 3], [1, 1]];
 * alphaBootstrap(data, {level: "ordinal", draws: 1000, seed: 7}).ci // [0.848, 1]
 */
export function alphaBootstrap(
  data: ReliabilityData,
  options: AlphaBootstrapOptions = {},
  estimate: KrippendorffAlpha = krippendorffAlpha(data, options),
): AlphaBootstrap {
  const draws = options.draws ?? 1000;
  const seed = options.seed ?? 1;
  const confidence = options.confidence ?? 0.95;
  const minimum = options.minimum ?? 0.667;
  if (!Number.isInteger(draws) || draws < 1) throw new Error(`draws must be a whole number above 0, found ${draws}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`confidence must be between 0 and 1, found ${confidence}`);
  if (estimate.alpha === null)
    return { ci: null, confidence, draws, seed, minimum, belowMinimum: null, alphas: new Float64Array(0) };

  // Every pair of values within a unit (unordered), as its squared difference, and the units' weights.
  const { values } = estimate.coincidences;
  const size = values.length;
  const index = new Map(values.map((value, position) => [value, position]));
  const pairDifferences: number[] = [];
  // How many pairs each unit has, grouped by the unit's number of values m: m → pairs.
  const pairsByValues = new Map<number, number>();
  const present: number[] = [];
  for (const unit of data) {
    present.length = 0;
    for (const value of unit) if (value !== null) present.push(index.get(value)!);
    const m = present.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++)
      for (let j = i + 1; j < m; j++) pairDifferences.push(estimate.differences[present[i]! * size + present[j]!]!);
    pairsByValues.set(m, (pairsByValues.get(m) ?? 0) + (m * (m - 1)) / 2);
  }
  const differences = Float64Array.from(pairDifferences);
  const n = estimate.pairable;
  const groups = [...pairsByValues].map(([m, pairs]) => ({ pairs, weight: 2 / (n * estimate.expected * (m - 1)) }));
  const pick = randomInt.source(randomLcg(seed))(0, differences.length);
  const alphas = new Float64Array(draws);
  for (let draw = 0; draw < draws; draw++) {
    let disagreement = 0;
    for (const { pairs, weight } of groups) {
      let sum = 0;
      for (let pair = 0; pair < pairs; pair++) sum += differences[pick()]!;
      disagreement += sum * weight;
    }
    alphas[draw] = Math.max(-1, 1 - disagreement);
  }
  alphas.sort();
  const tail = (1 - confidence) / 2;
  let below = 0;
  for (const alpha of alphas) if (alpha < minimum) below++;
  return {
    ci: [quantile(alphas, tail)!, quantile(alphas, 1 - tail)!],
    confidence,
    draws,
    seed,
    minimum,
    belowMinimum: below / draws,
    alphas,
  };
}
