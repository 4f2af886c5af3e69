import Papa from "papaparse";

/** What a spreadsheet may run as a formula: text starting with =, +, -, @, a tab or a carriage return (OWASP). */
const FORMULA = /^[=+\-@\t\r]/;

export interface FormatCsvOptions {
  /** The delimiter: `,` (default) or `;`, which spreadsheets in comma-decimal locales (Indonesian among them) read. */
  delimiter?: "," | ";";
  /** Start with a UTF-8 byte-order mark, which Excel needs to read the file as UTF-8 (default false). */
  bom?: boolean;
  /**
   * Neutralise text a spreadsheet would run as a formula (default true). Turn
   * it off only for files read back by the toolkit, never opened in a
   * spreadsheet as they are: then what is written is exactly what is read.
   */
  escapeFormulae?: boolean;
}

/**
 * Formats rows as RFC 4180 CSV (quoted where needed, CRLF line ends) with
 * papaparse, safe to open in a spreadsheet: a text cell that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, as OWASP lists them) is written with a leading `'`
 * (papaparse's `escapeFormulae`); numbers stay numbers, and null is an empty cell.
 * @example formatCsv(["name"], [["=1+1"]]) // "name\r\n\"'=1+1\"\r\n"
 */
export function formatCsv(
  header: string[],
  rows: Array<Array<string | number | boolean | null>>,
  options: FormatCsvOptions = {},
): string {
  const { delimiter = ",", bom = false, escapeFormulae = true } = options;
  const text = Papa.unparse(
    { fields: header, data: rows.map((row) => row.map((cell) => (cell === null ? "" : cell))) },
    // papaparse's own pattern (/^[=+\-@\t\r].*$/) misses a cell whose first line is a formula but which has more lines.
    { newline: "\r\n", delimiter, escapeFormulae: escapeFormulae ? FORMULA : false },
  );
  // papaparse ends a file with no rows after its header line already.
  return `${bom ? "\uFEFF" : ""}${text.endsWith("\r\n") ? text : `${text}\r\n`}`;
}
