// Checks the quotes of a draft against its source documents off the main thread, and finds where the codings that were
// not coded in a document sit in it: preparing a 300-page document's text for the search (`searchableText`) and
// finding the nearest passage of a quote that is not there each take longer than the page may spend in one task.
import { pageNumberLines } from "../../../src/documents/pageNumberLines.ts";
import { searchableText, type SearchableText } from "../../../src/documents/searchableText.ts";
import type { DraftDocument } from "../../../src/workbench/codePassage.ts";
import type { DraftRow } from "../../../src/workbench/draft.ts";
import { draftQuotes } from "../../../src/workbench/draftQuotes.ts";
import { placeCodings } from "../../../src/workbench/placeCodings.ts";

/**
 * What the page asks: the documents open in the draft (by id, in order), those of them not sent before, those to
 * forget, and the draft's codings as they are now.
 */
export interface QuoteRequest {
  request: number;
  open: string[];
  documents: DraftDocument[];
  forget: string[];
  codings: DraftRow[];
}

/**
 * The answer, codings by their index in the request: the `framework/indicator` of every coding placed in a document,
 * with the documents' ids; each quote not found in the document of its source, with the passage nearest to the part
 * not found; and, by document, where each coding placed in it sits (`placeCodings`).
 */
export interface QuoteAnswer {
  request: number;
  placed: Array<[key: string, documentIds: string[]]>;
  missing: Array<{ coding: number; documentId: string; nearest: string }>;
  places: Array<{ documentId: string; codings: Array<[coding: number, start: number, end: number]> }>;
}

const documents = new Map<string, { item: DraftDocument; searchable?: SearchableText }>();
/** A document's searchable text, made once, at its first use. */
const searchableOf = (item: DraftDocument): SearchableText => {
  const entry = documents.get(item.id)!;
  return (entry.searchable ??= searchableText(item.document.text, pageNumberLines(item.document)));
};

self.onmessage = (event: MessageEvent<QuoteRequest>) => {
  const { request, open, documents: added, forget, codings } = event.data;
  for (const id of forget) documents.delete(id);
  for (const item of added) documents.set(item.id, { item });
  const opened = open.flatMap((id) => documents.get(id)?.item ?? []);
  const { placed, missing } = draftQuotes(codings, opened, searchableOf);
  const answer: QuoteAnswer = {
    request,
    placed: [...placed].map(([key, items]) => [key, items.map((item) => item.id)]),
    missing: missing.map(({ row, document, nearest }) => ({
      coding: codings.indexOf(row),
      documentId: document.id,
      nearest,
    })),
    places: opened.map((item) => ({
      documentId: item.id,
      codings: placeCodings(codings, item, searchableOf(item)).flatMap(({ start, end, rows }) =>
        rows.map((row): [number, number, number] => [codings.indexOf(row), start, end]),
      ),
    })),
  };
  self.postMessage(answer);
};
