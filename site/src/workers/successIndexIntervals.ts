import { successIndexCases } from "../../../src/analysis/successIndexCases.ts";
import type { PartnershipScore } from "../../../src/score/scoreDataset.ts";
import type { AnalysisResponse } from "./analysisWorker.ts";
import { runAnalysis } from "./runAnalysis.ts";

/** The computations asked for, by set of scores: each is run once per page load. */
const computed = new WeakMap<object, Promise<AnalysisResponse>>();

/** The rank intervals of the success index over a set of scores, computed once per set in the analysis worker. */
export function successIndexIntervals(scores: PartnershipScore[], draws: number): Promise<AnalysisResponse> {
  let pending = computed.get(scores);
  if (pending === undefined)
    computed.set(
      scores,
      (pending = runAnalysis({ type: "sensitivity", cases: successIndexCases(scores), draws, seed: 1 })),
    );
  return pending;
}
