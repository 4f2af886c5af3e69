import type { ReliabilityData, ReliabilityValue } from "./measurementLevel.ts";

export interface CohenKappa {
  /** κ = (p_o − p_e)/(1 − p_e); null when undefined (no unit coded by both, or p_e = 1: both coders used one and the same category only). */
  kappa: number | null;
  /** Units both coders coded: the units kappa rests on. */
  units: number;
  /** Observed agreement p_o: the share of those units on which the two agree. */
  observed: number;
  /** Agreement expected by chance p_e, from each coder's own distribution of categories. */
  expected: number;
}

/**
 * Cohen's kappa for two coders on nominal categories (Cohen 1960, "A
 * coefficient of agreement for nominal scales", Educational and
 * Psychological Measurement 20(1)). `data` has two columns, one per coder;
 * units that either coder left out are left out.
 *
 * @example
 * cohenKappa([["yes", "yes"], ["yes", "no"], ["no", "no"], ["no", "no"]]).kappa // 0.5
 */
export function cohenKappa(data: ReliabilityData): CohenKappa {
  for (const [row, unit] of data.entries())
    if (unit.length !== 2) throw new Error(`Cohen's kappa takes two coders; unit ${row + 1} has ${unit.length} values`);
  const first = new Map<ReliabilityValue, number>();
  const second = new Map<ReliabilityValue, number>();
  let units = 0;
  let agreements = 0;
  for (const [a, b] of data) {
    if (a === null || b === null || a === undefined || b === undefined) continue;
    units++;
    if (a === b) agreements++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  if (units === 0) return { kappa: null, units, observed: 0, expected: 0 };
  let expected = 0;
  for (const [category, count] of first) expected += (count / units) * ((second.get(category) ?? 0) / units);
  const observed = agreements / units;
  return { kappa: expected === 1 ? null : (observed - expected) / (1 - expected), units, observed, expected };
}
