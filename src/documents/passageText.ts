import { pageNumberLines } from "./pageNumberLines.ts";
import type { SourceDocument } from "./sourceDocument.ts";

/**
 * The text of a passage as a quote: as the document has it (line breaks
 * kept, so that a word hyphenated at a line end is found again), without
 * the page numbers a passage across a page break runs over, and a page
 * break (form feed, which the format's text cannot hold) as a line break.
 * @example passageText({ text: "acara-\n1\facara budaya", pageStarts: [0, 9] }, 0, 14) // "acara-\n\nacara"
 */
export function passageText(document: Pick<SourceDocument, "text" | "pageStarts">, start: number, end: number): string {
  let quote = "";
  let at = start;
  for (const [from, to] of pageNumberLines(document)) {
    if (to <= at || from >= end) continue;
    quote += document.text.slice(at, Math.max(at, from));
    at = Math.min(end, to);
  }
  return (quote + document.text.slice(at, end)).replace(/[\f\v]/g, "\n");
}
