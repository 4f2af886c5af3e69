import { growTypedArray } from "../growTypedArray.ts";

/**
 * One record of delimited text, read cell by cell: a reader makes strings of
 * the cells it needs, and no array is built per record.
 */
export interface DelimitedRecord {
  /** Number of cells in the record. */
  readonly length: number;
  /** The cell's text, unquoted; "" beyond the record's last cell. */
  cell(index: number): string;
}

/** A record held as an array of strings (as papaparse gives them). */
export class ArrayRecord implements DelimitedRecord {
  cells: string[] = [];
  get length(): number {
    return this.cells.length;
  }
  cell(index: number): string {
    return this.cells[index] ?? "";
  }
}

const QUOTE = 34;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * A record held as positions in the text: cell `i` is `text.slice(starts[i],
 * ends[i])`, with doubled quotes undone where `escaped[i]` is set.
 */
class ScannedRecord implements DelimitedRecord {
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  escaped = new Uint8Array(64);
  constructor(readonly text: string) {}

  cell(index: number): string {
    if (index >= this.length) return "";
    const cell = this.text.slice(this.starts[index]!, this.ends[index]!);
    return this.escaped[index] === 1 ? cell.replaceAll('""', '"') : cell;
  }

  add(start: number, end: number, escaped: boolean): void {
    if (this.length === this.starts.length) {
      this.starts = growTypedArray(this.starts);
      this.ends = growTypedArray(this.ends);
      this.escaped = growTypedArray(this.escaped);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.escaped[this.length++] = escaped ? 1 : 0;
  }
}

/** Where `scanDelimited` stopped, and the line end it saw. */
export interface ScanResult {
  /** Offset of the first record not read; `text.length` when every record was. */
  stoppedAt: number;
  /** The line end the scan met first ("\n" or "\r\n"), which every later one must match; undefined before any. */
  newline: "\n" | "\r\n" | undefined;
}

/**
 * Reads well-formed delimited text record by record, keeping cells as
 * positions in the text. It is the fast path of `parseDelimited`, not a
 * parser of its own: it reads only what is unambiguous (fields quoted from
 * their first character and closed just before a delimiter or line end; one
 * kind of line end throughout, LF or CRLF, the first one met) and stops at
 * the first record holding anything else (an unclosed quote, text after a
 * closing quote, a stray carriage return or line feed), returning where, so
 * that papaparse reads the rest and reports what is wrong. A quote inside an
 * unquoted field is kept as text, as papaparse does. The record passed to
 * `onRecord` is reused: read it before returning.
 */
export function scanDelimited(text: string, delimiter: string, onRecord: (record: DelimitedRecord) => void): ScanResult {
  const length = text.length;
  const record = new ScannedRecord(text);
  const delimiterCode = delimiter.charCodeAt(0);
  let crlf: boolean | undefined;
  // Next positions of the delimiter, line feed and carriage return: searched for again only once passed.
  let nextDelimiter = -1;
  let nextNewline = -1;
  let nextReturn = -1;
  let position = 0;
  let recordStart = 0;
  const result = (stoppedAt: number): ScanResult => ({ stoppedAt, newline: crlf === undefined ? undefined : crlf ? "\r\n" : "\n" });
  /** Whether a line end (with or without a carriage return before it) matches the file's first. */
  const sameLineEnd = (withReturn: boolean) => (crlf ??= withReturn) === withReturn;

  while (position < length) {
    let next: number;
    let endsRecord: boolean;
    if (text.charCodeAt(position) === QUOTE) {
      // A quoted field: up to the quote that is not doubled.
      let quote = position + 1;
      let escaped = false;
      for (;;) {
        quote = text.indexOf('"', quote);
        if (quote === -1) return result(recordStart);
        if (text.charCodeAt(quote + 1) !== QUOTE) break;
        escaped = true;
        quote += 2;
      }
      record.add(position + 1, quote, escaped);
      next = quote + 1;
      const after = next < length ? text.charCodeAt(next) : LINE_FEED;
      if (after === delimiterCode) endsRecord = false;
      else if (next >= length) endsRecord = true;
      else if (after === LINE_FEED && sameLineEnd(false)) endsRecord = true;
      else if (after === CARRIAGE_RETURN && text.charCodeAt(next + 1) === LINE_FEED && sameLineEnd(true)) {
        next++;
        endsRecord = true;
      } else return result(recordStart);
    } else {
      if (nextDelimiter < position) nextDelimiter = text.indexOf(delimiter, position);
      if (nextNewline < position) nextNewline = text.indexOf("\n", position);
      if (nextDelimiter === -1) nextDelimiter = length;
      if (nextNewline === -1) nextNewline = length;
      let end: number;
      if (nextDelimiter < nextNewline) {
        end = next = nextDelimiter;
        endsRecord = false;
      } else {
        end = next = nextNewline;
        endsRecord = true;
        if (end < length) {
          const withReturn = end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN;
          if (!sameLineEnd(withReturn)) return result(recordStart);
          if (withReturn) end--;
        }
      }
      // A carriage return inside the cell: a line end of another kind, left to papaparse.
      if (nextReturn < position && nextReturn !== length) {
        nextReturn = text.indexOf("\r", position);
        if (nextReturn === -1) nextReturn = length;
      }
      if (nextReturn < end) return result(recordStart);
      record.add(position, end, false);
    }
    position = next + 1;
    if (endsRecord) {
      onRecord(record);
      record.length = 0;
      recordStart = position;
    }
  }
  // Text ending with a delimiter: the record's last cell is empty.
  if (record.length > 0) {
    record.add(length, length, false);
    onRecord(record);
    record.length = 0;
  }
  return result(length);
}
