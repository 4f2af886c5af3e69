// The figures the cross-case notebook states in its prose, computed with the toolkit.
import { crossCaseStatistics } from "../../src/analysis/crossCaseStatistics.ts";
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
  return {
    qcaData,
    leftOut,
    result: qca(qcaData),
    intervals: rankIntervals(successIndexCases(data.scores)),
    // Spearman correlations of the frameworks' measures (at least 5 partnerships each), and the rates' Wilson intervals.
    statistics: crossCaseStatistics(data.dataset, data.scores),
  };
}

/** Two decimals, as QCA software prints inclusion and coverage. */
const round = (value: number | null) => (value === null ? Number.NaN : Math.round(value * 100) / 100);

export function figures(data: Indonesia): Record<string, number | string> {
  const { qcaData, leftOut, result, intervals, statistics } = crossCase(data);
  const correlation = (a: string, b: string) => statistics.correlations.find((row) => row.a === a && row.b === b)!;
  const stageEvents = correlation("stage_reached", "events");
  const rate = (id: string) => statistics.rates.partnerships.find((entry) => entry.id === id)!;
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
    statPairs: statistics.correlations.length,
    statMinN: statistics.minN,
    statComputed: statistics.correlations.filter((row) => row.rho !== null).length,
    statLargestN: Math.max(...statistics.correlations.map((row) => row.n)),
    statPolitical: statistics.measures.find((measure) => measure.id === "layer_political")!.assessed,
    stageEventsRho: round(stageEvents.rho),
    stageEventsN: stageEvents.n,
    stageEventsP: Math.round(stageEvents.p! * 1000) / 1000,
    stageEventsHolm: round(stageEvents.p_holm),
    statTests: statistics.tests,
    rated: statistics.rates.partnerships.length,
    seoulRealised: rate("bandung-seoul").successes,
    seoulPlanned: rate("bandung-seoul").trials,
    rateConfidence: rate("bandung-seoul").confidence * 100,
    seoulRateLow: round(rate("bandung-seoul").low),
    seoulRateHigh: round(rate("bandung-seoul").high),
  };
}
