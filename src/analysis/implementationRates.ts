import { sum } from "simple-statistics";
import type { ImplementationResult, RateBasis } from "../frameworks/implementation.ts";
import { wilsonInterval, type WilsonInterval } from "../statistics/wilsonInterval.ts";

/** A partnership's implementation rate with its Wilson interval and what it is a share of. */
export interface ImplementationRate extends WilsonInterval {
  id: string;
  basis: RateBasis | null;
}

/** A scored partnership, as far as its implementation rate goes. */
export type ImplementationRateInput = {
  id: string;
  implementation: Pick<ImplementationResult, "realised" | "planned" | "rate"> & { basis?: RateBasis | null };
};

/**
 * Each partnership's implementation rate (activities realised of those
 * planned) with its 95% Wilson score interval, for the partnerships with a
 * rate (nothing planned is NA, left out); and, for each basis of the rate
 * (formal action plans, activities reported in a narrative: never pooled
 * together), all of them pooled, every planned activity counted once. A
 * pooled interval treats activities as independent, which activities of the
 * same partnership are not: read it as a lower bound on the uncertainty.
 *
 * @example implementationRates([{id: "a", implementation: {realised: 1, planned: 2, rate: 0.5}}]).partnerships[0].low // 0.09453120838137652
 */
export function implementationRates(
  scores: readonly ImplementationRateInput[],
  options: { confidence?: number } = {},
): {
  partnerships: ImplementationRate[];
  pooled: Array<WilsonInterval & { basis: RateBasis | null; partnerships: number }>;
} {
  const rated = scores.filter((score) => score.implementation.rate !== null);
  const partnerships = rated.map((score) => ({
    id: score.id,
    basis: score.implementation.basis ?? null,
    ...wilsonInterval(score.implementation.realised, score.implementation.planned, options),
  }));
  const bases = [...new Set(partnerships.map((rate) => rate.basis))];
  const pooled = bases.flatMap((basis) => {
    const members = rated.filter((score) => (score.implementation.basis ?? null) === basis);
    const planned = sum(members.map((score) => score.implementation.planned));
    if (planned === 0) return [];
    const realised = sum(members.map((score) => score.implementation.realised));
    return [{ basis, partnerships: members.length, ...wilsonInterval(realised, planned, options) }];
  });
  return { partnerships, pooled };
}
