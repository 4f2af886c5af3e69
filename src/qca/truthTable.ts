import { sufficiency } from "./fit.ts";
import { literalMembership, type QcaData } from "./qcaData.ts";

/** One configuration of the conditions (a corner of the property space) with the cases in it. */
export interface TruthTableRow {
  /** The configuration: 1 or 0 for each condition, in the order of the conditions. */
  configuration: Array<0 | 1>;
  /** The row's number as QCA numbers them: the configuration read as a binary number, plus 1. */
  row: number;
  /** Cases with a membership above 0.5 in this configuration. */
  cases: string[];
  n: number;
  /** Sufficiency inclusion of the configuration for the outcome, over every case. */
  inclusion: number | null;
  pri: number | null;
  /** 1 when the configuration is sufficient (inclusion at or above the cut), 0 when not, "?" for a remainder (fewer than n-cut cases). */
  outcome: 0 | 1 | "?";
}

export interface TruthTableOptions {
  /** The lowest inclusion of a sufficient configuration (default 0.8; 1 for crisp data read strictly). */
  inclCut?: number;
  /** The fewest cases a configuration needs to be more than a remainder (default 1). */
  nCut?: number;
}

export interface TruthTable {
  conditions: string[];
  outcomeName: string;
  inclCut: number;
  nCut: number;
  /** The observed configurations (with at least one case), in row order. */
  rows: TruthTableRow[];
  /** Cases with a membership of exactly 0.5 in some condition: they belong to no configuration and are left out. */
  ambiguous: string[];
}

/**
 * The truth table of QCA (Ragin 2008, ch. 7; Dușa 2019, QCA with R, ch. 7):
 * each case goes to the configuration where its membership is above 0.5
 * (each condition taken present above 0.5, absent below); for each observed
 * configuration, its cases, the configuration's sufficiency inclusion and
 * PRI over all cases (a case's membership in the configuration is the
 * minimum over conditions of x or 1 − x), and its outcome value by the
 * inclusion cut. A case with a membership of exactly 0.5 belongs to no
 * configuration; it is listed in `ambiguous`.
 *
 * @example truthTable({cases: ["a"], conditions: ["A"], values: [[1]], outcomeName: "Y", outcome: [1]}).rows[0].outcome // 1
 */
export function truthTable(data: QcaData, options: TruthTableOptions = {}): TruthTable {
  const inclCut = options.inclCut ?? 0.8;
  const nCut = options.nCut ?? 1;
  const k = data.conditions.length;
  if (k === 0) throw new Error("a truth table needs at least one condition");
  if (k > 20)
    throw new Error(`a truth table of ${k} conditions has more rows than this toolkit minimises (at most 20)`);
  const byRow = new Map<number, string[]>();
  const ambiguous: string[] = [];
  data.values.forEach((values, caseIndex) => {
    if (values.some((value) => value === 0.5)) {
      ambiguous.push(data.cases[caseIndex]!);
      return;
    }
    let row = 0;
    for (let condition = 0; condition < k; condition++) row = row * 2 + (values[condition]! > 0.5 ? 1 : 0);
    byRow.set(row, [...(byRow.get(row) ?? []), data.cases[caseIndex]!]);
  });
  const memberships = new Float64Array(data.cases.length);
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row): TruthTableRow => {
      const configuration = configurationOf(row, k);
      data.values.forEach((values, caseIndex) => {
        let membership = 1;
        for (let condition = 0; condition < k; condition++)
          membership = Math.min(membership, literalMembership(values[condition]!, configuration[condition] === 1));
        memberships[caseIndex] = membership;
      });
      const fit = sufficiency(memberships, data.outcome);
      const cases = byRow.get(row)!;
      return {
        configuration,
        row: row + 1,
        cases,
        n: cases.length,
        inclusion: fit.inclusion,
        pri: fit.pri,
        outcome: cases.length < nCut ? "?" : fit.inclusion !== null && fit.inclusion >= inclCut - 1e-12 ? 1 : 0,
      };
    });
  return { conditions: data.conditions, outcomeName: data.outcomeName, inclCut, nCut, rows, ambiguous };
}

/** The configuration of a row number (0-based): the first condition is the most significant bit. */
export function configurationOf(row: number, k: number): Array<0 | 1> {
  return Array.from({ length: k }, (_, condition) => ((row >> (k - 1 - condition)) & 1) as 0 | 1);
}
