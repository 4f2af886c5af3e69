import type { Coding } from "../dataset/types.ts";
import { quoteValue, type Problem } from "../problem.ts";
import type { Table } from "../schema/readTable.ts";
import { findQuote } from "../documents/findQuote.ts";
import { pageAt, pagesNamed } from "../documents/locate.ts";
import { pageNumberLines } from "../documents/pageNumberLines.ts";
import { searchableText, type SearchableText } from "../documents/searchableText.ts";
import type { SourceDocument } from "../documents/sourceDocument.ts";

/**
 * Text as quotes are compared: Markdown emphasis (`*`, `_`) removed, curly
 * quotes made straight, and every run of white space (line breaks included)
 * one space.
 * @example normaliseQuoteText("“Kerja  sama”\n*sister city*") // '"Kerja sama" sister city'
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[*_]/g, "")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The parts of a quote that must each appear in the source: a quote may leave text out with "..." or "…". */
export function quoteFragments(quote: string): string[] {
  return normaliseQuoteText(quote)
    .split(/\s*(?:\.\.\.|…)\s*/)
    .filter((fragment) => fragment.length > 0);
}

const words = (text: string) => text.toLocaleLowerCase().split(" ").filter(Boolean);

/**
 * The passage of a source most like a quote: the window of as many words as
 * the quote that shares the most of its words, as written in the source.
 */
export function nearestPassage(source: string, quote: string): string {
  const sourceWords = normaliseQuoteText(source).split(" ");
  const lowered = sourceWords.map((word) => word.toLocaleLowerCase());
  const wanted = words(normaliseQuoteText(quote));
  const size = Math.max(1, Math.min(wanted.length, sourceWords.length));
  const counts = new Map<string, number>();
  for (const word of wanted) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Shared words in the current window, counted at most as often as the quote has them.
  const inWindow = new Map<string, number>();
  let shared = 0;
  const add = (word: string, step: 1 | -1) => {
    const limit = counts.get(word);
    if (limit === undefined) return;
    const before = inWindow.get(word) ?? 0;
    const after = before + step;
    inWindow.set(word, after);
    shared += Math.min(after, limit) - Math.min(before, limit);
  };
  for (let index = 0; index < size; index++) add(lowered[index]!, 1);
  let best = shared;
  let bestStart = 0;
  for (let start = 1; start + size <= lowered.length; start++) {
    add(lowered[start - 1]!, -1);
    add(lowered[start + size - 1]!, 1);
    if (shared > best) [best, bestStart] = [shared, start];
  }
  return sourceWords.slice(bestStart, bestStart + size).join(" ");
}

/** A quote found in a source that has pages (a PDF): where the coding is, and the page or pages it is on. */
export interface QuoteOnPage {
  file: string;
  row: number;
  column: number;
  source: string;
  /** The source document's file name. */
  document: string;
  /** `p. 12`, or `pp. 12–13` for a quote across a page break. */
  pages: string;
}

/** What checking the quotes of a codings table found: the problems, and the page of each quote found in a PDF. */
export interface EvidenceCheck {
  problems: Problem[];
  onPages: QuoteOnPage[];
}

/** A source given as its plain text only: no pages, no headings. */
const plainDocument = (id: string, text: string): SourceDocument => ({
  name: id,
  format: "text",
  text,
  pageStarts: [],
  headings: [],
});

/**
 * Checks that every quote in a codings table (its `evidence`) appears in
 * the source document it cites (`findQuote`: across line and page breaks,
 * line-end hyphens, Markdown emphasis and curly quotes; a quote may leave
 * text out with "..." or "…"). Each quote not found is a problem at its row
 * and column, with the nearest passage of the source; a coding whose source
 * has no document is reported too (its quote could not be checked), unless
 * the source is in `unreadable`, whose problem the caller reports once. In
 * a document with pages, the page of each quote found is returned, and a
 * locator naming other pages (`p. 5` for a quote on p. 12) is a problem at
 * the locator's column.
 */
export function checkQuotes(
  codings: Table<Pick<Coding, "evidence" | "source" | "locator">>,
  documents: Readonly<Record<string, SourceDocument>>,
  unreadable: ReadonlySet<string> = new Set(),
): EvidenceCheck {
  const problems: Problem[] = [];
  const onPages: QuoteOnPage[] = [];
  const searchable = new Map<string, SearchableText>();
  const column = codings.columns.evidence ?? 0;
  codings.rows.forEach((coding, index) => {
    if (coding.evidence === null || coding.source === null) return;
    const at = { file: codings.file, row: codings.rowNumbers[index]!, column, field: "evidence" };
    const document = Object.hasOwn(documents, coding.source) ? documents[coding.source]! : undefined;
    if (document === undefined) {
      if (!unreadable.has(coding.source))
        problems.push({
          ...at,
          message: `the quote could not be checked: no text of the source ${quoteValue(coding.source)}`,
          expected: "a file named as the source's id in the sources folder",
        });
      return;
    }
    let text = searchable.get(coding.source);
    if (text === undefined)
      searchable.set(coding.source, (text = searchableText(document.text, pageNumberLines(document))));
    const place = findQuote(text, coding.evidence);
    if ("missing" in place) {
      problems.push({
        ...at,
        message: `the quote is not in ${document.name}`,
        expected: `the words as the source has them; nearest passage: ${quoteValue(nearestPassage(document.text, place.missing), 300)}`,
        found: quoteValue(place.missing, 300),
      });
      return;
    }
    if (!("start" in place) || document.pageStarts.length === 0) return;
    const first = pageAt(document, place.start)!;
    const last = pageAt(document, Math.max(place.start, place.end - 1))!;
    const pages = first === last ? `p. ${first}` : `pp. ${first}–${last}`;
    onPages.push({ ...at, source: coding.source, document: document.name, pages });
    const named = pagesNamed(coding.locator ?? "");
    if (named.length > 0 && !named.some(([from, to]) => from <= last && to >= first))
      problems.push({
        file: codings.file,
        row: at.row,
        column: codings.columns.locator ?? 0,
        field: "locator",
        message: `the locator disagrees with the source: the quote is on ${pages} of ${document.name}`,
        expected: `a locator naming ${pages}`,
        found: quoteValue(coding.locator ?? ""),
      });
  });
  return { problems, onPages };
}

/**
 * Checks that every quote in a codings table appears in the text of the
 * source it cites (`checkQuotes` over texts without pages), returning the
 * problems.
 */
export function checkEvidence(
  codings: Table<Pick<Coding, "evidence" | "source" | "locator">>,
  sources: Readonly<Record<string, string>>,
): Problem[] {
  const documents = Object.fromEntries(Object.entries(sources).map(([id, text]) => [id, plainDocument(id, text)]));
  return checkQuotes(codings, documents).problems;
}
