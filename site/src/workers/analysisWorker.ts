// QCA, the sensitivity analysis and the cross-case statistics off the main thread: a large minimisation, 10,000 draws
// or thousands of permutations per correlation never freeze the page.
import { compareGroups, type GroupComparison } from "../../../src/analysis/groupComparison.ts";
import { measureCorrelations, type MeasureCorrelation } from "../../../src/analysis/measureCorrelations.ts";
import type { MeasureTable } from "../../../src/analysis/partnershipMeasures.ts";
import { rankIntervals, type SensitivityCase, type SensitivityResult } from "../../../src/analysis/sensitivity.ts";
import { expressionMemberships, qca, type QcaResult } from "../../../src/qca/qca.ts";
import type { QcaData } from "../../../src/qca/qcaData.ts";

export type AnalysisRequest =
  | { type: "qca"; data: QcaData; inclCut: number; nCut: number }
  | { type: "sensitivity"; cases: SensitivityCase[]; draws: number; seed: number }
  | {
      type: "statistics";
      table: MeasureTable;
      /** Each partnership's group (a column of partnerships.csv), null for none. */
      groupOf: Array<string | null>;
      by: string;
      minN: number;
      draws: number;
      seed: number;
    };

export type AnalysisResponse =
  | { type: "qca"; result: QcaResult; xy: number[] | null; xyExpression: string | null }
  | { type: "sensitivity"; result: SensitivityResult }
  | { type: "statistics"; correlations: MeasureCorrelation[]; tests: number; groups: GroupComparison }
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
    } else if (request.type === "statistics") {
      const { table, groupOf, by, minN, draws, seed } = request;
      const { correlations, tests } = measureCorrelations(table, { minN, draws, seed });
      post({
        type: "statistics",
        correlations,
        tests,
        groups: compareGroups(table, groupOf, { by, minN, draws, seed }),
      });
    } else
      post({ type: "sensitivity", result: rankIntervals(request.cases, { draws: request.draws, seed: request.seed }) });
  } catch (error) {
    post({ type: "error", message: (error as Error).message });
  }
};
