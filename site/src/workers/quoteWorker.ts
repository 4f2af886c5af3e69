// Checks the quotes of a draft against its source documents off the main thread: preparing a 300-page document's
// text for the search (`searchableText`) and finding the nearest passage of a quote that is not there each take
// longer than the page may spend in one task.
import { findQuote } from "../../../src/documents/findQuote.ts";
import { pageNumberLines } from "../../../src/documents/pageNumberLines.ts";
import { searchableText, type SearchableText } from "../../../src/documents/searchableText.ts";
import type { SourceDocument } from "../../../src/documents/sourceDocument.ts";
import { nearestPassage } from "../../../src/validate/checkEvidence.ts";

/** A document the worker is given once (by the id of the draft's document), and keeps until told to forget it. */
export interface QuoteDocument {
  id: string;
  document: Pick<SourceDocument, "text" | "pageStarts">;
}

/** What the page asks: documents not sent before, documents to forget, and the quotes to check (each in one document). */
export interface QuoteRequest {
  request: number;
  documents: QuoteDocument[];
  forget: string[];
  quotes: Array<{ documentId: string; quote: string }>;
}

/** For each quote asked, in order: null when it is in its document, else the part not found and the nearest passage. */
export interface QuoteAnswer {
  request: number;
  results: Array<{ missing: string; nearest: string } | null>;
}

const documents = new Map<string, { document: QuoteDocument["document"]; searchable?: SearchableText }>();

self.onmessage = (event: MessageEvent<QuoteRequest>) => {
  const { request, documents: added, forget, quotes } = event.data;
  for (const id of forget) documents.delete(id);
  for (const { id, document } of added) documents.set(id, { document });
  const results = quotes.map(({ documentId, quote }) => {
    const entry = documents.get(documentId);
    if (entry === undefined) return null;
    // The document as quotes are compared with it, made once, at its first quote.
    entry.searchable ??= searchableText(entry.document.text, pageNumberLines(entry.document));
    const place = findQuote(entry.searchable, quote);
    return "missing" in place
      ? { missing: place.missing, nearest: nearestPassage(entry.document.text, place.missing) }
      : null;
  });
  self.postMessage({ request, results } satisfies QuoteAnswer);
};
