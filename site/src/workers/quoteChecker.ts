import type { QuoteAnswer, QuoteDocument, QuoteRequest } from "./quoteWorker.ts";

/** A quote to check, with the document (by its id in the draft) it should be in. */
export interface QuoteToCheck {
  document: QuoteDocument;
  quote: string;
}

/** Checks quotes against documents in a Web Worker of its own, made at the first check; see {@link quoteChecker}. */
export interface QuoteChecker {
  /**
   * Checks quotes, each against its document: for each, null when it is there, else the part not found and the
   * nearest passage; or null for the whole answer when a later check was asked before this one was answered.
   */
  check: (quotes: readonly QuoteToCheck[]) => Promise<QuoteAnswer["results"] | null>;
  /** Forgets a document (removed from the draft). */
  forget: (id: string) => void;
  /** Ends the worker; a later check starts another. */
  close: () => void;
}

/**
 * The quote checks of one documents panel, in a worker that keeps each document's searchable text between checks:
 * a document's text is sent to it once, at its first quote, and the page never prepares or searches a whole document.
 */
export function quoteChecker(): QuoteChecker {
  let worker: Worker | undefined;
  let sent = new Set<string>();
  let forgotten: string[] = [];
  let latest = 0;
  const waiting = new Map<number, (results: QuoteAnswer["results"] | null) => void>();
  const close = () => {
    worker?.terminate();
    worker = undefined;
    sent = new Set();
    forgotten = [];
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  const start = (): Worker => {
    const started = new Worker(new URL("./quoteWorker.ts", import.meta.url), { type: "module" });
    started.onmessage = (event: MessageEvent<QuoteAnswer>) => {
      const { request, results } = event.data;
      waiting.get(request)?.(request === latest ? results : null);
      waiting.delete(request);
    };
    // A worker that fails checks nothing: the checks asked are answered as superseded, the next one starts anew.
    started.onerror = close;
    return started;
  };
  return {
    check(quotes) {
      const request = ++latest;
      // Nothing to check needs no worker (and makes any answer still awaited a superseded one).
      if (quotes.length === 0) return Promise.resolve([]);
      worker ??= start();
      const documents: QuoteDocument[] = [];
      for (const { document } of quotes)
        if (!sent.has(document.id)) {
          sent.add(document.id);
          documents.push({
            id: document.id,
            document: { text: document.document.text, pageStarts: document.document.pageStarts },
          });
        }
      const message: QuoteRequest = {
        request,
        documents,
        forget: forgotten,
        quotes: quotes.map(({ document, quote }) => ({ documentId: document.id, quote })),
      };
      forgotten = [];
      const answer = new Promise<QuoteAnswer["results"] | null>((resolve) => waiting.set(request, resolve));
      worker.postMessage(message);
      return answer;
    },
    forget(id) {
      if (sent.delete(id)) forgotten.push(id);
    },
    close,
  };
}
