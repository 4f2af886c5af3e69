import type { Coding } from "../dataset/types.ts";
import type { Indicator, IndicatorScore } from "./types.ts";

/**
 * Per indicator list: its positions, and a frozen NA entry per indicator
 * (shared: results are read-only), as a frozen list to share and a plain one
 * to copy: V8 copies a frozen array some forty times more slowly.
 */
const layouts = new WeakMap<Indicator[], { position: Map<string, number>; notAssessed: IndicatorScore[]; template: IndicatorScore[] }>();

function layoutOf(indicators: Indicator[]) {
  let layout = layouts.get(indicators);
  if (layout === undefined) {
    const template = indicators.map((indicator): IndicatorScore => Object.freeze({ indicator: indicator.id, score: null }));
    layout = {
      position: new Map(indicators.map((indicator, index) => [indicator.id, index])),
      notAssessed: Object.freeze(template.slice()) as IndicatorScore[],
      template,
    };
    layouts.set(indicators, layout);
  }
  return layout;
}

/**
 * Picks, for each indicator of a framework, the coding that scores it, in
 * the order of `indicators`. The codings must already be resolved to one per
 * indicator (see `resolveCodings`); an indicator nobody coded scores NA.
 * The result is read-only: when nothing is coded it is one shared, frozen list.
 */
export function scoreIndicators(frameworkId: string, indicators: Indicator[], codings: Coding[]): IndicatorScore[] {
  const { position, notAssessed, template } = layoutOf(indicators);
  let scores: IndicatorScore[] | undefined;
  for (const coding of codings) {
    if (coding.framework !== frameworkId) continue;
    const index = position.get(coding.indicator);
    if (index === undefined) continue;
    scores ??= template.slice();
    scores[index] = { indicator: coding.indicator, score: coding.score, coding };
  }
  // Nothing coded (common: most partnerships are coded on a few frameworks): the shared, frozen all-NA list.
  return scores ?? notAssessed;
}

const keyedLists = new WeakMap<IndicatorScore[], Readonly<Record<string, IndicatorScore>>>();

/** Indicator scores keyed by indicator id, in the framework's order (one shared, frozen object for a shared all-NA list). */
export function byIndicator(scores: IndicatorScore[]): Record<string, IndicatorScore> {
  const shared = Object.isFrozen(scores);
  const known = shared ? keyedLists.get(scores) : undefined;
  if (known !== undefined) return known;
  const entries: Record<string, IndicatorScore> = {};
  for (const entry of scores) entries[entry.indicator] = entry;
  if (shared) keyedLists.set(scores, Object.freeze(entries));
  return entries;
}
