// The figures the tutorial states in its prose, computed with the toolkit from its worked dataset.
import { krippendorffAlpha } from "../../src/agreement/krippendorffAlpha.ts";
import { codingReliability } from "../../src/reliability/codingReliability.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { tutorialTexts } from "../kit/tutorial.ts";

export function figures(): Record<string, number> {
  const draft = validateDataset(tutorialTexts("draft/codings.csv"), "tutorial");
  const ayu = validateDataset(tutorialTexts("ayu/codings.csv"), "tutorial");
  const budi = validateDataset(tutorialTexts("budi/codings.csv"), "tutorial");
  const reliability = codingReliability([...ayu.dataset.codings, ...budi.dataset.codings]);
  const overall = reliability.agreement.find((row) => row.scope === "framework" && row.framework === "ringrose")!;
  // The same units as a reliability matrix (one row per element, one column per coder), for the hand computation.
  const matrix = ayu.dataset.codings.map((coding) => [
    coding.score,
    budi.dataset.codings.find((other) => other.indicator === coding.indicator)!.score,
  ]);
  const nominal = krippendorffAlpha(matrix, { level: "nominal" });
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const index = (reading: typeof ayu) => scoreDataset(reading.dataset)[0]!.ringrose.index ?? Number.NaN;
  const outcome = (reading: typeof ayu) => scoreDataset(reading.dataset)[0]!.ringrose.tangibleResults ?? Number.NaN;
  return {
    draftProblems: draft.problems.length,
    draftRow: draft.problems[0]?.row ?? Number.NaN,
    draftColumn: draft.problems[0]?.column ?? Number.NaN,
    codingsPerCoder: ayu.dataset.codings.length,
    validProblems: ayu.problems.length + budi.problems.length,
    indexAyu: index(ayu),
    indexBudi: index(budi),
    tangibleAyu: outcome(ayu),
    tangibleBudi: outcome(budi),
    disagreements: reliability.disagreements.length,
    percentAgreement: Math.round((overall.percent_agreement ?? Number.NaN) * 100),
    alpha: overall.alpha ?? Number.NaN,
    pairable: overall.pairable,
    valuesOfTwo: matrix.flat().filter((score) => score === 2).length,
    valuesOfOne: matrix.flat().filter((score) => score === 1).length,
    observedDisagreement: round(nominal.observed),
    expectedDisagreement: round(nominal.expected),
    alphaNominal: round(nominal.alpha ?? Number.NaN),
  };
}
