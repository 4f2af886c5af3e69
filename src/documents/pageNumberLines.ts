import type { SourceDocument } from "./sourceDocument.ts";

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page|hal(?:aman)?\.?|hlm\.?)?\s*\d{1,4}\s*(?:[-–—]\s*)?(?:\/\s*\d{1,4})?\s*$/i;

/** The first line of `text` from `start` to `end` (exclusive) that is not blank, as [start, end), or undefined. */
function firstLine(text: string, start: number, end: number): [number, number] | undefined {
  for (let lineStart = start; lineStart <= end;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    if (text.slice(lineStart, lineEnd).trim() !== "") return [lineStart, lineEnd];
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** The last line of `text` from `start` to `end` (exclusive) that is not blank, as [start, end), or undefined. */
function lastLine(text: string, start: number, end: number): [number, number] | undefined {
  for (let lineEnd = end; lineEnd >= start;) {
    const newline = lineEnd > start ? text.lastIndexOf("\n", lineEnd - 1) : -1;
    const lineStart = newline >= start ? newline + 1 : start;
    if (text.slice(lineStart, lineEnd).trim() !== "") return [lineStart, lineEnd];
    lineEnd = lineStart - 1;
  }
  return undefined;
}

/**
 * The page-number lines of a paged document: the first or last line of a
 * page when it holds only a number (`12`, `- 12 -`, `Page 12`, `hal. 12`).
 * A quote that runs over a page break reads through them. Only each page's
 * first and last lines that are not blank are read, so that a long document
 * costs little more than its number of pages.
 * @example pageNumberLines({ text: "a\n1\fb\n2", pageStarts: [0, 4] }) // [[2, 3], [6, 7]]
 */
export function pageNumberLines(document: Pick<SourceDocument, "text" | "pageStarts">): Array<[number, number]> {
  const { text, pageStarts } = document;
  const ranges: Array<[number, number]> = [];
  const seen = new Set<number>();
  pageStarts.forEach((start, page) => {
    const end = page + 1 < pageStarts.length ? pageStarts[page + 1]! - 1 : text.length;
    const first = firstLine(text, start, end);
    if (first === undefined) return;
    const last = lastLine(text, start, end)!;
    for (const line of last[0] === first[0] ? [first] : [first, last])
      if (!seen.has(line[0]) && PAGE_NUMBER.test(text.slice(...line))) {
        seen.add(line[0]);
        ranges.push(line);
      }
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}
