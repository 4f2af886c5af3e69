import type { Coding, Dataset, Partnership, PartnershipEvent } from "../dataset/types.ts";
import { group } from "d3";
import { comparePartialDates } from "../dataset/partialDate.ts";
import { frameworks, FRAMEWORK_IDS, type FrameworkId } from "../frameworks/registry.ts";
import type { RingroseOptions } from "../frameworks/ringrose.ts";
import type { StageOptions } from "../frameworks/stage.ts";
import { resolveCodings } from "./resolveCodings.ts";

type ResultOf<Id extends FrameworkId> = ReturnType<(typeof frameworks)[Id]["score"]>;

/** One partnership with the result of every framework, keyed by framework id. */
export type PartnershipScore = { id: string; partnership: Partnership } & { [Id in FrameworkId]: ResultOf<Id> };

export interface ScoreOptions {
  /** Score only this coder's codings (default: all coders, resolved by lower median). */
  coder?: string;
  /** Reference date for the stalled flag; default: the latest realised event date in the dataset. */
  asOf?: string | null;
  stalledAfterYears?: number;
  /** Weights of the Ringrose elements. */
  weights?: RingroseOptions["weights"];
}

/**
 * The latest date of a realised event, or null: the moment the data describe.
 * Planned events are left out, since their dates lie in the sources' future.
 */
export function latestEventDate(events: PartnershipEvent[]): string | null {
  let latest: string | null = null;
  for (const event of events) if (event.status === "realised" && event.date !== null && (latest === null || comparePartialDates(event.date, latest) > 0)) latest = event.date;
  return latest;
}

/**
 * Scores every partnership of a dataset with every framework. Pure and
 * deterministic: the reference date defaults to the data's own latest event,
 * never the clock.
 */
export function scoreDataset(dataset: Dataset, options: ScoreOptions = {}): PartnershipScore[] {
  const { coder, stalledAfterYears, weights, asOf = latestEventDate(dataset.events) } = options;
  // Group first, then resolve coders within each partnership: small groups, no composite key strings.
  const codings = group(dataset.codings, (coding: Coding) => coding.partnership);
  const events = group(dataset.events, (event: PartnershipEvent) => event.partnership);
  const stageOptions: Partial<StageOptions> = { asOf, ...(stalledAfterYears === undefined ? {} : { stalledAfterYears }) };
  return dataset.partnerships.map((partnership) => {
    const input = { partnership: partnership.id, codings: resolveCodings(codings.get(partnership.id) ?? [], { coder }), events: events.get(partnership.id) ?? [] };
    const result = { id: partnership.id, partnership } as PartnershipScore;
    for (const id of FRAMEWORK_IDS) {
      const options = id === "stage" ? stageOptions : id === "ringrose" ? { weights } : {};
      (result as Record<string, unknown>)[id] = (frameworks[id].score as (input: unknown, options: unknown) => unknown)(input, options);
    }
    return result;
  });
}
