import type { SourceDocument } from "./sourceDocument.ts";

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page|hal(?:aman)?\.?|hlm\.?)?\s*\d{1,4}\s*(?:[-–—]\s*)?(?:\/\s*\d{1,4})?\s*$/i;

/**
 * The page-number lines of a paged document: the first or last line of a
 * page when it holds only a number (`12`, `- 12 -`, `Page 12`, `hal. 12`).
 * A quote that runs over a page break reads through them.
 * @example pageNumberLines({ text: "a\n1\fb\n2", pageStarts: [0, 4] }) // [[2, 3], [6, 7]]
 */
export function pageNumberLines(document: Pick<SourceDocument, "text" | "pageStarts">): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  document.pageStarts.forEach((start, page) => {
    const end = page + 1 < document.pageStarts.length ? document.pageStarts[page + 1]! - 1 : document.text.length;
    const lines: Array<[number, number]> = [];
    let lineStart = start;
    for (let index = start; index <= end; index++)
      if (index === end || document.text[index] === "\n") {
        if (document.text.slice(lineStart, index).trim() !== "") lines.push([lineStart, index]);
        lineStart = index + 1;
      }
    for (const line of [lines[0], lines[lines.length - 1]])
      if (
        line !== undefined &&
        PAGE_NUMBER.test(document.text.slice(...line)) &&
        !ranges.some((range) => range[0] === line[0])
      )
        ranges.push(line);
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}
