import type { Coding } from "../dataset/types.ts";
import type { Indicator, IndicatorScore } from "./types.ts";

/** Per indicator list: its positions, and a frozen NA entry per indicator (shared: results are read-only). */
const layouts = new WeakMap<Indicator[], { position: Map<string, number>; notAssessed: IndicatorScore[] }>();

function layoutOf(indicators: Indicator[]) {
  let layout = layouts.get(indicators);
  if (layout === undefined) {
    layout = {
      position: new Map(indicators.map((indicator, index) => [indicator.id, index])),
      notAssessed: indicators.map((indicator) => Object.freeze({ indicator: indicator.id, score: null })),
    };
    layouts.set(indicators, layout);
  }
  return layout;
}

/**
 * Picks, for each indicator of a framework, the coding that scores it, in
 * the order of `indicators`. The codings must already be resolved to one per
 * indicator (see `resolveCodings`); an indicator nobody coded scores NA.
 */
export function scoreIndicators(frameworkId: string, indicators: Indicator[], codings: Coding[]): IndicatorScore[] {
  const { position, notAssessed } = layoutOf(indicators);
  const scores = notAssessed.slice();
  for (const coding of codings) {
    if (coding.framework !== frameworkId) continue;
    const index = position.get(coding.indicator);
    if (index !== undefined) scores[index] = { indicator: coding.indicator, score: coding.score, coding };
  }
  return scores;
}

/** The highest non-NA score, or null when every score is NA. */
export function maxScore(scores: Iterable<IndicatorScore>): number | null {
  let best: number | null = null;
  for (const { score } of scores) if (score !== null && (best === null || score > best)) best = score;
  return best;
}
