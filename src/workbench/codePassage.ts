import { locatorOf } from "../documents/locate.ts";
import { passageText } from "../documents/passageText.ts";
import type { SourceDocument } from "../documents/sourceDocument.ts";
import { emptyRow, type Draft, type DraftRow } from "./draft.ts";

/** A source document opened in a draft: the document as read, the source id it stands for, and its file's size. */
export interface DraftDocument {
  /** The document's own id in the browser's storage. */
  id: string;
  /** The draft it belongs to. */
  draftId: string;
  /** The source id in sources.csv: the file's name, as the sources folder would hold it. */
  sourceId: string;
  /** The file's size in bytes. */
  size: number;
  document: SourceDocument;
}

/** Where a coding's quote sits in a draft document: `documentId:start:end` (UTF-16 offsets, end exclusive), kept in the row's `passage`. */
export function passageOf(row: DraftRow): { documentId: string; start: number; end: number } | null {
  const match = /^(.+):(\d+):(\d+)$/.exec(row.passage ?? "");
  return match === null ? null : { documentId: match[1]!, start: Number(match[2]), end: Number(match[3]) };
}

/**
 * Codes a passage of a draft's document with an indicator: the indicator's
 * coding row (made if the draft has none) gets the passage's text as its
 * quote, the document's source, the locator derived from the passage (page,
 * section) and the passage's place; the source gets a row in the draft's
 * sources if it has none (its title the file's name, to be completed). The
 * score stays as it was, for the researcher to choose with its anchors.
 * Returns the coding row. Mutates the draft, as the workbench's editors do.
 * For example, `codePassage(draft, opened, 10, 30, "three-layers", "culture").evidence` is the opened document's
 * text from code point 10 to 30.
 */
export function codePassage(
  draft: Draft,
  opened: DraftDocument,
  start: number,
  end: number,
  framework: string,
  indicator: string,
): DraftRow {
  let row = draft.codings.find((coding) => coding.framework === framework && coding.indicator === indicator);
  if (row === undefined) {
    row = emptyRow("codings", { framework, indicator });
    delete row.partnership;
    delete row.coder;
    draft.codings.push(row);
  }
  row.evidence = passageText(opened.document, start, end);
  row.source = opened.sourceId;
  row.locator = locatorOf(opened.document, start, end);
  row.passage = `${opened.id}:${start}:${end}`;
  if (!draft.sources.some((source) => source.id === opened.sourceId))
    draft.sources.push(emptyRow("sources", { id: opened.sourceId, type: "other", title: opened.document.name }));
  return row;
}

/**
 * The codings of a draft whose passages lie in a document, with their
 * places, for highlighting: several codings may share one passage.
 */
export function codedPassages(
  draft: Pick<Draft, "codings">,
  documentId: string,
): Array<{ start: number; end: number; rows: DraftRow[] }> {
  const byPlace = new Map<string, { start: number; end: number; rows: DraftRow[] }>();
  for (const row of draft.codings) {
    const passage = passageOf(row);
    if (passage === null || passage.documentId !== documentId) continue;
    const key = `${passage.start}:${passage.end}`;
    const entry = byPlace.get(key) ?? { start: passage.start, end: passage.end, rows: [] };
    entry.rows.push(row);
    byPlace.set(key, entry);
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
