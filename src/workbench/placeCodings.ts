import { findQuote } from "../documents/findQuote.ts";
import { pageNumberLines } from "../documents/pageNumberLines.ts";
import { passageText } from "../documents/passageText.ts";
import { searchableText, type SearchableText } from "../documents/searchableText.ts";
import { passageOf, type DraftDocument } from "./codePassage.ts";
import type { DraftRow } from "./draft.ts";

/** A passage of a document and the codings placed on it (UTF-16 offsets, end exclusive). */
export interface PlacedPassage {
  start: number;
  end: number;
  rows: DraftRow[];
}

/**
 * Whether a coding's `source` names a document opened as `documentSource`:
 * the same id, or the same id once a file extension is taken from either
 * (`sources.csv` may say `000_x` or `000_x.txt` for the file `000_x.pdf`).
 * @example isSourceOf("000_x.pdf", "000_x.txt") // true
 */
export function isSourceOf(documentSource: string, codingSource: string): boolean {
  if (documentSource === "" || codingSource === "") return false;
  const stem = (id: string) => id.replace(/\.[A-Za-z]+$/, "");
  return documentSource === codingSource || stem(documentSource) === stem(codingSource);
}

/**
 * Where the codings of a draft sit in one of its documents, for
 * highlighting: a coding made by selecting a passage of this document at
 * the passage it was made from, while its quote is still that passage's
 * text; any other coding whose source is this document (imported from a
 * `.qdpx` or a dataset, made in a document since removed, or whose quote
 * was edited) where its quote is found
 * (`findQuote`: across line and page breaks and hyphenation). A quote that
 * is not found has no place (the workbench flags it). Codings sharing a
 * passage are listed together, passages in the order of the text.
 * `search` is the document's searchable text, if already made; or, where
 * the quotes are searched elsewhere (the workbench searches them in a Web
 * Worker, as preparing a long document takes longer than a page's task
 * may), a function that gives where a coding's quote was found (or null),
 * asked only for the codings not placed at their own passage.
 */
export function placeCodings(
  codings: readonly DraftRow[],
  opened: DraftDocument,
  search?: SearchableText | ((row: DraftRow) => { start: number; end: number } | null),
): PlacedPassage[] {
  const byPlace = new Map<string, PlacedPassage>();
  const place = (start: number, end: number, row: DraftRow) => {
    const key = `${start}:${end}`;
    const entry = byPlace.get(key) ?? { start, end, rows: [] };
    entry.rows.push(row);
    byPlace.set(key, entry);
  };
  for (const row of codings) {
    const quote = row.evidence ?? "";
    if (quote.trim() === "") continue;
    const stored = passageOf(row);
    const here = stored !== null && stored.documentId === opened.id;
    if (here && stored.end <= opened.document.text.length) {
      if (passageText(opened.document, stored.start, stored.end) === quote) {
        place(stored.start, stored.end, row);
        continue;
      }
    }
    if (!here && !isSourceOf(opened.sourceId, row.source ?? "")) continue;
    if (typeof search === "function") {
      const found = search(row);
      if (found !== null) place(found.start, found.end, row);
      continue;
    }
    search ??= searchableText(opened.document.text, pageNumberLines(opened.document));
    const found = findQuote(search, quote);
    if ("start" in found) place(found.start, found.end, row);
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Passages cut where they overlap, for marking them in the text: each
 * segment carries every coding whose passage covers it, so that a passage
 * inside another one, or overlapping it, keeps a mark of its own.
 * @example passageSegments([{ start: 0, end: 10, rows: [{ indicator: "a" }] }, { start: 5, end: 20, rows: [{ indicator: "b" }] }]).map((segment) => [segment.start, segment.end, segment.rows.length]) // [[0, 5, 1], [5, 10, 2], [10, 20, 1]]
 */
export function passageSegments(passages: readonly PlacedPassage[]): PlacedPassage[] {
  const cuts = [...new Set(passages.flatMap((passage) => [passage.start, passage.end]))].sort((a, b) => a - b);
  const segments: PlacedPassage[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const rows = passages
      .filter((passage) => passage.start <= start && passage.end >= end)
      .flatMap((passage) => passage.rows);
    if (rows.length > 0) segments.push({ start, end, rows });
  }
  return segments;
}

/**
 * What a document's marks show, as one string: drawn again only when it
 * changes (each segment's place, and its codings with their scores).
 * @example passagesSignature([{ start: 0, end: 5, rows: [{ framework: "f", indicator: "a", score: "2" }] }]) // "0:5:f/a=2"
 */
export function passagesSignature(passages: readonly PlacedPassage[]): string {
  return passages
    .map(
      ({ start, end, rows }) =>
        `${start}:${end}:${rows.map((row) => `${row.framework}/${row.indicator}=${row.score}`).join(",")}`,
    )
    .join(" ");
}
