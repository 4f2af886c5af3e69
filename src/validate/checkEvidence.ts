import type { Coding } from "../dataset/types.ts";
import { quoteValue, type Problem } from "../problem.ts";
import type { Table } from "../schema/readTable.ts";

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

/**
 * Checks that every quote in a codings table (its `evidence`) appears in the
 * text of the source it cites, ignoring differences of white space, line
 * breaks, Markdown emphasis and straight versus curly quotes; a quote may
 * leave text out with "..." or "…", and each part must then appear. Each
 * quote that is not found is a problem at its row and column, with the
 * nearest passage of the source. A coding whose source has no text in
 * `sources` is reported too: its quote could not be checked.
 */
export function checkEvidence(
  codings: Table<Pick<Coding, "evidence" | "source">>,
  sources: Readonly<Record<string, string>>,
): Problem[] {
  const problems: Problem[] = [];
  const normalised = new Map<string, string>();
  const column = codings.columns.evidence ?? 0;
  codings.rows.forEach((coding, index) => {
    if (coding.evidence === null) return;
    const at = { file: codings.file, row: codings.rowNumbers[index]!, column, field: "evidence" };
    if (coding.source === null) return;
    const text = Object.hasOwn(sources, coding.source) ? sources[coding.source]! : undefined;
    if (text === undefined) {
      problems.push({
        ...at,
        message: `the quote could not be checked: no text of the source ${quoteValue(coding.source)}`,
        expected: "a file named as the source's id in the sources folder",
      });
      return;
    }
    let source = normalised.get(coding.source);
    if (source === undefined) normalised.set(coding.source, (source = normaliseQuoteText(text)));
    const missing = quoteFragments(coding.evidence).find((fragment) => !source.includes(fragment));
    if (missing === undefined) return;
    problems.push({
      ...at,
      message: `the quote is not in ${coding.source}`,
      expected: `the words as the source has them; nearest passage: ${quoteValue(nearestPassage(text, missing), 300)}`,
      found: quoteValue(missing, 300),
    });
  });
  return problems;
}
