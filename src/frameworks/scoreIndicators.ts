import type { Coding } from "../dataset/types.ts";
import type { Indicator, IndicatorScore } from "./types.ts";

/**
 * Picks, for each indicator of a framework, the coding that scores it.
 * The codings must already be resolved to one per indicator (see
 * `resolveCodings`); an indicator nobody coded scores NA.
 */
export function scoreIndicators(frameworkId: string, indicators: Indicator[], codings: Coding[]): Map<string, IndicatorScore> {
  const byIndicator = new Map<string, IndicatorScore>();
  for (const indicator of indicators) byIndicator.set(indicator.id, { indicator: indicator.id, score: null });
  for (const coding of codings) {
    if (coding.framework !== frameworkId) continue;
    if (byIndicator.has(coding.indicator)) byIndicator.set(coding.indicator, { indicator: coding.indicator, score: coding.score, coding });
  }
  return byIndicator;
}

/** The highest non-NA score, or null when every score is NA. */
export function maxScore(scores: Iterable<IndicatorScore>): number | null {
  let best: number | null = null;
  for (const { score } of scores) if (score !== null && (best === null || score > best)) best = score;
  return best;
}
