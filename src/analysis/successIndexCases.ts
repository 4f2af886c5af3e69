import type { RingroseResult } from "../frameworks/ringrose.ts";
import { CONDITION_ORDER } from "../frameworks/ringroseConditions.ts";
import type { SensitivityCase } from "./sensitivity.ts";

/**
 * The conditions score's cases from scored partnerships: each partnership
 * whose score is rankable (it rests on at least the minimum coverage of
 * conditions), with its four Ringrose condition scores in their order
 * (tangible results, an outcome, is not in the score).
 *
 * @example successIndexCases([]) // []
 */
export function successIndexCases(scores: ReadonlyArray<{ id: string; ringrose: RingroseResult }>): SensitivityCase[] {
  return scores
    .filter((score) => score.ringrose.rankable)
    .map((score) => ({
      id: score.id,
      scores: CONDITION_ORDER.map((element) => score.ringrose.elements[element].score),
    }));
}
