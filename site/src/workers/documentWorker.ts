// Reads a source document (PDF, .docx, text) off the main thread: a 300-page PDF never freezes the page.
// pdf.js runs here, in this worker's own thread: loading its worker module makes it the one pdf.js uses.
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { DocumentError } from "../../../src/documents/documentError.ts";
import { readDocument } from "../../../src/documents/readDocument.ts";
import type { SourceDocument } from "../../../src/documents/sourceDocument.ts";

/** What the worker sends back: the document, or why it could not be read. */
export type DocumentMessage = { type: "done"; document: SourceDocument } | { type: "error"; message: string };

self.onmessage = async (event: MessageEvent<{ name: string; bytes: Uint8Array }>) => {
  const post = (message: DocumentMessage) => self.postMessage(message);
  try {
    post({ type: "done", document: await readDocument(event.data.name, event.data.bytes) });
  } catch (error) {
    post({
      type: "error",
      message: error instanceof DocumentError ? error.message : `${event.data.name}: ${String(error)}`,
    });
  }
};
