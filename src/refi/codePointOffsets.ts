/** Conversions between JavaScript's UTF-16 offsets in a text and the Unicode code point offsets REFI-QDA counts. */
export interface CodePointOffsets {
  /** The number of code points in the text. */
  length: number;
  /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts as its character's end). */
  toCodePoint(utf16: number): number;
  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number;
}

/**
 * The offsets of a text's code points, for converting positions between
 * JavaScript strings (UTF-16 units) and REFI-QDA selections (code points,
 * counted from 0, end exclusive: QualCoder's `text[start:end]` in Python).
 * One pass over the text; each conversion is a binary search or a lookup.
 * @example codePointOffsets("a😀b").toCodePoint(3) // 2
 */
export function codePointOffsets(text: string): CodePointOffsets {
  const starts: number[] = [];
  for (let index = 0; index < text.length;) {
    starts.push(index);
    index += text.codePointAt(index)! > 0xffff ? 2 : 1;
  }
  starts.push(text.length);
  const table = Int32Array.from(starts);
  return {
    length: table.length - 1,
    toUtf16: (codePoint) => table[Math.max(0, Math.min(codePoint, table.length - 1))]!,
    toCodePoint: (utf16) => {
      let low = 0;
      let high = table.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (table[middle]! < utf16) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}
