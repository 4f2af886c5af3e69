import type { Dataset } from "../dataset/types.ts";
import { ELEMENT_ORDER, ringrose } from "../frameworks/ringrose.ts";
import { LAYER_ORDER, layers } from "../frameworks/threeLayers.ts";
import type { Bilingual } from "../language.ts";
import type { PartnershipScore } from "../score/scoreDataset.ts";

/** One measure of a partnership that the frameworks produce, for comparisons across partnerships. */
export interface PartnershipMeasure {
  /** Short name, as the CLI, CSV and JSON write it. */
  id: string;
  label: Bilingual;
  /** How the values read: an ordinal score, a share (0–1) or a count. */
  kind: "ordinal" | "share" | "count";
  /** The partnership's value; null when the frameworks cannot assess it (NA, never 0). */
  value: (score: PartnershipScore, events: number) => number | null;
}

const withoutBrackets = (text: string) => text.replace(/ \(.*\)$/, "");

/**
 * The partnership-level measures the frameworks produce, in order: each of
 * Lecours' three layers (0–2), each of Ringrose's five elements (0–2), the
 * stage reached as its position in the procedure (1–9), the implementation
 * rate (realised of planned) and the number of recorded events. NA stays
 * null: a measure the sources are silent on never counts as 0.
 *
 * @example PARTNERSHIP_MEASURES.map((measure) => measure.id).length // 11
 */
export const PARTNERSHIP_MEASURES: readonly PartnershipMeasure[] = [
  ...LAYER_ORDER.map((layer): PartnershipMeasure => ({
    id: `layer_${layer}`,
    // "Layer 2: multidimensional", without the fields in brackets, to fit on a chart's axis.
    label: { id: withoutBrackets(layers.labels[layer].id), en: withoutBrackets(layers.labels[layer].en) },
    kind: "ordinal",
    value: (score) => score["three-layers"].layers[layer].score,
  })),
  ...ELEMENT_ORDER.map((element): PartnershipMeasure => ({
    id: element,
    label: ringrose.indicators.find((indicator) => indicator.id === element)!.name,
    kind: "ordinal",
    value: (score) => score.ringrose.elements[element].score,
  })),
  {
    id: "stage_reached",
    label: { id: "Tahap yang dicapai (1–9)", en: "Stage reached (1–9)" },
    kind: "ordinal",
    value: (score) => score.stage.reachedIndex,
  },
  {
    id: "implementation_rate",
    label: { id: "Tingkat pelaksanaan", en: "Implementation rate" },
    kind: "share",
    value: (score) => score.implementation.rate,
  },
  {
    id: "events",
    label: { id: "Peristiwa yang tercatat", en: "Recorded events" },
    kind: "count",
    value: (_, events) => events,
  },
];

/** Measures by partnership: `values[m][i]` is measure m of partnership `ids[i]` (null for NA). */
export interface MeasureTable {
  ids: string[];
  measures: Array<{ id: string; label: Bilingual; values: Array<number | null> }>;
}

/**
 * The measures of every scored partnership, one column per measure. The
 * events are counted from the dataset's events.csv, whatever their status.
 *
 * @example measureTable({events: []}, []).measures[0].id // "layer_economic"
 */
export function measureTable(
  dataset: Pick<Dataset, "events">,
  scores: readonly PartnershipScore[],
  measures: readonly PartnershipMeasure[] = PARTNERSHIP_MEASURES,
): MeasureTable {
  const events = new Map<string, number>();
  for (const event of dataset.events) events.set(event.partnership, (events.get(event.partnership) ?? 0) + 1);
  return {
    ids: scores.map((score) => score.id),
    measures: measures.map((measure) => ({
      id: measure.id,
      label: measure.label,
      values: scores.map((score) => measure.value(score, events.get(score.id) ?? 0)),
    })),
  };
}
