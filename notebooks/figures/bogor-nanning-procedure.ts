// The figures the Kabupaten Bogor–Nanning notebook states in its prose, computed with the toolkit.
import { STAGE_OF_EVENT, STAGE_ORDER, stages as stageNames } from "../../src/frameworks/stage.ts";
import type { Indonesia } from "../kit/data.ts";

/** The events of Bogor–Nanning that mark a stage of the procedure. */
export function stageEvents(data: Indonesia) {
  return data.dataset.events.filter(
    (event) => event.partnership === "kabupaten-bogor-nanning" && STAGE_OF_EVENT[event.stage] !== undefined,
  );
}

export function figures(data: Indonesia): Record<string, number> {
  const events = stageEvents(data);
  const stages = new Set(events.map((event) => STAGE_OF_EVENT[event.stage]));
  // Stages not recorded as steps but named in another event of the partnership (the LoI of 2015, an extension).
  const others = data.dataset.events.filter(
    (event) => event.partnership === "kabupaten-bogor-nanning" && STAGE_OF_EVENT[event.stage] === undefined,
  );
  const namedElsewhere = STAGE_ORDER.filter(
    (id) => !stages.has(id) && others.some((event) => event.description.includes(stageNames.labels[id].en)),
  );
  return {
    permendagriStages: STAGE_ORDER.length,
    stagesRecorded: stages.size,
    stagesMissing: STAGE_ORDER.length - stages.size,
    stagesNamedElsewhere: namedElsewhere.length,
    stagesNotMentioned: STAGE_ORDER.length - stages.size - namedElsewhere.length,
    stagesUndated: events.filter((event) => event.date === null).length,
    stagesArgued: events.filter((event) => event.evidence_kind === "argument").length,
    stagesFound: events.filter((event) => event.evidence_kind === "finding").length,
    stagesInferred: events.filter((event) => event.evidence_kind === "inference").length,
  };
}
