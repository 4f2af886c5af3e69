import type { Problem } from "../problem.ts";

/** How a file's bytes were turned into text: the text, or the one problem saying why not. */
export type Decoded = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" } | { problem: Problem };

const HOW_TO_RESAVE =
  'UTF-8 text: in Excel "Save as" → "CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and choose "Unicode (UTF-8)"';

/**
 * Decodes a file's bytes strictly. UTF-8 (with or without a byte-order
 * mark) is read as it is; UTF-16 is decoded when a byte-order mark makes it
 * certain. Anything else is not guessed at: the file is reported once, at
 * the row of its first byte that is not UTF-8, naming the encoding it looks
 * like (Windows-1252, which Excel's plain "CSV" writes, or UTF-16 without a
 * mark) and how to re-save it. Text is never altered silently.
 * @example "text" in decodeText(new TextEncoder().encode("a,b\n"), "t.csv") // true
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let row = 1;
    for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) row++;
    const nulls = bytes.subarray(0, 4096).filter((byte) => byte === 0).length;
    const looksLike =
      nulls > 16 ? "UTF-16 without a byte-order mark" : 'Windows-1252 ("ANSI"), which Excel\'s plain "CSV" writes';
    return {
      problem: {
        file,
        row,
        column: 0,
        message: `the file is not UTF-8: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")} cannot start or continue a UTF-8 character; it looks like ${looksLike}`,
        expected: HOW_TO_RESAVE,
      },
    };
  }
}

/** The offset of the first byte that breaks UTF-8 (a bad lead byte, a missing continuation, an overlong or surrogate form). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Bisect on prefixes: a prefix decodes unless it holds a bad byte; in stream mode a character cut at its end is not an error.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  // The error shows at the byte that cannot continue a character begun just before: report the byte that began it.
  for (let back = 1; back <= 3 && good - back >= 0; back++) {
    const byte = bytes[good - back]!;
    if (byte >= 0xc0) return good - back;
    if (byte < 0x80) break;
  }
  return good;
}
