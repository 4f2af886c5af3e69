import type { MeasurementLevel } from "./measurementLevel.ts";

/**
 * The squared differences δ²(c, k) between every two values at a level of
 * measurement (Krippendorff 2011, "Computing Krippendorff's alpha-reliability",
 * section E), row-major, values.length × values.length:
 *
 * - nominal: 0 for the same value, 1 for any two different ones;
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², the ranks between the two
 *   values as the pairable values are distributed (`marginals`: n_c);
 * - interval: (c − k)²;
 * - ratio: ((c − k)/(c + k))².
 *
 * Interval and ratio values must be numbers; ordinal values are taken in
 * the order given.
 */
export function squaredDifferences(
  level: MeasurementLevel,
  values: ReadonlyArray<string | number>,
  marginals: ArrayLike<number>,
): Float64Array {
  const size = values.length;
  const differences = new Float64Array(size * size);
  if (level === "interval" || level === "ratio") {
    for (const value of values)
      if (typeof value !== "number") throw new Error(`${level} data must be numbers; found ${JSON.stringify(value)}`);
    if (level === "ratio")
      for (const value of values as number[])
        if (value < 0) throw new Error(`ratio data cannot be negative; found ${value}`);
  }
  // Cumulative marginals, for the ordinal distance: Σ_{g ≤ c} n_g.
  const cumulative = new Float64Array(size + 1);
  for (let c = 0; c < size; c++) cumulative[c + 1] = cumulative[c]! + marginals[c]!;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      let difference: number;
      if (level === "nominal") difference = 1;
      else if (level === "ordinal") {
        const [low, high] = c < k ? [c, k] : [k, c];
        const between = cumulative[high + 1]! - cumulative[low]! - (marginals[low]! + marginals[high]!) / 2;
        difference = between * between;
      } else {
        const a = values[c] as number;
        const b = values[k] as number;
        difference = level === "interval" ? (a - b) ** 2 : a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      }
      differences[c * size + k] = difference;
    }
  return differences;
}
