import Papa from "papaparse";

/** Formats rows as RFC 4180 CSV (quoted where needed, CRLF line ends) with papaparse. */
export function formatCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return (
    Papa.unparse(
      { fields: header, data: rows.map((row) => row.map((cell) => (cell === null ? "" : cell))) },
      { newline: "\r\n" },
    ) + "\r\n"
  );
}
