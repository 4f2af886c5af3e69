import { findQuote } from "../documents/findQuote.ts";
import type { SearchableText } from "../documents/searchableText.ts";
import { nearestPassage } from "../validate/checkEvidence.ts";
import type { DraftDocument } from "./codePassage.ts";
import type { DraftRow } from "./draft.ts";
import { isSourceOf, placeCodings } from "./placeCodings.ts";

/** The quotes of a draft checked against its opened documents. */
export interface DraftQuotes {
  /** The `framework/indicator` of every coding placed in the documents (`placeCodings`), with the documents it is placed in. */
  placed: Map<string, DraftDocument[]>;
  /** Each coding whose quote is not in the document of its source, with the passage nearest to the part not found. */
  missing: Array<{ row: DraftRow; document: DraftDocument; nearest: string }>;
}

/**
 * Checks every quote of a draft whose source is one of its opened documents
 * against that document, as the workbench does while a quote is typed: which
 * codings are placed (and can be shown in their documents) and which quotes
 * are not found (flagged, with the nearest passage). `searchableOf` gives a
 * document's searchable text (made once per document by the caller).
 */
export function draftQuotes(
  codings: readonly DraftRow[],
  opened: readonly DraftDocument[],
  searchableOf: (item: DraftDocument) => SearchableText,
): DraftQuotes {
  const placed = new Map<string, DraftDocument[]>();
  for (const item of opened)
    for (const passage of placeCodings(codings, item, searchableOf(item)))
      for (const row of passage.rows) {
        const documents = placed.get(`${row.framework}/${row.indicator}`) ?? [];
        if (!documents.includes(item)) documents.push(item);
        placed.set(`${row.framework}/${row.indicator}`, documents);
      }
  const missing: DraftQuotes["missing"] = [];
  for (const row of codings) {
    const item = opened.find((candidate) => isSourceOf(candidate.sourceId, row.source ?? ""));
    if (item === undefined || (row.evidence ?? "").trim() === "") continue;
    const place = findQuote(searchableOf(item), row.evidence!);
    if ("missing" in place)
      missing.push({ row, document: item, nearest: nearestPassage(item.document.text, place.missing) });
  }
  return { placed, missing };
}
