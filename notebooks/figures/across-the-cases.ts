// The figures the cross-case notebook states in its prose, computed with the toolkit.
import { qcaDataFromScores } from "../../src/analysis/qcaFromScores.ts";
import { rankIntervals, successIndexCases } from "../../src/analysis/sensitivity.ts";
import { scoreMembership } from "../../src/frameworks/scales.ts";
import { qca } from "../../src/qca/qca.ts";
import { isCoded } from "../../src/score/scoreDataset.ts";
import type { Indonesia } from "../kit/data.ts";

/** The QCA the notebook runs: is a partnership active, given commitment, mutual understanding and reciprocity? */
export const QCA_SETUP = { outcome: "ACTIVE", conditions: ["COM", "UND", "REC"] } as const;

export function crossCase(data: Indonesia) {
  const { data: qcaData, leftOut } = qcaDataFromScores(data.scores, {
    outcome: QCA_SETUP.outcome,
    conditions: QCA_SETUP.conditions,
  });
  return { qcaData, leftOut, result: qca(qcaData), intervals: rankIntervals(successIndexCases(data.scores)) };
}

/** Two decimals, as QCA software prints inclusion and coverage. */
const round = (value: number | null) => (value === null ? Number.NaN : Math.round(value * 100) / 100);

export function figures(data: Indonesia): Record<string, number | string> {
  const { qcaData, leftOut, result, intervals } = crossCase(data);
  const parsimonious = result.solutions.parsimonious;
  const term = (expression: string) => parsimonious.find((solution) => solution.expression === expression)!;
  const interval = (id: string) => intervals.partnerships.find((entry) => entry.id === id)!;
  return {
    partnerships: data.scores.length,
    middleMembership: round(scoreMembership(1)),
    coded: data.scores.filter((score) => isCoded(score)).length,
    qcaCases: qcaData.cases.length,
    qcaLeftOut: leftOut.length,
    parsimoniousSolutions: parsimonious.length,
    comInclusion: round(term("COM").inclusion),
    comCoverage: round(term("COM").coverage),
    recInclusion: round(term("REC").inclusion),
    recCoverage: round(term("REC").coverage),
    undInclusion: round(term("UND").inclusion),
    undCoverage: round(term("UND").coverage),
    conservative: result.solutions.conservative.map((solution) => solution.expression).join(" | "),
    ranked: intervals.partnerships.length,
    draws: intervals.draws,
    soussMassaWorst: interval("jawa-barat-souss-massa").worst,
    mosselBayWorst: interval("denpasar-mossel-bay").worst,
    liuzhouBaseline: interval("bandung-liuzhou").baseline,
    liuzhouBest: interval("bandung-liuzhou").best,
    seoulBest: interval("bandung-seoul").best,
    seoulBaseline: interval("bandung-seoul").baseline,
    seoulWorst: interval("bandung-seoul").worst,
  };
}
