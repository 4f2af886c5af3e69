import { unitCounts, type ReliabilityData, type ReliabilityValue } from "./measurementLevel.ts";

/**
 * Percent agreement: within each unit with at least two values, the share
 * of pairs of coders who gave the same value; averaged over those units.
 * With two coders it is the share of units on which they agree. It does not
 * correct for agreement by chance (alpha and kappa do). Null when no unit has
 * two values.
 *
 * @example
 * percentAgreement([[1, 1], [1, 2], [2, 2], [null, 1]]) // 2/3
 */
export function percentAgreement(data: ReliabilityData): number | null {
  const counts = new Map<ReliabilityValue, number>();
  let units = 0;
  let sum = 0;
  for (const unit of data) {
    const m = unitCounts(unit, counts);
    if (m < 2) continue;
    let agreeing = 0;
    for (const count of counts.values()) agreeing += count * (count - 1);
    sum += agreeing / (m * (m - 1));
    units++;
  }
  return units === 0 ? null : sum / units;
}
