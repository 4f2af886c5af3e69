/**
 * The levels of measurement Krippendorff's alpha distinguishes, lowest first:
 * each level says which differences between two values count, and by how much.
 */
export const MEASUREMENT_LEVELS = ["nominal", "ordinal", "interval", "ratio"] as const;

export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

/** One coder's value for one unit: a category (number or text) or null when the coder gave none. */
export type ReliabilityValue = number | string | null;

/**
 * Reliability data as other tools take it: one row per unit, one column per
 * coder, null where a coder gave no value.
 */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<ReliabilityValue>>;

/**
 * Counts a unit's values into `counts` (cleared first): how many coders gave
 * each value; returns how many values the unit has (missing ones left out).
 * @example
 * const counts = new Map();
 * [unitCounts([1, 1, null, 2], counts), counts] // [3, new Map([[1, 2], [2, 1]])]
 */
export function unitCounts(unit: ReadonlyArray<ReliabilityValue>, counts: Map<ReliabilityValue, number>): number {
  counts.clear();
  let values = 0;
  for (const value of unit) {
    if (value === null) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    values++;
  }
  return values;
}
