import type { Bilingual } from "../language.ts";
import { presenceScale } from "./scales.ts";
import { assessedCount, byIndicator, evidenceKindsOf, indicatorJson, scoreIndicators } from "./scoreIndicators.ts";
import type { Framework, NoOptions, FrameworkMetadata, Indicator, IndicatorScore, PartnershipInput } from "./types.ts";

/** Read-only: partnerships with nothing coded share one result. */
export interface ChecklistResult {
  /** Items coded present (1), in the framework's order. */
  readonly present: readonly string[];
  /** Items coded absent (0). */
  readonly absent: readonly string[];
  /** Items the source is silent on (NA). */
  readonly notAssessed: readonly string[];
  readonly items: Readonly<Record<string, IndicatorScore>>;
}

export interface ChecklistAggregate {
  /** Items present in at least one partnership, in the framework's order. */
  present: string[];
  /** For each item present somewhere, the partnerships it is present in. */
  presentIn: Record<string, string[]>;
  /** Partnerships with at least one item assessed. */
  assessedIn: number;
}

/** Anchors shared by checklist items: 0 absent, 1 present, with the item's name. */
export function presenceAnchors(name: Bilingual) {
  return {
    0: {
      id: `Sumber menyatakan ${name.id} tidak ada atau tidak berlaku.`,
      en: `The source states that ${name.en} does not apply.`,
    },
    1: {
      id: `Sumber menyebut ${name.id} secara eksplisit untuk kerja sama ini.`,
      en: `The source explicitly names ${name.en} for this partnership.`,
    },
  };
}

/** A checklist item: coded 1 when the source names it for the partnership, 0 when it says it does not apply. */
export function presenceItem(id: string, name: Bilingual, definition: Bilingual): Indicator {
  return { id, name, definition, anchors: presenceAnchors(name) };
}

const isAssessed = (result: ChecklistResult) => result.present.length + result.absent.length > 0;

/**
 * Makes a checklist or classification framework: every item is coded
 * present (1), absent (0) or NA, and the result lists each group. Its
 * summary column lists the items present ("none" when every assessed item is
 * absent, NA when none is assessed), with a count of items assessed.
 */
export function checklistFramework(
  metadata: Omit<FrameworkMetadata, "scale" | "reads">,
): Framework<ChecklistResult, NoOptions, ChecklistAggregate> {
  const { id, name } = metadata;
  let nothingCoded: ChecklistResult | undefined;
  return {
    ...metadata,
    reads: ["codings"],
    scale: presenceScale,
    options: {},
    score(input: PartnershipInput): ChecklistResult {
      const scores = scoreIndicators(id, metadata.indicators, input.codings);
      // Nothing coded: the shared all-NA list gives one shared, frozen result.
      if (Object.isFrozen(scores) && nothingCoded !== undefined) return nothingCoded;
      const present: string[] = [];
      const absent: string[] = [];
      const notAssessed: string[] = [];
      for (const entry of scores)
        (entry.score === null ? notAssessed : entry.score > 0 ? present : absent).push(entry.indicator);
      const result: ChecklistResult = { present, absent, notAssessed, items: byIndicator(scores) };
      if (!Object.isFrozen(scores)) return result;
      return (nothingCoded = Object.freeze({
        ...result,
        present: Object.freeze(present),
        absent: Object.freeze(absent),
        notAssessed: Object.freeze(notAssessed),
      }));
    },
    isAssessed,
    evidenceKinds: (result) => evidenceKindsOf(Object.values(result.items)),
    headline(result, language) {
      if (!isAssessed(result)) return null;
      const names = result.present.map(
        (item) => metadata.indicators.find((indicator) => indicator.id === item)?.name[language] ?? item,
      );
      return names.length > 0 ? names.join(", ") : language === "id" ? "tidak ada" : "none";
    },
    toJson: (result) => ({
      present: result.present,
      absent: result.absent,
      notAssessed: result.notAssessed,
      items: Object.values(result.items).map(indicatorJson),
    }),
    columns: [
      {
        name: id,
        description: { id: `${name.id}: butir yang ada`, en: `${name.en}: items present` },
        value: (result) => (isAssessed(result) ? result.present.join(" ") || "none" : null),
      },
      {
        name: `${id}_assessed`,
        description: { id: `${name.id}: jumlah butir yang dinilai`, en: `${name.en}: number of items assessed` },
        value: (result) => assessedCount(Object.values(result.items)),
      },
    ],
    aggregate(members) {
      const presentIn: Record<string, string[]> = {};
      for (const indicator of metadata.indicators) {
        const partnerships = members
          .filter((member) => member.result.present.includes(indicator.id))
          .map((member) => member.id);
        if (partnerships.length > 0) presentIn[indicator.id] = partnerships;
      }
      return {
        present: Object.keys(presentIn),
        presentIn,
        assessedIn: members.filter((member) => isAssessed(member.result)).length,
      };
    },
    aggregateColumns: [
      {
        name: id,
        description: {
          id: `${name.id}: butir yang ada di sedikitnya satu kerja sama`,
          en: `${name.en}: items present in at least one partnership`,
        },
        value: (aggregate) => (aggregate.assessedIn > 0 ? aggregate.present.join(" ") || "none" : null),
      },
    ],
  };
}
