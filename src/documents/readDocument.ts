import { documentFormat } from "./documentFormat.ts";
import { readDocx } from "./readDocx.ts";
import { readPdf } from "./readPdf.ts";
import { readPlainText } from "./readPlainText.ts";
import type { SourceDocument } from "./sourceDocument.ts";

/**
 * A source document from its file name and bytes, in whichever format its
 * name says (plain text, Markdown, PDF or .docx): its plain-text
 * representation, its pages and headings. The same in Node, in the browser
 * and in a Web Worker. A file that cannot be read throws a `DocumentError`
 * (an unknown format, a scanned or password-protected PDF, a damaged file),
 * whose message says what to do.
 * @example (await readDocument("a.txt", new TextEncoder().encode("Kerja sama"))).text // "Kerja sama"
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  const format = documentFormat(name);
  switch (format) {
    case "text":
    case "markdown":
      return readPlainText(bytes, name, format);
    case "pdf":
      return readPdf(bytes, name);
    case "docx":
      return readDocx(bytes, name);
  }
}
