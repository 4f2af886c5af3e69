import type { RingroseResult } from "../frameworks/ringrose.ts";

/** A partnership the success index's ranking leaves out, and why, in words. */
export interface LeftOut {
  id: string;
  /** How many of the five elements were assessed (not NA). */
  assessed: number;
  reason: string;
}

/**
 * The partnerships whose success index is not ranked (the complement of `successIndexCases`), each with why: its
 * index rests on fewer elements than the minimum coverage, or on none.
 * @example successIndexLeftOut([{id: "a", ringrose: {rankable: false, assessedCount: 2}}], 3)[0].reason // "2 of 5 elements assessed, fewer than the 3 a ranked index needs"
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
          ? "not coded on Ringrose's five elements: none assessed"
          : `${assessedCount} of 5 elements assessed, fewer than the ${minimumCoverage} a ranked index needs`,
    }));
}
