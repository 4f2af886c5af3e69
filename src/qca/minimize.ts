import { sufficiency } from "./fit.ts";
import { minimalCovers } from "./minimalCovers.ts";
import { covers, primeImplicants, type Implicant } from "./primeImplicants.ts";
import { literalMembership, type QcaData } from "./qcaData.ts";
import type { TruthTable } from "./truthTable.ts";

/** A term of a solution with its parameters of fit. */
export interface SolutionTerm {
  /** E.g. `DEV*~IND`: conditions joined by `*`, a negated condition written `~A`. */
  expression: string;
  inclusion: number | null;
  pri: number | null;
  raw_coverage: number | null;
  /** The coverage the term alone adds to the rest of the solution. */
  unique_coverage: number | null;
}

/** One solution (a minimal sum of prime implicants) with its parameters of fit. */
export interface Solution {
  /** E.g. `DEV*~IND + URB*STB`; terms in the documented order (`compareTerms`). */
  expression: string;
  inclusion: number | null;
  pri: number | null;
  coverage: number | null;
  terms: SolutionTerm[];
}

/** A prime implicant that covers a configuration with outcome 1; essential when it is the only one covering some configuration. */
export interface PrimeImplicant {
  expression: string;
  essential: boolean;
}

export type SolutionKind = "conservative" | "parsimonious";

export interface MinimizeOptions {
  /** List at most this many minimal solutions (model ambiguity), the first in order; all are counted. Default 100. */
  limit?: number;
}

/** The literals of an implicant: [condition index, present] for each condition it keeps, in the conditions' order. */
export function literalsOf(implicant: Implicant, k: number): Array<[number, boolean]> {
  const literals: Array<[number, boolean]> = [];
  for (let condition = 0; condition < k; condition++) {
    const bit = 2 ** (k - 1 - condition);
    if ((implicant.dontCare & bit) !== 0) continue;
    literals.push([condition, (implicant.value & bit) !== 0]);
  }
  return literals;
}

/** An implicant written as QCA writes it: `A*~B`; `1` for the term with no condition left. */
export function termExpression(implicant: Implicant, conditions: readonly string[]): string {
  const literals = literalsOf(implicant, conditions.length);
  return literals.length === 0
    ? "1"
    : literals.map(([condition, present]) => `${present ? "" : "~"}${conditions[condition]}`).join("*");
}

/**
 * The order of terms in a solution: fewer conditions first; then by the
 * conditions' order, a condition before its negation (`A*B` before `A*~B`
 * before `B*C`).
 */
export function compareTerms(a: Implicant, b: Implicant, k: number): number {
  const left = literalsOf(a, k);
  const right = literalsOf(b, k);
  if (left.length !== right.length) return left.length - right.length;
  for (let index = 0; index < left.length; index++) {
    const [conditionA, presentA] = left[index]!;
    const [conditionB, presentB] = right[index]!;
    if (conditionA !== conditionB) return conditionA - conditionB;
    if (presentA !== presentB) return presentA ? -1 : 1;
  }
  return 0;
}

/** Memberships of every case in an implicant: the minimum over its literals of x or 1 − x. */
export function implicantMemberships(implicant: Implicant, data: QcaData): Float64Array {
  const k = data.conditions.length;
  const literals = literalsOf(implicant, k);
  return Float64Array.from(data.values, (values) => {
    let membership = 1;
    for (const [condition, present] of literals)
      membership = Math.min(membership, literalMembership(values[condition]!, present));
    return membership;
  });
}

/**
 * Minimises a truth table by Quine–McCluskey to the solutions of QCA
 * (Ragin 1987; Dușa 2019, QCA with R, ch. 8): the conservative solution
 * from the configurations with outcome 1 alone, the parsimonious one with
 * every remainder (a configuration with fewer cases than the n-cut, or none)
 * free to be counted in when it simplifies; configurations with outcome 0 are
 * never covered. The prime implicants that cover an outcome-1 configuration
 * enter a prime implicant chart, solved to all its minimal covers (several
 * when the data do not decide between them: model ambiguity). Each solution
 * and term carries its inclusion, PRI and coverage over the data's cases.
 * `complete` is false when the search for the minimal covers stopped at its
 * budget (a large, highly cyclic chart): the solutions are then the smallest
 * found, not proven minimal, and the CLI and the site say so.
 */
