import Papa from "papaparse";
import type { Problem } from "../problem.ts";
import { oneKindOfLineEnd } from "./oneKindOfLineEnd.ts";

/** The delimiters a CSV file may use: comma, tab, or the semicolon that spreadsheet programs write in locales (such as Indonesian) whose decimal mark is a comma. */
export type Delimiter = "," | ";" | "\t";

/** What `parseDelimited` found besides the records it handed over. */
export interface DelimitedParse {
  /** The delimiter found in the header line. */
  delimiter: Delimiter;
  /** Column names, trimmed. */
  header: string[];
  /** Problems with the file as text: unclosed quotes, text after a closing quote, wrong number of cells. */
  problems: Problem[];
}

export interface DelimitedHandlers {
  /** Called once with the header's column names (trimmed) and the delimiter, before any record. */
  onHeader?: (header: string[], delimiter: Delimiter) => void;
  /**
   * Called once per non-blank record after the header with its cells, its
   * spreadsheet row (header = row 1), and whether the record is broken (a
   * quoting fault or the wrong number of cells, already reported): a reader
   * should not report its cells again.
   */
  onRecord?: (cells: string[], row: number, broken: boolean) => void;
}

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Picks the delimiter from the header line: the candidate that occurs most
 * often outside quotes. Looking at the header alone keeps decimal commas in
 * the data of a semicolon file from confusing the choice (papaparse's own
 * guess looks at the data too).
 * @example detectDelimiter("id;partner;year\r\n") // ";"
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  // Blank lines before the header do not end it.
  let blank = true;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === "\n" || character === "\r")) {
      if (!blank) break;
      continue;
    } else if (!inQuotes && (character === "," || character === ";" || character === "\t")) counts[character]++;
    if (character.trim() !== "") blank = false;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

const QUOTE_PROBLEMS: Record<string, { message: string; expected: string }> = {
  MissingQuotes: { message: "a quoted field is not closed", expected: 'a closing double quote (")' },
  // papaparse's InvalidQuotes: a quoted field's closing quote is followed by something other than a delimiter or line end.
  InvalidQuotes: {
    message: "text follows the closing quote of a quoted field",
    expected: 'a delimiter or line end right after the closing quote; a quote inside a field is written ""',
  },
};

/**
 * Parses delimited text with papaparse, as people really write it: UTF-8
 * with or without a byte-order mark, LF or CRLF line ends, quoted fields
 * holding delimiters, quotes and line breaks, comma, semicolon or tab
 * delimiters. Cells stay strings: typing them is the schema's job, never a
 * guess. The header is the first non-blank record; blank lines are skipped
 * but still counted, so row numbers match what a spreadsheet shows, and so
 * are rows whose every cell is empty (the `,,,,` a spreadsheet writes for an
 * empty row it has formatted). A file whose line ends switch between CRLF
 * and LF (rows appended in another editor) is read as if every line end were
 * LF. Quoting faults are reported once each, with the column of the field at fault.
 */
export function parseDelimited(text: string, file: string, handlers: DelimitedHandlers): DelimitedParse {
  const unmarked = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const delimiter = detectDelimiter(unmarked);
  const source = oneKindOfLineEnd(unmarked, delimiter);
  const problems: Problem[] = [];
  const { onHeader, onRecord } = handlers;
  let header: string[] | undefined;
  let row = 0;
  // Where the current record starts in the text: papaparse's cursor after the previous one.
  let recordStart = 0;

  Papa.parse<string[]>(source, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    // papaparse's "fast mode" splits lines and cells with String.split; on large files it measured about half as fast as its full parser.
    fastMode: false,
    step(results) {
      const cells = results.data;
      row++;
      const start = recordStart;
      recordStart = results.meta.cursor;
      const quoteFault = results.errors.length > 0;
      reportQuoteErrors(results.errors, start);
      if (cells.every((cell) => cell.trim() === "")) return;
      if (header === undefined) {
        header = cells.map((name) => name.trim());
        onHeader?.(header, delimiter);
        return;
      }
      // A quoting fault explains a wrong number of cells: one fault, one message.
      if (cells.length !== header.length && !quoteFault)
        problems.push({
          file,
          row,
          column: 0,
          message: `the row has ${cells.length} cells but the header has ${header.length}`,
          expected: `${header.length} cells separated by ${JSON.stringify(delimiter)}`,
          found: `${cells.length}`,
        });
      onRecord?.(cells, row, quoteFault || cells.length !== header.length);
    },
  });

  function reportQuoteErrors(errors: Papa.ParseError[], start: number) {
    if (errors.length === 0) return;
    const reported = new Set<string>();
    for (const error of errors) {
      // papaparse may report the same fault of a field more than once.
      const key = `${error.code}:${error.index}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const known = QUOTE_PROBLEMS[error.code];
      problems.push({
        file,
        row,
        // papaparse points just inside the opening quote of the field at fault.
        column: error.index === undefined ? 0 : columnAt(source, start, error.index - 1, delimiter),
        message: known?.message ?? error.message,
        ...(known === undefined ? {} : { expected: known.expected }),
      });
    }
  }

  const found: string[] = header ?? [];
  if (found.every((name) => name === ""))
    problems.push({ file, row: 1, column: 0, message: "the file is empty", expected: "a header row" });
  if (header === undefined) onHeader?.(found, delimiter);
  return { delimiter, header: found, problems };
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
