import type { IndicatorScore } from "../frameworks/types.ts";
import type { ChecklistResult } from "../frameworks/checklist.ts";
import { LAYER_ORDER } from "../frameworks/threeLayers.ts";
import { ELEMENT_ORDER } from "../frameworks/ringrose.ts";
import type { PartnershipScore } from "./scoreDataset.ts";

/** A scored indicator as JSON: the score and the evidence behind it. */
function indicatorJson(entry: IndicatorScore) {
  return {
    indicator: entry.indicator,
    score: entry.score,
    coder: entry.coding?.coder ?? null,
    evidence: entry.coding?.evidence ?? null,
    source: entry.coding?.source ?? null,
    locator: entry.coding?.locator ?? null,
  };
}

function checklistJson(result: ChecklistResult) {
  return { present: result.present, absent: result.absent, notAssessed: result.notAssessed, items: Object.values(result.items).map(indicatorJson) };
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 10000);

/**
 * The public JSON shape of a partnership's scores, the interface researchers
 * script against (documented in the README): scores are numbers or null for
 * NA, statuses are English words, and every score carries its evidence.
 */
export function toPublicJson(score: PartnershipScore) {
  const layers = score["three-layers"].layers;
  const ringrose = score.ringrose;
  const stage = score.stage;
  const implementation = score.implementation;
  return {
    id: score.id,
    local_government: score.partnership.local_government,
    partner: score.partnership.partner,
    "three-layers": {
      layers: Object.fromEntries(
        LAYER_ORDER.map((layer) => [layer, { score: layers[layer].score, status: layers[layer].status, breadth: layers[layer].breadth, assessed: layers[layer].assessed, indicators: layers[layer].indicators.map(indicatorJson) }]),
      ),
      highest: score["three-layers"].highest,
    },
    ringrose: {
      elements: Object.fromEntries(ELEMENT_ORDER.map((element) => [element, indicatorJson(ringrose.elements[element])])),
      index: round(ringrose.index),
      assessed: ringrose.assessed,
      unmet: ringrose.unmet,
      notAssessed: ringrose.notAssessed,
    },
    stage: {
      reached: stage.reached,
      stalled: stage.stalled,
      stalledBy: stage.stalledBy,
      ended: stage.ended,
      lastActivity: stage.lastActivity,
      yearsSinceLastActivity: stage.yearsSinceLastActivity,
      asOf: stage.asOf,
      spans: stage.spans,
      requirements: Object.values(stage.requirements).map(indicatorJson),
    },
    implementation: { planned: implementation.planned, realised: implementation.realised, cancelled: implementation.cancelled, rate: round(implementation.rate), byField: implementation.byField },
    challenges: checklistJson(score.challenges),
    motives: checklistJson(score.motives),
    duchacek: checklistJson(score.duchacek),
    zelinsky: checklistJson(score.zelinsky),
  };
}
