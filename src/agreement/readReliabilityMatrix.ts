import { parseDelimited } from "../dsv/parseDelimited.ts";
import { quoteValue, type Problem } from "../problem.ts";
import type { MeasurementLevel, ReliabilityValue } from "./measurementLevel.ts";

/** Reliability data read from a file: one row per unit, one column per coder. */
export interface ReliabilityMatrix {
  /** The coders, as the header names them. */
  coders: string[];
  /** The units, from the `unit` column or numbered from 1. */
  units: string[];
  /** Values, rows are units and columns coders; null is missing. */
  data: ReliabilityValue[][];
  problems: Problem[];
}

/** The cells that mean "no value" in reliability data, as other tools write it. */
export const MISSING_CELLS: readonly string[] = ["", "NA", "."];

/**
 * Reads reliability data in the generic form other tools use: a header row
 * of coder names, an optional first column named `unit`, then one row per
 * unit with one value per coder; an empty cell, `NA` or `.` is a missing
 * value. Values are numbers when every value is a number, and text
 * otherwise; at the interval and ratio levels every value must be a number,
 * and each one that is not is reported with its row and column.
 *
 * @example
 * readReliabilityMatrix("unit,ana,budi\n1,2,2\n2,1,NA\n", "ratings.csv", "ordinal").data // [[2, 2], [1, null]]
 */
export function readReliabilityMatrix(text: string, file: string, level: MeasurementLevel): ReliabilityMatrix {
  let coders: string[] = [];
  let hasUnit = false;
  const units: string[] = [];
  const cells: Array<{ row: number; values: string[] }> = [];
  const parse = parseDelimited(text, file, {
    onHeader(header) {
      hasUnit = header[0]?.toLowerCase() === "unit";
      coders = hasUnit ? header.slice(1) : header;
    },
    onRecord(record, row, broken) {
      if (broken) return;
      units.push(hasUnit ? record[0]! : String(units.length + 1));
      cells.push({ row, values: hasUnit ? record.slice(1) : record });
    },
  });
  const problems = [...parse.problems];
  if (coders.length === 0)
    problems.push({
      file,
      row: 1,
      column: 0,
      message: "the file has no header row of coder names",
      expected: "a header such as unit,coder_a,coder_b",
    });
  coders.forEach((coder, index) => {
    if (coder === "")
      problems.push({
        file,
        row: 1,
        column: index + 1 + (hasUnit ? 1 : 0),
        message: "a coder column has no name",
        expected: "a coder's name",
      });
  });
  const isMissing = (cell: string) => MISSING_CELLS.includes(cell.trim());
  const allNumbers = cells.every(({ values }) =>
    values.every((cell) => isMissing(cell) || Number.isFinite(Number(cell.trim()))),
  );
  const numeric = allNumbers || level === "interval" || level === "ratio";
  const data = cells.map(({ row, values }) =>
    values.map((cell, index): ReliabilityValue => {
      if (isMissing(cell)) return null;
      const trimmed = cell.trim();
      if (!numeric) return trimmed;
      const value = Number(trimmed);
      if (!Number.isFinite(value)) {
        problems.push({
          file,
          row,
          column: index + 1 + (hasUnit ? 1 : 0),
          field: coders[index],
          message: `${level} data must be numbers`,
          expected: "a number, or an empty cell, NA or . for a missing value",
          found: quoteValue(cell),
        });
        return null;
      }
      return value;
    }),
  );
  return { coders, units, data, problems };
}
