import type { DatasetTexts } from "../dataset/readDataset.ts";
import { RESOURCES } from "../dataset/schemas.ts";
import { formatCsv } from "../format/formatCsv.ts";
import { fieldsOf, filesToTexts, type DatasetFiles, type Draft, type DraftRow } from "./draft.ts";
import { draftsFromTexts, readRawRows } from "./readDraftRows.ts";

/** Where the imported codings of partnerships the import does not itself hold went. */
export interface KnownPartnershipCodings {
  /** One draft per partnership and coder: the known partnership's fields, with the imported codings. */
  drafts: Draft[];
  /** How many imported codings the drafts hold. */
  placed: number;
  /** The partnerships (ids) of the drafts. */
  partnerships: string[];
  /** The partnerships (ids) of imported codings found neither in the import nor in the known data, with how many codings each. */
  unknown: Record<string, number>;
}

const rowsOf = (texts: DatasetTexts, resource: "partnerships" | "codings" | "sources"): DraftRow[] => {
  const entry = texts.resources[resource];
  return entry === undefined ? [] : readRawRows(entry.text, entry.file).map((row) => row.cells);
};

const csv = (resource: "partnerships" | "codings" | "sources", rows: readonly DraftRow[]) => {
  const fields = fieldsOf(resource);
  return formatCsv(
    fields,
    rows.map((row) => fields.map((field) => row[field] ?? "")),
    { escapeFormulae: false },
  );
};

/**
 * Imported codings of a partnership the import does not hold (codings.csv
 * imported alone, for a partnership of the shipped data): the site's pages
 * show each partnership's published codings only, so these are opened as
 * workbench drafts (one per partnership and coder, with the known
 * partnership's fields and every source of both), where they are scored,
 * exported and offered to the agreement page. Codings of a partnership
 * found nowhere are counted by partnership, to be reported.
 *
 * @example codingsOfKnownPartnerships({ "codings.csv": "partnership,framework,indicator,score,coder\nnowhere,three-layers,investment,1,ana\n" }, {}, (i) => `d${i}`, "2026-01-01").unknown
 * // { nowhere: 1 }
 */
export function codingsOfKnownPartnerships(
  imported: DatasetFiles,
  known: DatasetFiles,
  makeId: (index: number) => string,
  now: string,
): KnownPartnershipCodings {
  const importedTexts = filesToTexts(imported);
  const knownTexts = filesToTexts(known);
  const own = new Set(rowsOf(importedTexts, "partnerships").map((row) => row.id ?? ""));
  const knownPartnerships = new Map(rowsOf(knownTexts, "partnerships").map((row) => [row.id ?? "", row]));
  const foreign = rowsOf(importedTexts, "codings").filter((row) => !own.has(row.partnership ?? ""));
  const unknown: Record<string, number> = {};
  const placedRows: DraftRow[] = [];
  for (const row of foreign) {
    const id = row.partnership ?? "";
    if (knownPartnerships.has(id)) placedRows.push(row);
    else unknown[id] = (unknown[id] ?? 0) + 1;
  }
  const partnerships = [...new Set(placedRows.map((row) => row.partnership ?? ""))];
  if (placedRows.length === 0) return { drafts: [], placed: 0, partnerships: [], unknown };
  // The sources of both, each id once (the imported one first: it is what the codings cite).
  const sources = new Map<string, DraftRow>();
  for (const row of [...rowsOf(importedTexts, "sources"), ...rowsOf(knownTexts, "sources")])
    if (!sources.has(row.id ?? "")) sources.set(row.id ?? "", row);
  const texts: DatasetTexts = {
    resources: {
      partnerships: {
        file: RESOURCES.partnerships.path,
        text: csv(
          "partnerships",
          partnerships.map((id) => knownPartnerships.get(id)!),
        ),
      },
      codings: { file: RESOURCES.codings.path, text: csv("codings", placedRows) },
      sources: { file: RESOURCES.sources.path, text: csv("sources", [...sources.values()]) },
    },
  };
  return { drafts: draftsFromTexts(texts, makeId, now), placed: placedRows.length, partnerships, unknown };
}
