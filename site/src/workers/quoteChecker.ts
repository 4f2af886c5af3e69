import type { DraftDocument } from "../../../src/workbench/codePassage.ts";
import type { DraftRow } from "../../../src/workbench/draft.ts";
import type { QuoteAnswer, QuoteRequest } from "./quoteWorker.ts";

/** The quotes of a draft checked against its documents: {@link QuoteAnswer} with the draft's own rows and documents. */
export interface CheckedQuotes {
  /** The `framework/indicator` of every coding placed in a document, with the documents it is placed in. */
  placed: Map<string, DraftDocument[]>;
  /** Each coding whose quote is not in the document of its source, with the passage nearest to the part not found. */
  missing: Array<{ row: DraftRow; document: DraftDocument; nearest: string }>;
  /** Where a coding sits in a document, while its quote is the one checked; null if it was not placed there. */
  placeOf: (document: DraftDocument, row: DraftRow) => { start: number; end: number } | null;
}

/** Checks a draft's quotes in a Web Worker of its own, made at the first check; see {@link quoteChecker}. */
export interface QuoteChecker {
  /**
   * Checks the codings against the documents; null when a later check was asked before this one was answered.
   * Rejects, with the browser's reason, when the worker failed (the next check starts another).
   */
  check: (codings: readonly DraftRow[], documents: readonly DraftDocument[]) => Promise<CheckedQuotes | null>;
  /** Forgets a document (removed from the draft). */
  forget: (id: string) => void;
  /** Ends the worker; a later check starts another. */
  close: () => void;
}

/**
 * The quote checks of one documents panel (`draftQuotes` and `placeCodings`), in a worker that keeps each document's
 * searchable text between checks: a document's text is sent to it once, at its first check, and the page never
 * prepares or searches a whole document.
 */
export function quoteChecker(): QuoteChecker {
  let worker: Worker | undefined;
  let sent = new Set<string>();
  let forgotten: string[] = [];
  let latest = 0;
  const waiting = new Map<number, { resolve: (answer: QuoteAnswer | null) => void; reject: (error: Error) => void }>();
  /** Ends the worker; the checks still awaited are answered as superseded, or rejected with `error`. */
  const close = (error?: Error) => {
    worker?.terminate();
    worker = undefined;
    sent = new Set();
    forgotten = [];
    for (const { resolve, reject } of waiting.values())
      if (error === undefined) resolve(null);
      else reject(error);
    waiting.clear();
  };
  const start = (): Worker => {
    const started = new Worker(new URL("./quoteWorker.ts", import.meta.url), { type: "module" });
    started.onmessage = (event: MessageEvent<QuoteAnswer>) => {
      const answer = event.data;
      waiting.get(answer.request)?.resolve(answer.request === latest ? answer : null);
      waiting.delete(answer.request);
    };
    // A worker that fails (it could not load, or a check threw): the checks awaited are rejected with why, and the
    // next check starts another worker.
    started.onerror = (event) => {
      event.preventDefault();
      close(new Error(event.message || "the quote worker failed"));
    };
    return started;
  };
  return {
    async check(codings, documents) {
      const request = ++latest;
      const rows = [...codings];
      // Nothing to check against needs no worker (and makes any answer still awaited a superseded one).
      if (documents.length === 0) return { placed: new Map(), missing: [], placeOf: () => null };
      worker ??= start();
      const message: QuoteRequest = {
        request,
        open: documents.map((item) => item.id),
        documents: documents.filter((item) => !sent.has(item.id)),
        forget: forgotten,
        // The rows as they are now: a quote typed while the worker searches is checked by the next request.
        codings: rows.map((row) => ({ ...row })),
      };
      for (const item of message.documents) sent.add(item.id);
      forgotten = [];
      const answered = new Promise<QuoteAnswer | null>((resolve, reject) => waiting.set(request, { resolve, reject }));
      worker.postMessage(message);
      const answer = await answered;
      if (answer === null) return null;
      const byId = new Map(documents.map((item) => [item.id, item]));
      const quotes = rows.map((row) => row.evidence ?? "");
      const places = new Map(
        answer.places.map(({ documentId, codings: placed }) => [
          documentId,
          new Map(placed.map(([coding, start, end]) => [rows[coding]!, { start, end, quote: quotes[coding]! }])),
        ]),
      );
      return {
        placed: new Map(answer.placed.map(([key, ids]) => [key, ids.flatMap((id) => byId.get(id) ?? [])])),
        missing: answer.missing.map(({ coding, documentId, nearest }) => ({
          row: rows[coding]!,
          document: byId.get(documentId)!,
          nearest,
        })),
        placeOf: (document, row) => {
          const place = places.get(document.id)?.get(row);
          return place !== undefined && place.quote === (row.evidence ?? "") ? place : null;
        },
      };
    },
    forget(id) {
      if (sent.delete(id)) forgotten.push(id);
    },
    close: () => close(),
  };
}
