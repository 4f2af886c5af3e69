import { group, max, min } from "d3";
import { slugify } from "../dataset/slugify.ts";
import { ELEMENT_ORDER, type ElementId } from "../frameworks/ringrose.ts";
import { STAGE_ORDER, type StageId } from "../frameworks/stage.ts";
import { LAYER_ORDER, layerStatus, type LayerId, type LayerStatus } from "../frameworks/threeLayers.ts";
import type { PartnershipScore } from "./scoreDataset.ts";

export interface AggregatedLayer {
  /** Highest score in any partnership (null when no partnership could be assessed). */
  score: number | null;
  /** Present when present in any partnership; partial when planned in any; and so on. */
  status: LayerStatus;
  /** Distinct sub-indicators realised in at least one partnership. */
  breadth: number;
  /** Partnerships in which the layer is present. */
  presentIn: string[];
}

export interface LocalGovernmentScore {
  /** Slug of the local government's name. */
  id: string;
  name: string;
  partnerships: string[];
  "three-layers": { layers: Record<LayerId, AggregatedLayer>; highest: LayerId | null };
  ringrose: {
    /** Per element: mean score over the partnerships that assessed it, with how many did. */
    elements: Record<ElementId, { score: number | null; min: number | null; max: number | null; n: number }>;
    /** Mean success index over partnerships with an index; min and max show the spread. */
    index: number | null;
    indexMin: number | null;
    indexMax: number | null;
    /** Share of elements assessed in at least one partnership. */
    assessed: number;
    /** Elements whose mean is below 2 ("met"). */
    unmet: ElementId[];
  };
  stage: { reached: StageId | null; stalled: boolean; stalledPartnerships: string[] };
  implementation: { planned: number; realised: number; rate: number | null };
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * Aggregates partnership results per local government, its portfolio of
 * partnerships: a layer is present when present in any partnership; element
 * scores and the success index are averaged over the partnerships that
 * assessed them (NA partnerships are left out); the stage is the furthest
 * reached, stalled only when every partnership is stalled.
 */
export function aggregateByLocalGovernment(scores: PartnershipScore[]): LocalGovernmentScore[] {
  const groups = group(scores, (score) => slugify(score.partnership.local_government));
  return [...groups].map(([id, members]) => {
    const layers = {} as Record<LayerId, AggregatedLayer>;
    for (const layer of LAYER_ORDER) {
      const results = members.map((member) => member["three-layers"].layers[layer]);
      const scored = results.map((result) => result.score).filter((score): score is number => score !== null);
      const score = max(scored) ?? null;
      const realised = new Set(results.flatMap((result) => result.indicators.filter((entry) => entry.score !== null && entry.score >= 2).map((entry) => entry.indicator)));
      layers[layer] = { score, status: layerStatus(score), breadth: realised.size, presentIn: members.filter((member) => member["three-layers"].layers[layer].status === "present").map((member) => member.id) };
    }
    const highest = [...LAYER_ORDER].reverse().find((layer) => layers[layer].status === "present") ?? null;

    const elements = {} as LocalGovernmentScore["ringrose"]["elements"];
    for (const element of ELEMENT_ORDER) {
      const values = members.map((member) => member.ringrose.elements[element].score).filter((score): score is number => score !== null);
      elements[element] = { score: mean(values), min: min(values) ?? null, max: max(values) ?? null, n: values.length };
    }
    const indices = members.map((member) => member.ringrose.index).filter((index): index is number => index !== null);
    const reachedIndex = max(members, (member) => (member.stage.reached === null ? -1 : STAGE_ORDER.indexOf(member.stage.reached))) ?? -1;
    const planned = members.reduce((sum, member) => sum + member.implementation.planned, 0);
    const realised = members.reduce((sum, member) => sum + member.implementation.realised, 0);
    const stalledPartnerships = members.filter((member) => member.stage.stalled).map((member) => member.id);
    return {
      id,
      name: members[0]!.partnership.local_government,
      partnerships: members.map((member) => member.id),
      "three-layers": { layers, highest },
      ringrose: {
        elements,
        index: mean(indices),
        indexMin: min(indices) ?? null,
        indexMax: max(indices) ?? null,
        assessed: ELEMENT_ORDER.filter((element) => elements[element].n > 0).length / ELEMENT_ORDER.length,
        unmet: ELEMENT_ORDER.filter((element) => elements[element].score !== null && elements[element].score! < 2),
      },
      stage: { reached: reachedIndex >= 0 ? STAGE_ORDER[reachedIndex]! : null, stalled: stalledPartnerships.length === members.length, stalledPartnerships },
      implementation: { planned, realised, rate: planned > 0 ? realised / planned : null },
    };
  });
}
