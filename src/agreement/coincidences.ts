import type { MeasurementLevel, ReliabilityData, ReliabilityValue } from "./measurementLevel.ts";

/**
 * The coincidence matrix of reliability data (Krippendorff 2011, "Computing
 * Krippendorff's alpha-reliability", step B): every ordered pair of values
 * two coders gave the same unit, each unit's pairs weighted by 1/(m_u − 1),
 * where m_u is the number of values the unit has. Units with fewer than two
 * values are not pairable and are left out.
 */
export interface Coincidences {
  /** The distinct values, in their order: numeric for numbers, `order` or code-point order for text. */
  values: Array<string | number>;
  /** o_ck, row-major, values.length × values.length. */
  matrix: Float64Array;
  /** n_c: how many pairable values each value has (the matrix's row sums). */
  marginals: Float64Array;
  /** n: the number of pairable values. */
  pairable: number;
}

export interface CoincidencesOptions {
  /** The order of the categories when they are text, lowest first (needed above the nominal level). */
  order?: ReadonlyArray<string | number>;
}

/** The distinct non-null values of the data, ordered. */
export function orderedValues(
  data: ReliabilityData,
  level: MeasurementLevel,
  order?: ReadonlyArray<string | number>,
): Array<string | number> {
  const seen = new Set<string | number>();
  for (const unit of data) for (const value of unit) if (value !== null) seen.add(value);
  if (order !== undefined) {
    const known = new Set(order);
    for (const value of seen)
      if (!known.has(value))
        throw new Error(`the value ${JSON.stringify(value)} is not in the given order of categories`);
    return order.filter((value) => seen.has(value));
  }
  const values = [...seen];
  const numbers = values.every((value) => typeof value === "number");
  if (!numbers && level !== "nominal")
    throw new Error(
      `${level} data must be numbers, or text with an order of categories; found ${JSON.stringify(values.find((value) => typeof value !== "number"))}`,
    );
  if (numbers) return (values as number[]).sort((a, b) => a - b);
  return values.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/** Builds the coincidence matrix of `data` (rows are units, columns coders). */
export function coincidences(
  data: ReliabilityData,
  level: MeasurementLevel,
  options: CoincidencesOptions = {},
): Coincidences {
  const values = orderedValues(data, level, options.order);
  const size = values.length;
  const index = new Map<ReliabilityValue, number>(values.map((value, position) => [value, position]));
  const matrix = new Float64Array(size * size);
  const counts = new Float64Array(size);
  const distinct: number[] = [];
  for (const unit of data) {
    let m = 0;
    distinct.length = 0;
    for (const value of unit) {
      if (value === null) continue;
      const category = index.get(value)!;
      if (counts[category] === 0) distinct.push(category);
      counts[category]! += 1;
      m += 1;
    }
    // Ordered pairs of different coders: n_uc·n_uk pairs of c and k ≠ c, n_uc·(n_uc − 1) pairs of c with c.
    if (m >= 2) {
      const weight = 1 / (m - 1);
      for (const c of distinct)
        for (const k of distinct)
          matrix[c * size + k]! += weight * counts[c]! * (c === k ? counts[k]! - 1 : counts[k]!);
    }
    for (const category of distinct) counts[category] = 0;
  }
  const marginals = new Float64Array(size);
  let pairable = 0;
  for (let c = 0; c < size; c++) {
    let sum = 0;
    for (let k = 0; k < size; k++) sum += matrix[c * size + k]!;
    marginals[c] = sum;
    pairable += sum;
  }
  return { values, matrix, marginals, pairable };
}
