import { necessity } from "./fit.ts";
import { minimize, type MinimizeOptions, type PrimeImplicant, type Solution } from "./minimize.ts";
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
  /** The prime implicants of each minimisation, in the documented order, the essential ones marked. */
  prime_implicants: { conservative: PrimeImplicant[]; parsimonious: PrimeImplicant[] };
  /** Whether each search for minimal covers ran to its end (false: the solutions are the smallest found, not proven minimal). */
  complete: { conservative: boolean; parsimonious: boolean };
  necessity: NecessityRow[];
  /**
   * How many models (minimal solutions) each minimisation has in all: `solutions` holds the first `limit` (default
   * 100) of them. `exact` is false when counting stopped at the search's budget, and `total` is then a lower bound.
   */
  models_total: { conservative: number; parsimonious: number; exact: boolean };
  /**
   * Limited diversity: how many of the 2^k configurations of the k conditions hold a case. The rest are logical
   * remainders, which the parsimonious solution assumes whatever makes it simplest.
   */
  diversity: { observed: number; possible: number };
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
    prime_implicants: { conservative: conservative.implicants, parsimonious: parsimonious.implicants },
    necessity: necessityRows,
    models_total: {
      conservative: conservative.total,
      parsimonious: parsimonious.total,
      exact: conservative.totalExact && parsimonious.totalExact,
    },
    diversity: { observed: table.rows.length, possible: 2 ** data.conditions.length },
    ambiguous: table.ambiguous,
  };
}

/**
 * Each case's membership in a solution written as QCA writes it (`A*~B + C`):
 * the maximum over its terms of the minimum over each term's conditions (x,
 * or 1 − x for `~`); `1` is the term every case belongs to fully. What an XY
 * plot draws.
 * @example expressionMemberships("A*~B", {cases: ["a"], conditions: ["A", "B"], values: [[0.8, 0.3]], outcomeName: "Y", outcome: [1]}) // [0.7]
 */
export function expressionMemberships(expression: string, data: QcaData): number[] {
  const terms = expression.split("+").map((term) =>
    term
      .trim()
      .split("*")
      .filter((literal) => literal !== "1" && literal !== "")
      .map((literal) => {
        const negated = literal.startsWith("~");
        const condition = data.conditions.indexOf(negated ? literal.slice(1) : literal);
        if (condition === -1)
          throw new Error(`the expression names ${JSON.stringify(literal)}, which is not a condition`);
        return { condition, negated };
      }),
  );
  return data.values.map((values) =>
    Math.max(
      ...terms.map((literals) =>
        Math.min(
          1,
          ...literals.map(({ condition, negated }) => (negated ? 1 - values[condition]! : values[condition]!)),
        ),
      ),
    ),
  );
}
