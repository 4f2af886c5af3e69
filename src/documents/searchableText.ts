/**
 * A text prepared for finding quotes in it: its normalised form and, for
 * each character of that form, where it came from in the original text.
 */
export interface SearchableText {
  /** The normalised text (see `searchableText`). */
  normal: string;
  /** For each UTF-16 unit of `normal`, the offset in the original text of the character it came from. */
  starts: Int32Array;
  /** For each UTF-16 unit of `normal`, the offset just after the character it came from. */
  ends: Int32Array;
}

const LINE_BREAK = /[\n\r\f\u2028\u2029\u0085\v]/;
const SPACE = /[\s\u0085]/;
const QUOTES: Readonly<Record<string, string>> = {
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "″": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "′": "'",
};

/**
 * A text as quotes are compared with it, keeping where each character came
 * from: Markdown emphasis (`*`, `_`) and soft hyphens dropped; a hyphen
 * followed by a line break joined with the next line (`kerja-⏎sama` reads
 * `kerjasama`); every other hyphen dropped, so that `acara-acara` broken at
 * its hyphen and written whole both read `acaraacara`; curly quotes made
 * straight; compatibility characters such as the ligature `ﬁ` made plain
 * (Unicode NFKC); every run of white space (line and page breaks included)
 * one space; and the ranges in `ignore` (a PDF's page numbers) read as
 * white space. Case is kept.
 * @example searchableText("acara-\nacara  “baru”").normal // 'acaraacara "baru"'
 */
export function searchableText(text: string, ignore: ReadonlyArray<readonly [number, number]> = []): SearchableText {
  const normal: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  // The ignored ranges as a mask: a page number between a line-end hyphen and the next page is skipped like white space.
  const ignoredMask = new Uint8Array(ignore.length > 0 ? text.length : 0);
  for (const [from, to] of ignore) ignoredMask.fill(1, from, to);
  const blank = (at: number) => ignoredMask[at] === 1 || SPACE.test(text[at]!);
  const breaks = (at: number) => ignoredMask[at] === 1 || LINE_BREAK.test(text[at]!);
  const push = (characters: string, start: number, end: number) => {
    if (pendingSpace >= 0 && normal.length > 0) {
      normal.push(" ");
      starts.push(pendingSpace);
      ends.push(pendingSpace + 1);
    }
    pendingSpace = -1;
    for (let unit = 0; unit < characters.length; unit++) {
      normal.push(characters[unit]!);
      starts.push(start);
      ends.push(end);
    }
  };
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const character = String.fromCodePoint(code);
    const next = index + character.length;
    if (blank(index)) {
      if (pendingSpace < 0) pendingSpace = index;
    } else if (character === "*" || character === "_" || character === "\u00ad") {
      // Dropped.
    } else if (character === "-" || character === "\u2010") {
      // A hyphen at a line end joins the two lines; any other hyphen is dropped.
      let after = next;
      while (after < text.length && blank(after) && !breaks(after)) after++;
      if (after < text.length && breaks(after)) {
        while (after < text.length && blank(after)) after++;
        index = after;
        continue;
      }
    } else {
      const plain = QUOTES[character] ?? (code > 0x7f ? character.normalize("NFKC") : character);
      push(plain, index, next);
    }
    index = next;
  }
  return { normal: normal.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
