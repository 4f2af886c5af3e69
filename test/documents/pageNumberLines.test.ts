import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageNumberLines } from "../../src/documents/pageNumberLines.ts";

/** A document of pages (joined by form feeds, as readPdf joins them), with where each page starts. */
const paged = (pages: string[]) => {
  const pageStarts: number[] = [];
  let at = 0;
  for (const page of pages) {
    pageStarts.push(at);
    at += page.length + 1;
  }
  return { text: pages.join("\f"), pageStarts };
};
const lines = (pages: string[]) => {
  const document = paged(pages);
  return pageNumberLines(document).map(([start, end]) => document.text.slice(start, end));
};

/** The definition, line by line: every line of each page, its first and last that are not blank tested. */
function byEveryLine(document: { text: string; pageStarts: number[] }): Array<[number, number]> {
  const pattern = /^\s*(?:[-–—]\s*)?(?:page|hal(?:aman)?\.?|hlm\.?)?\s*\d{1,4}\s*(?:[-–—]\s*)?(?:\/\s*\d{1,4})?\s*$/i;
  const ranges: Array<[number, number]> = [];
  document.pageStarts.forEach((start, page) => {
    const end = page + 1 < document.pageStarts.length ? document.pageStarts[page + 1]! - 1 : document.text.length;
    const found: Array<[number, number]> = [];
    let lineStart = start;
    for (let index = start; index <= end; index++)
      if (index === end || document.text[index] === "\n") {
        if (document.text.slice(lineStart, index).trim() !== "") found.push([lineStart, index]);
        lineStart = index + 1;
      }
    for (const line of [found[0], found[found.length - 1]])
      if (line !== undefined && pattern.test(document.text.slice(...line)) && !ranges.some((r) => r[0] === line[0]))
        ranges.push(line);
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

describe("pageNumberLines(document)", () => {
  it("finds a number alone on a page's first or last line that is not blank, in every written form", () => {
    expect(lines(["12\nKerja sama\nbudaya\n\n- 13 -\n\n", "  \nPage 14\nteks\nhal. 15 / 20", "hlm. 16"])).toEqual([
      "12",
      "- 13 -",
      "Page 14",
      "hal. 15 / 20",
      "hlm. 16",
    ]);
  });

  it("reads no number inside a page, in a line with words, or on a blank page", () => {
    expect(lines(["teks\n12\nteks", "12 tahun kerja sama", "", "\n\n"])).toEqual([]);
  });

  it("gives the same lines as reading every line of every page, on any text (CR, LF, blank lines, numbers)", () => {
    const piece = fc.constantFrom("\n", "\r\n", " ", "  \n", "7", "- 8 -", "hal. 9", "kata", "Page 10", "\u00a0");
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
          { maxLength: 6 },
        ),
        (pages) => {
          const document = paged(pages);
          expect(pageNumberLines(document)).toEqual(byEveryLine(document));
        },
      ),
      { numRuns: 500 },
    );
  });
});
