import { coincidences, type Coincidences } from "./coincidences.ts";
import type { MeasurementLevel, ReliabilityData } from "./measurementLevel.ts";
import { squaredDifferences } from "./squaredDifferences.ts";

export interface KrippendorffAlphaOptions {
  /** Level of measurement (default "nominal"). */
  level?: MeasurementLevel;
  /** The order of text categories, lowest first; needed for text at the ordinal level. */
  order?: ReadonlyArray<string | number>;
}

export interface KrippendorffAlpha {
  /** α = 1 − D_o/D_e; null where it is undefined: fewer than two pairable values, or one value only (D_e = 0). */
  alpha: number | null;
  level: MeasurementLevel;
  /** Units (rows) in the data. */
  units: number;
  /** Coders (columns) in the data. */
  coders: number;
  /** n: values in units with at least two values (the values alpha rests on). */
  pairable: number;
  /** Observed disagreement D_o. */
  observed: number;
  /** Expected disagreement D_e: what the values would disagree by if they were paired by chance. */
  expected: number;
  /** The coincidence matrix and the squared differences alpha was computed from. */
  coincidences: Coincidences;
  differences: Float64Array;
}

/**
 * Krippendorff's alpha for reliability data with any number of coders and
 * missing values (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability"): rows are units, columns coders, null a missing value.
 *
 * @example
 * krippendorffAlpha([[0, 1], [1, 1], [0, 1], [0, 0], [0, 0], [0, 1], [0, 0], [0, 0], [1, 0], [0, 0]]).alpha.toFixed(3) // "0.095"
 */
export function krippendorffAlpha(data: ReliabilityData, options: KrippendorffAlphaOptions = {}): KrippendorffAlpha {
  const level = options.level ?? "nominal";
  const table = coincidences(data, level, { order: options.order });
  const differences = squaredDifferences(level, table.values, table.marginals);
  const size = table.values.length;
  const n = table.pairable;
  let observedSum = 0;
  let expectedSum = 0;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const difference = differences[c * size + k]!;
      if (difference === 0) continue;
      observedSum += table.matrix[c * size + k]! * difference;
      expectedSum += table.marginals[c]! * table.marginals[k]! * difference;
    }
  const observed = n > 0 ? observedSum / n : 0;
  const expected = n > 1 ? expectedSum / (n * (n - 1)) : 0;
  return {
    alpha: n < 2 || expected === 0 ? null : 1 - observed / expected,
    level,
    units: data.length,
    coders: data.reduce((most, unit) => Math.max(most, unit.length), 0),
    pairable: n,
    observed,
    expected,
    coincidences: table,
    differences,
  };
}
