import type { DocumentHeading, SourceDocument } from "./sourceDocument.ts";

/**
 * The page (from 1) an offset of a document's text falls on, or null for a
 * document without pages.
 * @example pageAt({ pageStarts: [0, 100, 250] }, 120) // 2
 */
export function pageAt(document: Pick<SourceDocument, "pageStarts">, offset: number): number | null {
  const starts = document.pageStarts;
  if (starts.length === 0) return null;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** The last heading at or before an offset, or null. */
export function headingAt(document: Pick<SourceDocument, "headings">, offset: number): DocumentHeading | null {
  let found: DocumentHeading | null = null;
  for (const heading of document.headings) {
    if (heading.offset > offset) break;
    found = heading;
  }
  return found;
}

/**
 * A locator for a passage, derived from the document: the page in a PDF
 * (`p. 12`, `pp. 12–13` across a page break), and the section the passage
 * is in where a heading was found: its number when it has one (`4.2.1`), or
 * its first words.
 * @example locatorOf({ pageStarts: [0, 100], headings: [{ offset: 90, text: "4.2 Budaya" }] }, 95, 130) // "pp. 1–2, 4.2"
 */
export function locatorOf(
  document: Pick<SourceDocument, "pageStarts" | "headings">,
  start: number,
  end: number,
): string {
  const first = pageAt(document, start);
  const last = pageAt(document, Math.max(start, end - 1));
  const page = first === null ? null : first === last ? `p. ${first}` : `pp. ${first}–${last}`;
  const heading = headingAt(document, start);
  const number = heading === null ? null : /^(?:\d{1,2}\.)*\d{1,2}(?=\.?\s)/.exec(heading.text)?.[0];
  const section =
    heading === null ? null : (number ?? (heading.text.length > 50 ? `${heading.text.slice(0, 49)}…` : heading.text));
  return [page, section].filter((part) => part !== null).join(", ");
}

/**
 * The pages a locator names (`p. 12`, `pp. 12–14`, `page 3`, `hlm. 5`,
 * `hal. 7`), as inclusive ranges; empty when it names none.
 * @example pagesNamed("4.2, pp. 12-13") // [[12, 13]]
 */
export function pagesNamed(locator: string): Array<[number, number]> {
  return [...locator.matchAll(/\b(?:pp?|pages?|hlm|hal)\.?\s*(\d+)(?:\s*[-–]\s*(\d+))?/gi)].map((match) => [
    Number(match[1]),
    Number(match[2] ?? match[1]),
  ]);
}
