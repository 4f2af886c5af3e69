import type { Bilingual } from "../language.ts";
import type { Indicator, Scale } from "./types.ts";

/** 0 absent, 1 planned or only agreed on paper, 2 realised in activities. */
export const realisationScale: Scale = {
  id: "realisation-0-2",
  level: "ordinal",
  levels: [
    { value: 0, label: { id: "tidak ada", en: "absent" } },
    { value: 1, label: { id: "direncanakan / hanya di atas kertas", en: "planned or only agreed on paper" } },
    { value: 2, label: { id: "terlaksana dalam kegiatan", en: "realised in activities" } },
  ],
};

/** 0 not met, 1 partly met, 2 met: the Ringrose elements. */
export const fulfilmentScale: Scale = {
  id: "fulfilment-0-2",
  level: "ordinal",
  levels: [
    { value: 0, label: { id: "tidak terpenuhi", en: "not met" } },
    { value: 1, label: { id: "terpenuhi sebagian / di atas kertas", en: "partly met or met only on paper" } },
    { value: 2, label: { id: "terpenuhi", en: "met" } },
  ],
};

/** 0 absent, 1 present: checklists and classifications. */
export const presenceScale: Scale = {
  id: "presence-0-1",
  level: "nominal",
  levels: [
    { value: 0, label: { id: "tidak ada", en: "absent" } },
    { value: 1, label: { id: "ada", en: "present" } },
  ],
};

/** Lowest and highest values of a scale. */
export function scaleRange(scale: Scale): [number, number] {
  const values = scale.levels.map((level) => level.value);
  return [Math.min(...values), Math.max(...values)];
}

type AnchorTemplate = (name: Bilingual) => Bilingual;

/**
 * Builds indicators whose anchors follow one template per level, with the
 * indicator's name filled in; a framework can still override single anchors.
 */
export function indicatorsFromTemplate(
  templates: Record<number, AnchorTemplate>,
  specs: Array<{
    id: string;
    group?: string;
    name: Bilingual;
    definition: Bilingual;
    anchors?: Record<number, Bilingual>;
  }>,
): Indicator[] {
  return specs.map(({ anchors = {}, ...spec }) => {
    const filled: Record<number, Bilingual> = {};
    for (const [value, template] of Object.entries(templates))
      filled[Number(value)] = anchors[Number(value)] ?? template(spec.name);
    return { ...spec, anchors: filled };
  });
}

/**
 * The fuzzy-set membership of a score on a 0–2 scale, for QCA: 0 is fully
 * out (0), 2 fully in (1), and the middle score, planned or only on paper,
 * more out than in (0.33): never 0.5, the point of maximum ambiguity, where
 * a case belongs to no configuration. NA stays null.
 * @example scoreMembership(1) // 0.33
 */
export function scoreMembership(score: number | null): number | null {
  return score === null ? null : score >= 2 ? 1 : score >= 1 ? 0.33 : 0;
}
