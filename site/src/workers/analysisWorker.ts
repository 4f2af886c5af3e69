// QCA and the sensitivity analysis off the main thread: a large minimisation or 10,000 draws never freeze the page.
import { rankIntervals, type SensitivityCase, type SensitivityResult } from "../../../src/analysis/sensitivity.ts";
import { expressionMemberships, qca, type QcaResult } from "../../../src/qca/qca.ts";
import type { QcaData } from "../../../src/qca/qcaData.ts";

export type AnalysisRequest =
  | { type: "qca"; data: QcaData; inclCut: number; nCut: number }
  | { type: "sensitivity"; cases: SensitivityCase[]; draws: number; seed: number };

export type AnalysisResponse =
  | { type: "qca"; result: QcaResult; xy: number[] | null; xyExpression: string | null }
  | { type: "sensitivity"; result: SensitivityResult }
  | { type: "error"; message: string };

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const post = (response: AnalysisResponse) => self.postMessage(response);
  try {
    if (request.type === "qca") {
      const result = qca(request.data, { inclCut: request.inclCut, nCut: request.nCut });
      const first = result.solutions.parsimonious[0] ?? result.solutions.conservative[0];
      post({
        type: "qca",
        result,
        xy: first === undefined ? null : expressionMemberships(first.expression, request.data),
        xyExpression: first?.expression ?? null,
      });
    } else
      post({ type: "sensitivity", result: rankIntervals(request.cases, { draws: request.draws, seed: request.seed }) });
  } catch (error) {
    post({ type: "error", message: (error as Error).message });
  }
};
