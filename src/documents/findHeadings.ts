import type { DocumentFormat, DocumentHeading } from "./sourceDocument.ts";

/** A Markdown heading: one to six `#`, then its words (emphasis marks are dropped from the words). */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/;
/** A numbered section heading such as `4.2.1 Lapisan Pertama: Ekonomi` or `BAB I PENDAHULUAN`: short, not ending a sentence. */
const NUMBERED_HEADING = /^(?:(?:\d{1,2}\.)*\d{1,2}\.?|BAB [IVXL]+\.?|[IVX]{1,4}\.)[ \t]+\p{Lu}[^\n]{0,100}$/u;

/**
 * The section headings of a document's plain text: Markdown headings in a
 * Markdown file; in any format, short numbered lines (`4.2.1 Lapisan
 * Pertama`, `BAB I PENDAHULUAN`, `II. Metode`) that do not end with a full
 * stop after a word. Offsets are those of the heading line in `text`.
 * @example findHeadings("## 4.1 Proses\nKerja sama.", "markdown") // [{ offset: 0, text: "4.1 Proses" }]
 */
export function findHeadings(text: string, format: DocumentFormat): DocumentHeading[] {
  const headings: DocumentHeading[] = [];
  let offset = 0;
  for (const line of text.split(/(?<=\n|\f)/)) {
    const content = line.replace(/[\r\n\f]+$/, "").trim();
    const markdown = format === "markdown" ? MARKDOWN_HEADING.exec(content) : null;
    const words = (markdown?.[1] ?? content).replace(/[*_]/g, "").trim();
    if (markdown !== null || (NUMBERED_HEADING.test(words) && !/\p{L}{2,}\.$/u.test(words)))
      if (words.length > 0) headings.push({ offset, text: words });
    offset += line.length;
  }
  return headings;
}
