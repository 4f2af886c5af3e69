import { parseDelimited } from "../dsv/parseDelimited.ts";
import { quoteValue, type Problem } from "../problem.ts";
import type { QcaData } from "./qcaData.ts";

export interface QcaTableOptions {
  /** The outcome's column. */
  outcome: string;
  /** The conditions' columns (default: every column but `case` and the outcome). */
  conditions?: readonly string[];
  /** Memberships may be fuzzy, anywhere in [0, 1]; otherwise every value must be 0 or 1. */
  fuzzy?: boolean;
}

/**
 * Reads a QCA table: one row per case, a `case` column, the condition
 * columns and the outcome column, each a membership (crisp 0/1, or fuzzy in
 * [0, 1] with `fuzzy`). A table without a `case` column (as R's
 * `write.csv(row.names = FALSE)` writes one) names its cases by their row
 * numbers, 1 for the first row after the header, as R's QCA does with the
 * row names `read.csv` gives; `casesNamedByRow` says so. Every problem names
 * its row and column: a missing column, a value that is not a number,
 * outside [0, 1], or not 0 or 1 in a crisp table.
 *
 * @example readQcaTable("case,A,Y\na,1,1\n", "t.csv", {outcome: "Y"}).data.conditions // ["A"]
 */
export function readQcaTable(
  text: string,
  file: string,
  options: QcaTableOptions,
): { data: QcaData; problems: Problem[]; casesNamedByRow: boolean } {
  let header: string[] = [];
  const records: Array<{ row: number; cells: string[] }> = [];
  const parsed = parseDelimited(text, file, {
    onHeader: (names) => void (header = names),
    onRecord: (cells, row, broken) => void (broken ? undefined : records.push({ row, cells })),
  });
  const problems: Problem[] = [...parsed.problems];
  const column = (name: string) => header.indexOf(name);
  const missing = (name: string, what: string) =>
    problems.push({
      file,
      row: 1,
      column: 0,
      message: `there is no ${what} column ${quoteValue(name)}`,
      expected: `one of ${header.join(", ")}`,
    });
  const casesNamedByRow = column("case") === -1;
  if (column(options.outcome) === -1) missing(options.outcome, "outcome");
  const conditions = options.conditions ?? header.filter((name) => name !== "case" && name !== options.outcome);
  for (const condition of conditions) if (column(condition) === -1) missing(condition, "condition");
  if (conditions.length === 0) problems.push({ file, row: 1, column: 0, message: "there are no condition columns" });
  const empty: QcaData = {
    cases: [],
    conditions: [...conditions],
    values: [],
    outcomeName: options.outcome,
    outcome: [],
  };
  if (problems.length > 0) return { data: empty, problems, casesNamedByRow };
  const read = (cells: string[], row: number, name: string) => {
    const index = column(name);
    const raw = (cells[index] ?? "").trim();
    const value = Number(raw.replace(",", "."));
    const fail = (expected: string) =>
      problems.push({
        file,
        row,
        column: index + 1,
        field: name,
        message: `${name} is not a membership`,
        expected,
        found: quoteValue(raw),
      });
    if (raw === "" || !Number.isFinite(value)) return (fail(options.fuzzy ? "a number from 0 to 1" : "0 or 1"), 0);
    if (value < 0 || value > 1) return (fail("a number from 0 to 1"), 0);
    if (!options.fuzzy && value !== 0 && value !== 1) return (fail("0 or 1 (give --fuzzy for memberships between)"), 0);
    return value;
  };
  const data: QcaData = { ...empty };
  records.forEach(({ row, cells }, index) => {
    data.cases.push(casesNamedByRow ? String(index + 1) : (cells[column("case")] ?? ""));
    data.values.push(conditions.map((name) => read(cells, row, name)));
    data.outcome.push(read(cells, row, options.outcome));
  });
  return { data, problems, casesNamedByRow };
}