export function minimize(
  table: TruthTable,
  data: QcaData,
  kind: SolutionKind,
  options: MinimizeOptions = {},
): { solutions: Solution[]; complete: boolean; implicants: PrimeImplicant[]; total: number; totalExact: boolean } {
  const k = table.conditions.length;
  const positive = table.rows.filter((row) => row.outcome === 1).map((row) => row.row - 1);
  if (positive.length === 0) return { solutions: [], complete: true, implicants: [], total: 0, totalExact: true };
  const negative = new Set(table.rows.filter((row) => row.outcome === 0).map((row) => row.row - 1));
  const minterms: number[] =
    kind === "conservative"
      ? positive
      : Array.from({ length: 2 ** k }, (_, row) => row).filter((row) => !negative.has(row));
  const primes = primeImplicants(minterms, k).filter((implicant) => positive.some((row) => covers(implicant, row)));
  primes.sort((a, b) => compareTerms(a, b, k));
  const chart = primes.map((implicant) => positive.flatMap((row, index) => (covers(implicant, row) ? [index] : [])));
  // Every minimal cover, put in the documented order before the first `limit` are fitted: fewest terms, then fewest
  // literals, then by expression. The models shown are the same first ones whatever the limit.
  const { covers: all, complete, totalExact } = minimalCovers(chart, positive.length, Number.POSITIVE_INFINITY);
  const total = all.length;
  const covers_ = all
    .map((cover) => {
      const ordered = [...cover].sort((a, b) => compareTerms(primes[a]!, primes[b]!, k));
      const expressions = ordered.map((index) => termExpression(primes[index]!, table.conditions));
      const literals = expressions.reduce((sum, expression) => sum + expression.split("*").length, 0);
      return { cover: ordered, literals, expression: expressions.join(" + ") };
    })
    .sort(
      (a, b) =>
        a.cover.length - b.cover.length ||
        a.literals - b.literals ||
        (a.expression < b.expression ? -1 : a.expression > b.expression ? 1 : 0),
    )
    .slice(0, options.limit ?? 100)
    .map((entry) => entry.cover);
  const memberships = new Map<number, Float64Array>();
  const membershipOf = (index: number) => {
    let found = memberships.get(index);
    if (found === undefined) memberships.set(index, (found = implicantMemberships(primes[index]!, data)));
    return found;
  };
  const union = (indexes: readonly number[]) =>
    Float64Array.from(data.outcome, (_, caseIndex) =>
      Math.max(0, ...indexes.map((index) => membershipOf(index)[caseIndex]!)),
    );
  const solutions = covers_.map((cover): Solution => {
    const ordered = [...cover].sort((a, b) => compareTerms(primes[a]!, primes[b]!, k));
    const whole = sufficiency(union(ordered), data.outcome);
    const terms = ordered.map((index): SolutionTerm => {
      const fit = sufficiency(membershipOf(index), data.outcome);
      const others = ordered.filter((other) => other !== index);
      const without = others.length === 0 ? 0 : (sufficiency(union(others), data.outcome).coverage ?? 0);
      return {
        expression: termExpression(primes[index]!, table.conditions),
        inclusion: fit.inclusion,
        pri: fit.pri,
        raw_coverage: fit.coverage,
        unique_coverage: whole.coverage === null ? null : whole.coverage - without,
      };
    });
    return {
      expression: terms.map((term) => term.expression).join(" + "),
      inclusion: whole.inclusion,
      pri: whole.pri,
      coverage: whole.coverage,
      terms,
    };
  });
  const literalsCount = (solution: Solution) =>
    solution.terms.reduce((sum, term) => sum + term.expression.split("*").length, 0);
  solutions.sort(
    (a, b) =>
      a.terms.length - b.terms.length || literalsCount(a) - literalsCount(b) || (a.expression < b.expression ? -1 : 1),
  );
  // The prime implicant chart's implicants, the essential ones (the only cover of some configuration) marked.
  const implicants = primes.map((implicant, index) => ({
    expression: termExpression(implicant, table.conditions),
    essential: chart[index]!.some((row) =>
      chart.every((other, otherIndex) => otherIndex === index || !other.includes(row)),
    ),
  }));
  return { solutions, complete, implicants, total, totalExact };
}
