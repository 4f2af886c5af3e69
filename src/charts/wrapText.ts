/**
 * The width of `text` set in a sans-serif face at `fontSize` px, estimated
 * from the letters' widths (in ems, on the wide side of DejaVu Sans, Roboto
 * and Segoe UI, so that a label given this room is not cut in any of them);
 * bold text is a tenth wider. Charts use it to give their labels room and to
 * wrap them before drawing, as a chart is drawn before it is in a page that
 * could measure it.
 * @example textWidth("Bandung", 10) // 44.4
 */
export function textWidth(text: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  let ems = 0;
  for (const character of text) {
    if (/[\s]/u.test(character)) ems += 0.32;
    else if (/[iljtfrI.,:;'!|()[\]]/u.test(character)) ems += 0.38;
    else if (/[mwMW–—]/u.test(character)) ems += 0.92;
    else if (/\p{Lu}/u.test(character)) ems += 0.72;
    else ems += 0.62;
  }
  return Math.round(ems * fontSize * (bold ? 1.1 : 1) * 10) / 10;
}

/**
 * `text` broken at spaces into lines no wider than `width` px (a word wider
 * than that keeps a line of its own: words are never split), as the lines.
 * @example wrapText("Layer 3: political", 60, 10) // ["Layer 3:", "political"]
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  { bold = false }: { bold?: boolean } = {},
): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize, { bold }) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Room for a chart's labels on the left: the margin that holds the longest
 * label (at most `share` of the chart's `width`, but never less than its
 * longest word), and each label wrapped to fit it, lines joined by "\n" as
 * Plot's text draws them.
 * @example labelMargin(["Denpasar – Brighton and Hove"], 12, 390).marginLeft // 168
 */
export function labelMargin(
  labels: readonly string[],
  fontSize: number,
  width: number,
  { share = 0.4 }: { share?: number } = {},
): { marginLeft: number; format: (label: string) => string; lines: number } {
  const words = labels.flatMap((label) => label.split(/\s+/u)).map((word) => textWidth(word, fontSize));
  const longest = Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));
  const room = Math.max(Math.max(0, ...words), Math.min(width * share, longest));
  const wrapped = new Map(labels.map((label) => [label, wrapText(label, room, fontSize)]));
  return {
    marginLeft: Math.ceil(room + 12),
    format: (label) => wrapped.get(label)?.join("\n") ?? label,
    lines: Math.max(1, ...[...wrapped.values()].map((lines) => lines.length)),
  };
}
