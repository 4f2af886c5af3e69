import type { Coding, Dataset, Partnership, PartnershipEvent } from "../dataset/types.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
import { compareDateStarts, latestEventDate } from "../dataset/partialDate.ts";
import { resolveOptions } from "../frameworks/options.ts";
import { frameworks, type Registry, type RegistryOptions, type ResultOf } from "../frameworks/registry.ts";
import { groupRows } from "./groupRows.ts";
import { resolveCodings } from "./resolveCodings.ts";
import { withDatesOfEvidence } from "./withDatesOfEvidence.ts";

/** One partnership with the result of every framework of the registry, keyed by framework id. */
export type PartnershipScore<R extends Registry = typeof frameworks> = { id: string; partnership: Partnership } & {
  [Id in keyof R]: ResultOf<R[Id]>;
};

export interface ScoreOptions<R extends Registry = typeof frameworks> {
  /** Score only this coder's codings (default: all coders, resolved by lower median). */
  coder?: string;
  /** Each framework's options, keyed by framework id, e.g. `{ringrose: {weights}, stage: {asOf}}`; checked by the framework's own checks. */
  options?: RegistryOptions<R>;
  /** The frameworks to score with (default: the toolkit's). */
  registry?: R;
  /**
   * Score only with evidence of these kinds (e.g. `["finding"]`): other codings
   * count as not coded (NA), and other events as not recorded. Default: all.
   */
  evidence?: readonly EvidenceKind[];
}

const NO_CODINGS: readonly Coding[] = [];
const NO_EVENTS: readonly PartnershipEvent[] = [];

/**
 * Scores every partnership of a dataset with every framework of a registry.
 * Pure and deterministic: options a framework takes from the data (the
 * reference date) come from the dataset, never the clock. Each framework's
 * options are filled in and checked once, before any scoring; a bad value
 * throws with the framework's message.
 */
export function scoreDataset<R extends Registry = typeof frameworks>(
  dataset: Dataset,
  options: ScoreOptions<R> = {},
): Array<PartnershipScore<R>> {
  const {
    coder,
    evidence,
    options: given = {} as RegistryOptions<R>,
    registry = frameworks as Registry as R,
  } = options;
  const ids = Object.keys(registry) as Array<keyof R & string>;
  // Each framework's options, in the registry's order: filled in and checked before any scoring.
  const frameworkOptions = ids.map((id) => resolveOptions(registry[id]!.options, given[id], dataset));
  const codings = groupRows(withEvidence(dataset.codings, evidence), (coding) => coding.partnership);
  const events = groupRows(
    withDatesOfEvidence(withEvidence(dataset.events, evidence), evidence),
    (event) => event.partnership,
  );
  const readsCodings = ids.map((id) => registry[id]!.reads.includes("codings"));
  const asOfOf = partnershipAsOf(dataset);
  const resolveCoders = { coder };
  const positions = new Map(ids.map((id, index) => [id, index]));
  return dataset.partnerships.map((partnership) => {
    // The partnership's codings by framework, in the registry's order (codings of other frameworks are left out).
    const own: Array<Coding[] | undefined> = [];
    for (const coding of codings.get(partnership.id) ?? NO_CODINGS) {
      const position = positions.get(coding.framework);
      if (position !== undefined) (own[position] ??= []).push(coding);
    }
    const partnershipEvents = events.get(partnership.id) ?? NO_EVENTS;
    const asOf = asOfOf(partnership);
    const score: Record<string, unknown> = { id: partnership.id, partnership };
    for (let index = 0; index < ids.length; index++) {
      const frameworkCodings = readsCodings[index] ? own[index] : undefined;
      const input = {
        partnership: partnership.id,
        codings: frameworkCodings === undefined ? NO_CODINGS : resolveCodings(frameworkCodings, resolveCoders),
        events: partnershipEvents,
        asOf,
        status: partnership.status,
        statusEvidence: partnership.status_evidence,
      };
      score[ids[index]!] = registry[ids[index]!]!.score(input, frameworkOptions[index]);
    }
    return score as PartnershipScore<R>;
  });
}

/**
 * The rows whose evidence is of the kinds given (all rows when none are
 * given). An NA coding stays whatever the kinds: it records that the source
 * is silent.
 */
export function withEvidence<Row extends { evidence_kind: EvidenceKind | null; score?: number | null }>(
  rows: readonly Row[],
  kinds: readonly EvidenceKind[] | undefined,
): readonly Row[] {
  if (kinds === undefined) return rows;
  return rows.filter((row) => row.score === null || (row.evidence_kind !== null && kinds.includes(row.evidence_kind)));
}

/**
 * The date each partnership is described as of: the latest `as_of` of the
 * sources its row, events and codings cite; where none gives one, the latest
 * realised event of the whole dataset (what the data describe at most).
 */
export function partnershipAsOf(dataset: Dataset): (partnership: Partnership) => string | null {
  const sourceDates = new Map(dataset.sources.map((source) => [source.id, source.as_of]));
  const latest = new Map<string, string>();
  const cite = (partnership: string, source: string | null) => {
    const date = source === null ? null : (sourceDates.get(source) ?? null);
    if (date === null) return;
    const known = latest.get(partnership);
    if (known === undefined || compareDateStarts(date, known) > 0) latest.set(partnership, date);
  };
  // A partnership's rows usually cite one source in a row: a row citing what the previous one cited is skipped.
  for (const rows of [dataset.events, dataset.codings]) {
    let previous: { partnership: string; source: string | null } | undefined;
    for (const row of rows) {
      if (row.partnership !== previous?.partnership || row.source !== previous.source)
        cite(row.partnership, row.source);
      previous = row;
    }
  }
  const fallback = latestEventDate(dataset.events);
  return (partnership) => {
    cite(partnership.id, partnership.source);
    return latest.get(partnership.id) ?? fallback;
  };
}

/** Whether anything of a partnership is coded in any framework of the registry. */
export function isCoded<R extends Registry>(
  score: PartnershipScore<R>,
  registry: R = frameworks as Registry as R,
): boolean {
  return Object.keys(registry).some((id) => registry[id]!.isAssessed(score[id]));
}
