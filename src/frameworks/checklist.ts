import { presenceScale } from "./scales.ts";
import { scoreIndicators } from "./scoreIndicators.ts";
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
  return {
    ...metadata,
    reads: ["codings"],
    scale: presenceScale,
    score(input: PartnershipInput): ChecklistResult {
      const scores = scoreIndicators(metadata.id, metadata.indicators, input.codings);
      const result: ChecklistResult = { present: [], absent: [], notAssessed: [], items: {} };
      for (const [position, indicator] of metadata.indicators.entries()) {
        const entry = scores[position]!;
        result.items[indicator.id] = entry;
        if (entry.score === null) result.notAssessed.push(indicator.id);
        else if (entry.score > 0) result.present.push(indicator.id);
        else result.absent.push(indicator.id);
      }
      return result;
    },
  };
}

/** Anchors shared by checklist items: 0 absent, 1 present, with the item's name. */
export function presenceAnchors(name: { id: string; en: string }) {
  return {
    0: { id: `Sumber menyatakan ${name.id} tidak ada atau tidak berlaku.`, en: `The source states that ${name.en} does not apply.` },
    1: { id: `Sumber menyebut ${name.id} secara eksplisit untuk kerja sama ini.`, en: `The source explicitly names ${name.en} for this partnership.` },
  };
}
