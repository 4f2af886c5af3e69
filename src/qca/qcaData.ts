/**
 * The data of a QCA: one row per case, a membership in each condition and
 * in the outcome (crisp 0/1 or fuzzy in [0, 1]).
 */
export interface QcaData {
  cases: string[];
  conditions: string[];
  /** Memberships, cases × conditions. */
  values: number[][];
  outcomeName: string;
  outcome: number[];
}

/** A set's membership of a case in a term: the condition itself, or its negation (1 − x). */
export const literalMembership = (value: number, present: boolean) => (present ? value : 1 - value);
