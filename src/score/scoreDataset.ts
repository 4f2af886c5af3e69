import type { Coding, Dataset, Partnership, PartnershipEvent } from "../dataset/types.ts";
import { comparePartialDates } from "../dataset/partialDate.ts";
import { frameworks, FRAMEWORK_IDS, type FrameworkId } from "../frameworks/registry.ts";
import type { RingroseOptions } from "../frameworks/ringrose.ts";
import type { StageOptions } from "../frameworks/stage.ts";
import type { PartnershipInput } from "../frameworks/types.ts";
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
 * Rows grouped by their partnership, in file order. A plain Map rather than
 * d3.group: ids are strings, so d3's InternMap adds only cost (twice the time
 * on a million codings). A partnership's rows usually come together, so the
 * previous row's group is tried before the map.
 */
function groupByPartnership<Row extends { partnership: string }>(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  let lastKey: string | undefined;
  let lastGroup: Row[] = [];
  for (const row of rows) {
    if (row.partnership === lastKey) {
      lastGroup.push(row);
      continue;
    }
    lastKey = row.partnership;
    const members = groups.get(lastKey);
    if (members === undefined) groups.set(lastKey, (lastGroup = [row]));
    else (lastGroup = members).push(row);
  }
  return groups;
}

/**
 * Codings grouped by partnership, then by framework, in file order: each
 * framework then reads only its own codings, not every coding of the
 * partnership. The previous row's group is tried first, as above.
 */
function groupCodings(codings: Coding[]): Map<string, Map<string, Coding[]>> {
  const groups = new Map<string, Map<string, Coding[]>>();
  let lastPartnership: string | undefined;
  let lastFramework: string | undefined;
  let lastFrameworks = new Map<string, Coding[]>();
  let lastGroup: Coding[] = [];
  for (const coding of codings) {
    if (coding.framework === lastFramework && coding.partnership === lastPartnership) {
      lastGroup.push(coding);
      continue;
    }
    if (coding.partnership !== lastPartnership) {
      lastPartnership = coding.partnership;
      const known = groups.get(lastPartnership);
      if (known === undefined) groups.set(lastPartnership, (lastFrameworks = new Map()));
      else lastFrameworks = known;
    }
    lastFramework = coding.framework;
    const members = lastFrameworks.get(lastFramework);
    if (members === undefined) lastFrameworks.set(lastFramework, (lastGroup = [coding]));
    else (lastGroup = members).push(coding);
  }
  return groups;
}

const NO_CODINGS: Coding[] = Object.freeze([]) as unknown as Coding[];
const NO_EVENTS: PartnershipEvent[] = Object.freeze([]) as unknown as PartnershipEvent[];

/**
 * Scores every partnership of a dataset with every framework. Pure and
 * deterministic: the reference date defaults to the data's own latest event,
 * never the clock.
 */
export function scoreDataset(dataset: Dataset, options: ScoreOptions = {}): PartnershipScore[] {
  const { coder, stalledAfterYears, weights, asOf = latestEventDate(dataset.events) } = options;
  // Group first, then resolve coders within each partnership and framework: small groups, no composite key strings.
  const codings = groupCodings(dataset.codings);
  const events = groupByPartnership(dataset.events);
  const partnerships = dataset.partnerships;
  const codingsOf = partnerships.map((partnership) => codings.get(partnership.id));
  const eventsOf = partnerships.map((partnership) => events.get(partnership.id) ?? NO_EVENTS);
  const stageOptions: Partial<StageOptions> = { asOf, ...(stalledAfterYears === undefined ? {} : { stalledAfterYears }) };
  const resolveOptions = { coder };
  // Framework by framework rather than partnership by partnership, so that each scoring function stays hot.
  const results = {} as { [Id in FrameworkId]: Array<ResultOf<Id>> };
  for (const id of FRAMEWORK_IDS) {
    const frameworkOptions = id === "stage" ? stageOptions : id === "ringrose" ? { weights } : {};
    const score = frameworks[id].score as (input: PartnershipInput, options: unknown) => never;
    const readsCodings = frameworks[id].reads.includes("codings");
    results[id] = partnerships.map((partnership, index) => {
      const own = readsCodings ? codingsOf[index]?.get(id) : undefined;
      return score({ partnership: partnership.id, codings: own === undefined ? NO_CODINGS : resolveCodings(own, resolveOptions), events: eventsOf[index]! }, frameworkOptions);
    });
  }
  return dataset.partnerships.map((partnership, index) => ({
    id: partnership.id,
    partnership,
    "three-layers": results["three-layers"][index]!,
    ringrose: results.ringrose[index]!,
    stage: results.stage[index]!,
    implementation: results.implementation[index]!,
    challenges: results.challenges[index]!,
    motives: results.motives[index]!,
    duchacek: results.duchacek[index]!,
    zelinsky: results.zelinsky[index]!,
  }));
}
