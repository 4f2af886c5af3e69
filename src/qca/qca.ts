import { necessity } from "./fit.ts";
import { minimize, type MinimizeOptions, type Solution } from "./minimize.ts";
import type { QcaData } from "./qcaData.ts";
import { truthTable, type TruthTable, type TruthTableOptions } from "./truthTable.ts";

/** The necessity of a condition or its negation for the outcome. */
export interface NecessityRow {
  /** `A` or `~A`. */
  condition: string;
  inclusion: number | null;
  coverage: number | null;
  relevance: number | null;
}

export interface QcaResult {
  truth_table: TruthTable["rows"];
  solutions: { conservative: Solution[]; parsimonious: Solution[] };
  /** Whether each search for minimal covers ran to its end (false: the solutions are the smallest found, not proven minimal). */
  complete: { conservative: boolean; parsimonious: boolean };
  necessity: NecessityRow[];
  /** Cases left out for a membership of exactly 0.5. */
  ambiguous: string[];
}

/**
 * A whole QCA of a table of cases: the truth table, the necessity of each
 * condition and its negation, and the conservative and parsimonious
 * solutions. What `paradiplomacy qca --json` prints.
 */
export function qca(data: QcaData, options: TruthTableOptions & MinimizeOptions = {}): QcaResult {
  const table = truthTable(data, options);
  const necessityRows = data.conditions.flatMap((name, condition) =>
    [true, false].map((present): NecessityRow => {
      const x = data.values.map((values) => (present ? values[condition]! : 1 - values[condition]!));
      return { condition: present ? name : `~${name}`, ...necessity(x, data.outcome) };
    }),
  );
  const conservative = minimize(table, data, "conservative", options);
  const parsimonious = minimize(table, data, "parsimonious", options);
  return {
    truth_table: table.rows,
    solutions: { conservative: conservative.solutions, parsimonious: parsimonious.solutions },
    complete: { conservative: conservative.complete, parsimonious: parsimonious.complete },
    necessity: necessityRows,
    ambiguous: table.ambiguous,
  };
}
