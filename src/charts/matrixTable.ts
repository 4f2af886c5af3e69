import { citeSource } from "../dataset/sourceLabel.ts";
import type { Source } from "../dataset/types.ts";
import type { MatrixCell } from "./indicatorMatrix.ts";

/** The columns of the matrix's data table, as its CSV download writes them. */
export const MATRIX_TABLE_HEADER = [
  "partnership",
  "framework",
  "indicator",
  "score",
  "evidence",
  "evidence_kind",
  "source",
  "locator",
] as const;

/**
 * The indicator matrix's cells as the rows of its data table: one row a cell, with its evidence, the kind of
 * statement the evidence is, and the source cited by author and year (`citeSource`), never by its file code.
 * @example
 * const cell = {partnership: "a-b", framework: "ringrose", indicator: "commitment", indicatorName: "Commitment", group: "ringrose", groupLabel: "Ringrose", score: 2, scoreLabel: "2", evidence: "signed", evidenceKind: "finding", source: "a.txt", locator: "p. 3"};
 * matrixTable([cell], [{id: "a.txt", authors: "Fazra, K. D.", year: 2015, title: "Kebijakan"}]).rows[0]
 * // ["a-b", "ringrose", "commitment", 2, "signed", "finding", "Fazra (2015)", "p. 3"]
 */
export function matrixTable(
  cells: readonly MatrixCell[],
  sources: ReadonlyArray<Source>,
): { header: string[]; rows: Array<Array<string | number | null>> } {
  return {
    header: [...MATRIX_TABLE_HEADER],
    rows: cells.map((cell) => [
      cell.partnership,
      cell.framework,
      cell.indicator,
      cell.score,
      cell.evidence,
      cell.evidenceKind,
      cell.source === null ? null : citeSource(sources, cell.source),
      cell.locator,
    ]),
  };
}
