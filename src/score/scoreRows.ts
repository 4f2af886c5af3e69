import type { LocalGovernmentScore } from "./aggregateByLocalGovernment.ts";
import type { PartnershipScore } from "./scoreDataset.ts";

const number = (value: number | null, digits = 2) => (value === null ? "NA" : value.toFixed(digits));
const statusWord = (status: string) => status;

/** Columns of the flat score summary (table and CSV output). */
export const PARTNERSHIP_COLUMNS = ["id", "economic", "multidimensional", "political", "highest", "success_index", "assessed", "unmet", "stage", "stalled", "realised", "planned", "rate"];

/** One flat row per partnership: the figures a researcher quotes. NA stays NA. */
export function partnershipRow(score: PartnershipScore): string[] {
  const layers = score["three-layers"].layers;
  const { ringrose, stage, implementation } = score;
  return [
    score.id,
    statusWord(layers.economic.status),
    statusWord(layers.multidimensional.status),
    statusWord(layers.political.status),
    score["three-layers"].highest ?? "none",
    number(ringrose.index),
    `${Math.round(ringrose.assessed * 5)}/5`,
    ringrose.unmet.map((entry) => entry.element).join(" ") || (ringrose.assessed > 0 ? "none" : "NA"),
    stage.reached ?? "NA",
    stage.stalled ? "yes" : "no",
    String(implementation.realised),
    String(implementation.planned),
    number(implementation.rate),
  ];
}

export const LOCAL_GOVERNMENT_COLUMNS = ["id", "partnerships", "economic", "multidimensional", "political", "highest", "mean_index", "index_range", "unmet", "furthest_stage", "stalled", "realised", "planned"];

/** One flat row per local government. */
export function localGovernmentRow(score: LocalGovernmentScore): string[] {
  const layers = score["three-layers"].layers;
  return [
    score.id,
    String(score.partnerships.length),
    layers.economic.status,
    layers.multidimensional.status,
    layers.political.status,
    score["three-layers"].highest ?? "none",
    number(score.ringrose.index),
    score.ringrose.indexMin === null ? "NA" : `${number(score.ringrose.indexMin)}–${number(score.ringrose.indexMax)}`,
    score.ringrose.unmet.join(" ") || "none",
    score.stage.reached ?? "NA",
    `${score.stage.stalledPartnerships.length}/${score.partnerships.length}`,
    String(score.implementation.realised),
    String(score.implementation.planned),
  ];
}
