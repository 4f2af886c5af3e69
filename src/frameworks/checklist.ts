import { presenceScale } from "./scales.ts";
import { byIndicator, scoreIndicators } from "./scoreIndicators.ts";
import type { Framework, FrameworkMetadata, IndicatorScore, PartnershipInput } from "./types.ts";

export interface ChecklistResult {
  /** Items coded present (1), in the framework's order. */
  present: string[];
  /** Items coded absent (0). */
  absent: string[];
  /** Items the source is silent on (NA). */
  notAssessed: string[];
  items: Record<string, IndicatorScore>;
}

/**
 * Makes a checklist or classification framework: every item is coded
 * present (1), absent (0) or NA, and the result lists each group.
 */
export function checklistFramework(metadata: Omit<FrameworkMetadata, "scale" | "reads">): Framework<ChecklistResult> {
  let nothingCoded: ChecklistResult | undefined;
  return {
    ...metadata,
    reads: ["codings"],
    scale: presenceScale,
    score(input: PartnershipInput): ChecklistResult {
      const scores = scoreIndicators(metadata.id, metadata.indicators, input.codings);
      // Nothing coded: one shared, frozen result, since most partnerships are not coded on every checklist.
      if (Object.isFrozen(scores)) return (nothingCoded ??= deepFreeze(tally(scores)));
      return tally(scores);
    },
  };
}

function tally(scores: IndicatorScore[]): ChecklistResult {
  const result: ChecklistResult = { present: [], absent: [], notAssessed: [], items: byIndicator(scores) };
  for (const entry of scores) {
    if (entry.score === null) result.notAssessed.push(entry.indicator);
    else if (entry.score > 0) result.present.push(entry.indicator);
    else result.absent.push(entry.indicator);
  }
  return result;
}

function deepFreeze(result: ChecklistResult): ChecklistResult {
  Object.freeze(result.present);
  Object.freeze(result.absent);
  Object.freeze(result.notAssessed);
  return Object.freeze(result);
}

/** Anchors shared by checklist items: 0 absent, 1 present, with the item's name. */
export function presenceAnchors(name: { id: string; en: string }) {
  return {
    0: { id: `Sumber menyatakan ${name.id} tidak ada atau tidak berlaku.`, en: `The source states that ${name.en} does not apply.` },
    1: { id: `Sumber menyebut ${name.id} secara eksplisit untuk kerja sama ini.`, en: `The source explicitly names ${name.en} for this partnership.` },
  };
}
