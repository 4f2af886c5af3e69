import { parseDelimited } from "../dsv/parseDelimited.ts";
import { RESOURCE_NAMES, RESOURCES, type ResourceName } from "../dataset/schemas.ts";
import type { DatasetTexts } from "../dataset/readDataset.ts";
import { newDraft, type Draft, type DraftRow } from "./draft.ts";

/** The rows of a CSV text exactly as written: each cell's text by column name, with each row's spreadsheet row number. */
export function readRawRows(text: string, file: string): Array<{ row: number; cells: DraftRow }> {
  let header: string[] = [];
  const rows: Array<{ row: number; cells: DraftRow }> = [];
  parseDelimited(text, file, {
    onHeader: (names) => void (header = names),
    onRecord(cells, row, broken) {
      if (broken) return;
      rows.push({ row, cells: Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])) });
    },
  });
  return rows;
}

/**
 * Turns a dataset's texts into drafts, one per partnership and coder, each
 * with the partnership's registry fields, its events, that coder's codings
 * (and their portfolio codings of its local government, with `scope:
 * "portfolio"`) and every source of the dataset (its shared bibliography). Cells are kept
 * exactly as written, so `draftFiles` gives the same files back. `makeId`
 * gives each draft its id.
 */
export function draftsFromTexts(texts: DatasetTexts, makeId: (index: number) => string, now: string): Draft[] {
  const rows = Object.fromEntries(
    RESOURCE_NAMES.map((resource) => {
      const entry = texts.resources[resource];
      return [resource, entry === undefined ? [] : readRawRows(entry.text, entry.file).map((row) => row.cells)];
    }),
  ) as Record<ResourceName, DraftRow[]>;
  const drafts: Draft[] = [];
  const strip = (row: DraftRow, ...fields: string[]) => {
    const copy = { ...row };
    for (const field of fields) delete copy[field];
    return copy;
  };
  const known = new Set(RESOURCES.codings.schema.fields.map((field) => field.name));
  for (const partnership of rows.partnerships) {
    const id = partnership.id ?? "";
    const events = rows.events.filter((event) => event.partnership === id).map((event) => strip(event, "partnership"));
    const codings = rows.codings.filter((coding) => coding.partnership === id);
    const coders = [...new Set(codings.map((coding) => coding.coder ?? ""))];
    for (const coder of coders.length === 0 ? [""] : coders) {
      const draft = newDraft(makeId(drafts.length), coder, now, id);
      draft.partnership = partnership;
      draft.events = events.map((event) => ({ ...event }));
      const portfolio = rows.portfolio_codings
        .filter((coding) => coding.local_government === partnership.local_government && (coding.coder ?? "") === coder)
        .map((coding) => ({
          ...Object.fromEntries(
            Object.entries(strip(coding, "local_government", "coder")).filter(([field]) => known.has(field)),
          ),
          scope: "portfolio",
        }));
      draft.codings = codings
        .filter((coding) => (coding.coder ?? "") === coder)
        .map((coding) =>
          Object.fromEntries(
            Object.entries(strip(coding, "partnership", "coder")).filter(([field]) => known.has(field)),
          ),
        );
      draft.codings.push(...portfolio);
      draft.sources = rows.sources.map((source) => ({ ...source }));
      draft.name = coder === "" ? id : `${id} (${coder})`;
      drafts.push(draft);
    }
  }
  return drafts;
}
