import type { Coding } from "../dataset/types.ts";
import type { Indicator, IndicatorScore } from "./types.ts";

/** Each indicator list's positions by id, computed once per list. */
const positions = new WeakMap<readonly Indicator[], Map<string, number>>();

/**
 * Picks, for each indicator of a framework, the coding that scores it, in
 * the order of `indicators`. The codings must already be resolved to one per
 * indicator (see `resolveCodings`); an indicator nobody coded scores NA.
 */
export function scoreIndicators(frameworkId: string, indicators: readonly Indicator[], codings: readonly Coding[]): IndicatorScore[] {
  let position = positions.get(indicators);
  if (position === undefined) positions.set(indicators, (position = new Map(indicators.map((indicator, index) => [indicator.id, index]))));
  const scores: IndicatorScore[] = indicators.map((indicator) => ({ indicator: indicator.id, score: null }));
  for (const coding of codings) {
    if (coding.framework !== frameworkId) continue;
    const index = position.get(coding.indicator);
    if (index !== undefined) scores[index] = { indicator: coding.indicator, score: coding.score, coding };
  }
  return scores;
}

/** Indicator scores keyed by indicator id, in the framework's order. */
export function byIndicator(scores: readonly IndicatorScore[]): Record<string, IndicatorScore> {
  return Object.fromEntries(scores.map((entry) => [entry.indicator, entry]));
}

/** A scored indicator as public JSON: the score and the evidence behind it. */
export function indicatorJson(entry: IndicatorScore) {
  return {
    indicator: entry.indicator,
    score: entry.score,
    coder: entry.coding?.coder ?? null,
    evidence: entry.coding?.evidence ?? null,
    source: entry.coding?.source ?? null,
    locator: entry.coding?.locator ?? null,
  };
}

/** How many of the scores are assessed (not NA). */
export function assessedCount(scores: readonly IndicatorScore[]): number {
  let count = 0;
  for (const entry of scores) if (entry.score !== null) count++;
  return count;
}
