import { sum } from "simple-statistics";
import type { ImplementationResult } from "../frameworks/implementation.ts";
import { wilsonInterval, type WilsonInterval } from "../statistics/wilsonInterval.ts";

/** A partnership's implementation rate with its Wilson interval. */
export interface ImplementationRate extends WilsonInterval {
  id: string;
}

/**
 * Each partnership's implementation rate (activities realised of those
 * planned) with its 95% Wilson score interval, for the partnerships with a
 * rate (nothing planned is NA, left out); and all of them pooled, every
 * planned activity counted once. The pooled interval treats activities as
 * independent, which activities of the same partnership are not: read it as
 * a lower bound on the uncertainty.
 *
 * @example implementationRates([{id: "a", implementation: {realised: 1, planned: 2, rate: 0.5}}]).partnerships[0].low // 0.09453120838137652
 */
export function implementationRates(
  scores: ReadonlyArray<{ id: string; implementation: Pick<ImplementationResult, "realised" | "planned" | "rate"> }>,
  options: { confidence?: number } = {},
): { partnerships: ImplementationRate[]; pooled: WilsonInterval | null } {
  const rated = scores.filter((score) => score.implementation.rate !== null);
  const partnerships = rated.map((score) => ({
    id: score.id,
    ...wilsonInterval(score.implementation.realised, score.implementation.planned, options),
  }));
  const realised = sum(rated.map((score) => score.implementation.realised));
  const planned = sum(rated.map((score) => score.implementation.planned));
  return { partnerships, pooled: planned === 0 ? null : wilsonInterval(realised, planned, options) };
}
