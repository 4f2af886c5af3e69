import { unitCounts, type ReliabilityData, type ReliabilityValue } from "./measurementLevel.ts";

export interface FleissKappa {
  /** κ = (P̄ − P̄_e)/(1 − P̄_e); null when undefined (P̄_e = 1: one category only) or not applicable. */
  kappa: number | null;
  /** Why kappa does not apply, when it does not: the units do not all have the same number of values. */
  notApplicable?: string;
  /** Units with values (empty units are left out). */
  units: number;
  /** Values per unit. */
  raters: number;
  /** P̄: the mean agreement within units. */
  observed: number;
  /** P̄_e: the agreement expected from the overall share of each category. */
  expected: number;
}

/**
 * Fleiss' kappa for a fixed number of ratings per unit on nominal categories
 * (Fleiss 1971, "Measuring nominal scale agreement among many raters",
 * Psychological Bulletin 76(5)). Rows are units, columns coders; the raters
 * of a unit need not be the same people. Units with no value are left out;
 * every other unit must have the same number of values, at least two.
 *
 * @example
 * fleissKappa([["a", "a", "b"], ["b", "b", "b"], ["a", "a", "a"]]).kappa.toFixed(2) // "0.55"
 */
export function fleissKappa(data: ReliabilityData): FleissKappa {
  const totals = new Map<ReliabilityValue, number>();
  const counts = new Map<ReliabilityValue, number>();
  let raters = -1;
  let units = 0;
  let agreementSum = 0;
  for (const unit of data) {
    const m = unitCounts(unit, counts);
    if (m === 0) continue;
    if (raters === -1) raters = m;
    if (m !== raters || m < 2)
      return {
        kappa: null,
        notApplicable: `Fleiss' kappa needs the same number of values (at least two) in every unit; found ${raters} and ${m}`,
        units: 0,
        raters: 0,
        observed: 0,
        expected: 0,
      };
    units++;
    let pairs = 0;
    for (const [category, count] of counts) {
      pairs += count * (count - 1);
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
    agreementSum += pairs / (m * (m - 1));
  }
  if (units === 0) return { kappa: null, units: 0, raters: 0, observed: 0, expected: 0 };
  const observed = agreementSum / units;
  let expected = 0;
  for (const count of totals.values()) expected += (count / (units * raters)) ** 2;
  return { kappa: expected === 1 ? null : (observed - expected) / (1 - expected), units, raters, observed, expected };
}
