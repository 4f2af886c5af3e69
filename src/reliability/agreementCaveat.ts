import { MIN_PAIRABLE, type AgreementRow } from "./codingReliability.ts";

/**
 * Why an agreement row's figures are missing or not to be read:
 * - `no units`: no unit has two scores, so there is nothing to compare;
 * - `no variation`: every pairable value is the same, so Krippendorff's alpha is undefined (alpha = 1 − Do/De, and
 *   the expected disagreement De is 0), whatever the percent agreement;
 * - `one unit`: the figures rest on one unit, so the bootstrap can only draw that unit again and its interval shrinks
 *   to a point, and an alpha of 0 or a kappa of −1 means nothing;
 * - `too few values`: fewer than `MIN_PAIRABLE` (10) pairable values.
 */
export type AgreementCaveat = "no units" | "no variation" | "one unit" | "too few values";

/**
 * What keeps an agreement row's alpha, interval and kappa from being read as they stand (`AgreementCaveat`), the most
 * telling reason first; null when they can be read by Krippendorff's thresholds.
 *
 * @param row The row's units, pairable values and alpha, as `codingReliability` gives them.
 * @example
 * [
 *   agreementCaveat({units: 0, pairable: 0, alpha: null}),
 *   agreementCaveat({units: 5, pairable: 10, alpha: null}),
 *   agreementCaveat({units: 1, pairable: 2, alpha: 0}),
 *   agreementCaveat({units: 4, pairable: 8, alpha: 0.5}),
 *   agreementCaveat({units: 20, pairable: 40, alpha: 0.82}),
 * ] // ["no units", "no variation", "one unit", "too few values", null]
 */
export function agreementCaveat(row: Pick<AgreementRow, "units" | "pairable" | "alpha">): AgreementCaveat | null {
  if (row.units === 0) return "no units";
  if (row.alpha === null) return "no variation";
  if (row.units === 1) return "one unit";
  if (row.pairable < MIN_PAIRABLE) return "too few values";
  return null;
}
