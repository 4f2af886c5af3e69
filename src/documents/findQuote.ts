import { searchableText, type SearchableText } from "./searchableText.ts";

/** Where a quote was found in a text: UTF-16 offsets of the passage, end exclusive, from its first part to its last. */
export interface QuotePlace {
  start: number;
  end: number;
}

/**
 * The parts of a quote that must each appear in the source (a quote may
 * leave text out with "..." or "…"): each as written, white space folded,
 * and in its searchable form.
 * @example quoteParts("kerja sama ... acara-acara") // [{ written: "kerja sama", normal: "kerja sama" }, { written: "acara-acara", normal: "acaraacara" }]
 */
export function quoteParts(quote: string): Array<{ written: string; normal: string }> {
  return quote
    .split(/\.\.\.|…/)
    .map((part) => ({ written: part.replace(/\s+/g, " ").trim(), normal: searchableText(part).normal.trim() }))
    .filter((part) => part.normal.length > 0);
}

/**
 * Finds a quote in a searchable text (`searchableText`), across line and
 * page breaks, line-end hyphenation, Markdown emphasis and curly quotes.
 * A quote that leaves text out ("...", "…") is found when each part is; the
 * passage then runs from the first part to the last when they come in
 * order. The result is the passage's place in the original text, `missing`
 * (the first part not found, as the quote writes it), or `unordered` when every part is there but
 * not in the quote's order (found, but no single passage).
 * @example findQuote(searchableText("Kerja sama ekono-\nmi dan budaya"), "ekonomi dan") // { start: 11, end: 24 }
 */
export function findQuote(text: SearchableText, quote: string): QuotePlace | { missing: string } | { unordered: true } {
  const parts = quoteParts(quote);
  if (parts.length === 0) return { missing: quote };
  const places: Array<[number, number]> = [];
  let from = 0;
  let ordered = true;
  for (const { written, normal } of parts) {
    let at = text.normal.indexOf(normal, from);
    if (at < 0) {
      at = text.normal.indexOf(normal);
      if (at < 0) return { missing: written };
      ordered = false;
    }
    places.push([at, at + normal.length]);
    from = at + normal.length;
  }
  if (!ordered) return { unordered: true };
  return { start: text.starts[places[0]![0]]!, end: text.ends[places[places.length - 1]![1] - 1]! };
}
