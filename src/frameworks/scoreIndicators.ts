import type { Coding } from "../dataset/types.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
import type { Indicator, IndicatorScore } from "./types.ts";

/** Per indicator list: positions by id, and the all-NA scores shared by every partnership nothing is coded for. */
const layouts = new WeakMap<
  readonly Indicator[],
  { position: Map<string, number>; notAssessed: readonly IndicatorScore[] }
>();

function layoutOf(indicators: readonly Indicator[]) {
  let layout = layouts.get(indicators);
  if (layout === undefined) {
    const notAssessed = Object.freeze(
      indicators.map((indicator): IndicatorScore => Object.freeze({ indicator: indicator.id, score: null })),
    );
    layouts.set(
      indicators,
      (layout = { position: new Map(indicators.map((indicator, index) => [indicator.id, index])), notAssessed }),
    );
  }
  return layout;
}

/**
 * Picks, for each indicator of a framework, the coding that scores it, in
 * the order of `indicators`. The codings must already be resolved to one per
 * indicator (see `resolveCodings`); an indicator nobody coded scores NA.
 * The list is read-only: when nothing is coded, every partnership shares
 * one frozen all-NA list (most partnerships are coded on few frameworks,
 * and on a million codings the allocations measured a second of scoring).
 */
export function scoreIndicators(
  frameworkId: string,
  indicators: readonly Indicator[],
  codings: readonly Coding[],
): readonly IndicatorScore[] {
  const { position, notAssessed } = layoutOf(indicators);
  let scores: IndicatorScore[] | undefined;
  for (const coding of codings) {
    if (coding.framework !== frameworkId) continue;
    const index = position.get(coding.indicator);
    if (index === undefined) continue;
    scores ??= notAssessed.slice();
    scores[index] = { indicator: coding.indicator, score: coding.score, coding };
  }
  return scores ?? notAssessed;
}

const keyedLists = new WeakMap<readonly IndicatorScore[], Readonly<Record<string, IndicatorScore>>>();

/** Indicator scores keyed by indicator id, in the framework's order (computed once for a shared all-NA list). */
export function byIndicator(scores: readonly IndicatorScore[]): Readonly<Record<string, IndicatorScore>> {
  const known = keyedLists.get(scores);
  if (known !== undefined) return known;
  const entries: Record<string, IndicatorScore> = {};
  for (const entry of scores) entries[entry.indicator] = entry;
  if (Object.isFrozen(scores)) keyedLists.set(scores, Object.freeze(entries));
  return entries;
}

/** A scored indicator as public JSON: the score and the evidence behind it. */
export function indicatorJson(entry: IndicatorScore) {
  return {
    indicator: entry.indicator,
    score: entry.score,
    coder: entry.coding?.coder ?? null,
    evidence: entry.coding?.evidence ?? null,
    evidence_kind: entry.coding?.evidence_kind ?? null,
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

/** The kinds of evidence behind the assessed (non-NA) scores, one per coding that gives its kind. */
export function evidenceKindsOf(scores: Iterable<IndicatorScore>): EvidenceKind[] {
  const kinds: EvidenceKind[] = [];
  for (const entry of scores)
    if (entry.score !== null && entry.coding?.evidence_kind) kinds.push(entry.coding.evidence_kind);
  return kinds;
}
