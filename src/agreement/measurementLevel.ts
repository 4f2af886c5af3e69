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
