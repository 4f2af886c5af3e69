import {
  eventFields,
  eventStages,
  eventStatuses,
  evidenceKinds,
  localGovernmentLevels,
  partnerLevels,
  partnershipKinds,
  partnershipStatuses,
  sourceTypes,
} from "../dataset/vocabularies.ts";
import { frameworks } from "./registry.ts";
import { stages } from "./stage.ts";
import { layers, layerStatuses } from "./threeLayers.ts";
import { vocabulary, type Bilingual, type Language, type Vocabulary } from "../language.ts";

/** The frameworks' indicators by id, with their names (an id two frameworks share has the same name in both). */
const indicatorNames = vocabulary(
  Object.fromEntries(
    Object.values(frameworks).flatMap((framework) =>
      framework.indicators.map((indicator): [string, Bilingual] => [indicator.id, indicator.name]),
    ),
  ),
);

/**
 * The vocabularies of the coded columns, by the column's name as the
 * dataset's files and the charts' data tables call it: the one place that
 * says which words a code in a table stands for. A column with two
 * vocabularies (`status`: an event's or a partnership's or a layer's) reads
 * a code from the first that has it.
 */
export const CODED_COLUMNS: Readonly<Record<string, readonly Vocabulary<string>[]>> = {
  kind: [partnershipKinds],
  status: [eventStatuses, partnershipStatuses, layerStatuses],
  stage: [eventStages, stages],
  evidence_kind: [evidenceKinds],
  field: [eventFields],
  local_government_level: [localGovernmentLevels],
  partner_level: [partnerLevels],
  layer: [layers],
  type: [sourceTypes],
  indicator: [indicatorNames],
  element: [indicatorNames],
};

/**
 * A data code as a reader sees it, in the given language: the label of its
 * column's vocabulary, or the value as written (a name, a number, a column
 * without a vocabulary, a code outside it).
 * @example codeLabel("kind", "sister-city", "id") // "kota kembar"
 * @example codeLabel("status", "planned", "en") // "planned"
 * @example codeLabel("status", "active", "id") // "aktif"
 * @example codeLabel("indicator", "smes_startups", "en") // "SMEs and start-ups"
 * @example codeLabel("partnership", "bandung-liuzhou", "id") // "bandung-liuzhou"
 */
export function codeLabel(column: string, value: string, language: Language): string {
  for (const vocabulary of CODED_COLUMNS[column] ?? []) {
    const label = (vocabulary.labels as Partial<Record<string, Bilingual>>)[value];
    if (label !== undefined) return label[language];
  }
  return value;
}
