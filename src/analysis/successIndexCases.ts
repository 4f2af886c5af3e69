import { ELEMENT_ORDER, type RingroseResult } from "../frameworks/ringrose.ts";
import type { SensitivityCase } from "./sensitivity.ts";

/**
 * The success index's cases from scored partnerships: each partnership whose
 * index is rankable (it rests on at least the minimum coverage of elements),
 * with its five Ringrose element scores in their order.
 *
 * @example successIndexCases([]) // []
 */
export function successIndexCases(scores: ReadonlyArray<{ id: string; ringrose: RingroseResult }>): SensitivityCase[] {
  return scores
    .filter((score) => score.ringrose.rankable)
    .map((score) => ({ id: score.id, scores: ELEMENT_ORDER.map((element) => score.ringrose.elements[element].score) }));
}
