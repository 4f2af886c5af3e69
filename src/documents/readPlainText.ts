import { decodeText } from "../dsv/decodeText.ts";
import { DocumentError } from "./documentError.ts";
import { findHeadings } from "./findHeadings.ts";
import type { SourceDocument } from "./sourceDocument.ts";

/**
 * A plain-text or Markdown source document from its bytes: UTF-8 (with or
 * without a byte-order mark) or UTF-16 with one, kept exactly as written
 * (line ends included), so that positions in it are those a QDA program
 * counts in the same file. Other encodings throw a `DocumentError` saying
 * how to re-save the file.
 * @example readPlainText(new TextEncoder().encode("# 1 Intro\nText"), "a.md", "markdown").headings // [{ offset: 0, text: "1 Intro" }]
 */
export function readPlainText(bytes: Uint8Array, name: string, format: "text" | "markdown"): SourceDocument {
  const decoded = decodeText(bytes, name);
  // A UTF-8 byte-order mark is not part of the text.
  if ("problem" in decoded)
    throw new DocumentError(
      "not-utf8",
      name,
      `${decoded.problem.message}; save it as UTF-8 text (in a text editor: "Save as", encoding UTF-8)`,
    );
  const text = decoded.text.replace(/^\uFEFF/, "");
  return { name, format, text, pageStarts: [], headings: findHeadings(text, format) };
}
