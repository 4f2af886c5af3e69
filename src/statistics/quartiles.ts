import { quantile } from "simple-statistics";

/** A group's values summarised by their quartiles. */
export interface Quartiles {
  n: number;
  /** First quartile (25th percentile). */
  q1: number;
  median: number;
  /** Third quartile (75th percentile). */
  q3: number;
  /** Interquartile range, q3 − q1. */
  iqr: number;
}

/**
 * The median and quartiles of some values, by simple-statistics' `quantile`
 * (linear interpolation between order statistics: Hyndman & Fan 1996,
 * "Sample quantiles in statistical packages", type 7, R's default), and the
 * interquartile range between them: the robust pair to report for a handful
 * of ordinal scores, where a mean and standard deviation would say more than
 * the data can. Null when there are no values. O(n log n).
 *
 * @example quartiles([0, 1, 1, 2, 2]) // {n: 5, q1: 1, median: 1, q3: 2, iqr: 1}
 */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  const [q1, median, q3] = quantile([...values], [0.25, 0.5, 0.75]) as [number, number, number];
  return { n: values.length, q1, median, q3, iqr: q3 - q1 };
}
