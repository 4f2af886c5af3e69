import type { RingroseResult } from "../frameworks/ringrose.ts";
import { CONDITION_ORDER } from "../frameworks/ringroseConditions.ts";

/** A partnership the conditions score's ranking leaves out, and why, in words. */
export interface LeftOut {
  id: string;
  /** How many of Ringrose's four conditions were assessed (not NA). */
  assessed: number;
  reason: string;
}

/**
 * The partnerships whose conditions score is not ranked (the complement of `successIndexCases`), each with why: its
 * score rests on fewer conditions than the minimum coverage, or on none.
 * @example successIndexLeftOut([{id: "a", ringrose: {rankable: false, assessedCount: 2}}], 3)[0].reason // "2 of 4 conditions assessed, fewer than the 3 a ranked score needs"
 */
export function successIndexLeftOut(
  scores: ReadonlyArray<{ id: string; ringrose: Pick<RingroseResult, "rankable" | "assessedCount"> }>,
  minimumCoverage: number,
): LeftOut[] {
  return scores
    .filter((score) => !score.ringrose.rankable)
    .map(({ id, ringrose: { assessedCount } }) => ({
      id,
      assessed: assessedCount,
      reason:
        assessedCount === 0
          ? "not coded on Ringrose's conditions: none of the 4 assessed"
          : `${assessedCount} of ${CONDITION_ORDER.length} conditions assessed, fewer than the ${minimumCoverage} a ranked score needs`,
    }));
}
