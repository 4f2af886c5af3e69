// What every notebook starts from: the shipped dataset read, validated and
// scored with the toolkit, exactly as the site and the CLI do it.
import { loadIndonesia } from "../../web/data.ts";
import type { Dataset } from "../../src/dataset/types.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import { aggregateByLocalGovernment, type LocalGovernmentScore } from "../../src/score/aggregateByLocalGovernment.ts";
import { scoreDataset, type PartnershipScore } from "../../src/score/scoreDataset.ts";
import { scorePortfolios } from "../../src/score/scorePortfolios.ts";

/** The Indonesian dataset with its scores per partnership and per local government. */
export interface Indonesia {
  dataset: Dataset;
  scores: PartnershipScore[];
  localGovernments: LocalGovernmentScore[];
}

/** Reads the shipped dataset and scores it; throws with the problems if it does not validate. */
export function indonesia(): Indonesia {
  const { dataset, problems } = loadIndonesia();
  if (problems.length > 0) throw new Error(`datasets/indonesia: ${problems.map((p) => p.message).join("; ")}`);
  const scores = scoreDataset(dataset);
  return {
    dataset,
    scores,
    localGovernments: aggregateByLocalGovernment(scores, frameworks, scorePortfolios(dataset)),
  };
}

/** A partnership as the notebooks name it: "Denpasar – Mossel Bay". */
export function partnershipName(score: PartnershipScore): string {
  return `${score.partnership.local_government} – ${score.partnership.partner}`;
}

/** The scores of one local government's partnerships. */
export function partnershipsOf(data: Indonesia, localGovernment: string): PartnershipScore[] {
  return data.scores.filter((score) => score.partnership.local_government === localGovernment);
}
