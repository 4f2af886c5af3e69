/**
 * Formats rows as a plain-text table with aligned columns, for terminals and
 * for pasting into a thesis appendix.
 * @example formatTable(["id", "n"], [["a", "1"]]) // "id  n\n--  -\na   1"
 */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((name, column) =>
    rows.reduce((width, row) => Math.max(width, (row[column] ?? "").length), name.length),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
