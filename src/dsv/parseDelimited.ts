import Papa from "papaparse";
import type { Problem } from "../problem.ts";
import { ArrayRecord, scanDelimited, type DelimitedRecord } from "./scanDelimited.ts";

export type { DelimitedRecord };

/** The delimiters a CSV file may use: comma, or the semicolon that spreadsheet programs write in locales (such as Indonesian) whose decimal mark is a comma. */
export type Delimiter = "," | ";" | "\t";

export interface DelimitedHeader {
  /** The delimiter found in the header line. */
  delimiter: Delimiter;
  /** Column names, trimmed. */
  header: string[];
  /** Problems with the file as text: unclosed quotes, wrong number of cells. */
  problems: Problem[];
  /** Number of records (data rows) passed to the callback. */
  recordCount: number;
}

export interface DelimitedHandlers {
  /** Called once with the header's column names (trimmed) and the delimiter, before any record. */
  onHeader?: (header: string[], delimiter: Delimiter) => void;
  /** Called once per non-blank record with its cells and its spreadsheet row (header = row 1). */
  onRecord?: (cells: string[], row: number) => void;
  /**
   * Instead of `onRecord`: called with the record itself, which makes a cell
   * a string only when asked (no array per record). The record is reused
   * for the next one: read it before returning.
   */
  onCells?: (record: DelimitedRecord, row: number) => void;
}

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Picks the delimiter from the header line: the candidate that occurs most
 * often outside quotes. Looking at the header alone keeps decimal commas in
 * the data of a semicolon file from confusing the choice.
 * @example detectDelimiter("id;partner;year\r\n") // ";"
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === "\n" || character === "\r")) break;
    else if (!inQuotes && (character === "," || character === ";" || character === "\t")) counts[character]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/**
 * Parses delimited text as people really write it: UTF-8 with or without a
 * byte-order mark, LF or CRLF line ends, quoted fields holding delimiters,
 * quotes and line breaks, comma or semicolon delimiters. Cells stay strings:
 * typing them is the schema's job, never a guess. Blank lines are skipped but
 * still counted, so row numbers match what a spreadsheet shows.
 *
 * Well-formed text is read by `scanDelimited`, which keeps cells as
 * positions in the text; from the first record it does not read plainly
 * (malformed quoting, mixed line ends), papaparse reads the rest and
 * reports what is wrong.
 */
export function parseDelimited(text: string, file: string, handlers: DelimitedHandlers): DelimitedHeader {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const problems: Problem[] = [];
  let header: string[] | undefined;
  let row = 0;
  let recordCount = 0;
  const { onHeader, onRecord, onCells } = handlers;

  const take = (record: DelimitedRecord) => {
    row++;
    if (header === undefined) {
      header = Array.from({ length: record.length }, (_, index) => record.cell(index).trim());
      onHeader?.(header, delimiter);
      return;
    }
    if (record.length === 1 && record.cell(0).trim() === "") return;
    if (record.length !== header.length) {
      problems.push({
        file,
        row,
        column: 0,
        message: `the row has ${record.length} cells but the header has ${header.length}`,
        expected: `${header.length} cells separated by ${JSON.stringify(delimiter)}`,
        found: `${record.length}`,
      });
    }
    recordCount++;
    if (onCells !== undefined) onCells(record, row);
    else onRecord?.(Array.from({ length: record.length }, (_, index) => record.cell(index)), row);
  };

  const scanned = scanDelimited(source, delimiter, take);
  if (scanned.stoppedAt < source.length) {
    const record = new ArrayRecord();
    const rest = source.slice(scanned.stoppedAt);
    // Where the current record starts in `rest`: papaparse's cursor after the previous one.
    let recordStart = 0;
    Papa.parse<string[]>(rest, {
      delimiter,
      // The line end the scan already met, so the rest is read as the start was.
      ...(scanned.newline === undefined ? {} : { newline: scanned.newline }),
      header: false,
      skipEmptyLines: false,
      // papaparse's "fast mode" (chosen for text without quotes) splits lines and cells with String.split; on large files it measured about half as fast as its full parser.
      fastMode: false,
      step(results) {
        const reported = new Set<string>();
        for (const error of results.errors) {
          // papaparse may report the same fault of a field more than once.
          if (reported.has(`${error.code}:${error.index}`)) continue;
          reported.add(`${error.code}:${error.index}`);
          problems.push({
            file,
            row: row + 1,
            // papaparse points just inside the opening quote of the field at fault.
            column: error.index === undefined ? 0 : columnAt(rest, recordStart, error.index - 1, delimiter),
            // papaparse's InvalidQuotes: a quoted field's closing quote is followed by something other than a delimiter or line end.
            message: error.code === "MissingQuotes" ? "a quoted field is not closed" : error.code === "InvalidQuotes" ? "text follows the closing quote of a quoted field" : error.message,
            expected:
              error.code === "MissingQuotes"
                ? 'a closing double quote (")'
                : error.code === "InvalidQuotes"
                  ? 'a delimiter or line end right after the closing quote; a quote inside a field is written ""'
                  : undefined,
          });
        }
        record.cells = results.data;
        recordStart = results.meta.cursor;
        take(record);
      },
    });
  }
  if (header === undefined || header.every((name) => name === "")) {
    problems.push({ file, row: 1, column: 0, message: "the file is empty", expected: "a header row" });
    header = [];
    onHeader?.(header, delimiter);
  }
  return { delimiter, header, problems, recordCount };
}

/**
 * The column (1-based) of the field at `position` in a record starting at
 * `recordStart`: one more than the delimiters outside quotes before it.
 */
function columnAt(text: string, recordStart: number, position: number, delimiter: string): number {
  let column = 1;
  let inQuotes = false;
  for (let index = recordStart; index < position; index++) {
    const character = text[index];
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && character === delimiter) column++;
  }
  return column;
}
