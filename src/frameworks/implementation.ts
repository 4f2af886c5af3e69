import type { PartnershipEvent } from "../dataset/types.ts";
import type { Framework, NoOptions, PartnershipInput, SummaryColumn } from "./types.ts";
import { presenceScale } from "./scales.ts";
import { wilsonInterval } from "../statistics/wilsonInterval.ts";

export interface ImplementationCount {
  /** Action plans and activities agreed, whatever became of them. */
  planned: number;
  realised: number;
  cancelled: number;
  /** realised / planned, or null when it cannot be assessed (no action plan recorded beyond what was realised). */
  rate: number | null;
}

/** Read-only: partnerships with nothing planned share one result. */
export interface ImplementationResult extends Readonly<ImplementationCount> {
  readonly byField: Readonly<Record<string, ImplementationCount>>;
  /** The activity events counted, for the evidence table. */
  readonly activities: readonly PartnershipEvent[];
}

/** Planned and realised counts summed over a local government's partnerships. */
export type ImplementationAggregate = ImplementationCount;

/** Planned, realised and cancelled counts of some activities, in one pass. */
function count(events: readonly PartnershipEvent[], assessable: boolean): ImplementationCount {
  let realised = 0;
  let cancelled = 0;
  for (const event of events) {
    if (event.status === "realised") realised++;
    else if (event.status === "cancelled") cancelled++;
  }
  return {
    planned: events.length,
    realised,
    cancelled,
    rate: assessable && events.length > 0 ? realised / events.length : null,
  };
}

/** The result of every partnership with no activity event (most partnerships of a large dataset). */
const NOTHING_PLANNED: ImplementationResult = Object.freeze({
  planned: 0,
  realised: 0,
  cancelled: 0,
  rate: null,
  byField: Object.freeze({}),
  activities: Object.freeze([]),
});

/** The counts' columns, per partnership and per local government alike. */
const countColumns = <Result extends ImplementationCount>(): Array<SummaryColumn<Result>> => [
  {
    name: "realised",
    description: { id: "Rencana aksi dan kegiatan yang terlaksana", en: "Action plans and activities realised" },
    value: (result) => result.realised,
  },
  {
    name: "planned",
    description: {
      id: "Rencana aksi dan kegiatan yang direncanakan, apa pun statusnya",
      en: "Action plans and activities planned, whatever became of them",
    },
    value: (result) => result.planned,
  },
  {
    name: "rate",
    description: {
      id: "Terlaksana / direncanakan, hanya jika rencananya tercatat (NA bila tidak)",
      en: "Realised / planned, only where the plans are recorded (NA otherwise)",
    },
    value: (result) => result.rate,
    digits: 2,
  },
];

/** The 95% Wilson interval of a partnership's rate (null when the rate is NA). */
const rateInterval = (result: ImplementationCount) =>
  result.rate === null ? null : wilsonInterval(result.realised, result.planned);

/** The interval's columns beside the rate: how far 2 of 5 is from 40 of 100. */
const intervalColumns: Array<SummaryColumn<ImplementationResult>> = [
  {
    name: "rate_low",
    description: {
      id: "Batas bawah selang Wilson 95% tingkat pelaksanaan (NA bila tingkatnya NA)",
      en: "Lower bound of the rate's 95% Wilson interval (NA where the rate is)",
    },
    value: (result) => rateInterval(result)?.low ?? null,
    digits: 2,
  },
  {
    name: "rate_high",
    description: {
      id: "Batas atas selang Wilson 95%: 1 dari 2 (0,09–0,91) jauh kurang pasti daripada 50 dari 100 (0,40–0,60)",
      en: "Upper bound of the 95% Wilson interval: 1 of 2 (0.09–0.91) is far less certain than 50 of 100 (0.40–0.60)",
    },
    value: (result) => rateInterval(result)?.high ?? null,
    digits: 2,
  },
];

/** "0.12–0.77" in English, "0,12–0,77" in Indonesian. */
function intervalText(result: ImplementationCount, language: "id" | "en"): string {
  const interval = rateInterval(result)!;
  const format = new Intl.NumberFormat(language === "id" ? "id-ID" : "en", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${format.format(interval.low)}–${format.format(interval.high)}`;
}

/**
 * Implementation: action plans and activities planned versus realised,
 * overall and by field of cooperation, from the partnership's `activity`
 * events (whatever their status). Every plan counts once in `planned`.
 */
export const implementation: Framework<ImplementationResult, NoOptions, ImplementationAggregate> = {
  id: "implementation",
  name: { id: "Pelaksanaan rencana aksi", en: "Implementation of action plans" },
  description: {
    id: "Rencana aksi dan kegiatan yang direncanakan dibandingkan dengan yang terlaksana, secara keseluruhan dan per bidang kerja sama.",
    en: "Action plans and activities planned compared with those realised, overall and by field of cooperation.",
  },
  citation:
    "Faishal, M. A., & Yulianti, D. (n.d.). Paradiplomasi Jawa Barat melalui kerja sama sister province antara Jawa Barat dan Souss-Massa. Source 004, Tables 1 and 2.",
  sources: ["004_f2ed6371404c23dd.txt", "000_3d052c1bdfd84016.txt"],
  notes: [
    {
      id: "Dihitung dari peristiwa bertahap 'activity'; setiap rencana dihitung sekali dalam jumlah rencana, apa pun statusnya.",
      en: "Counted from events of stage 'activity'; every plan counts once among the planned, whatever its status.",
    },
  ],
  reads: ["events"],
  scale: presenceScale,
  groups: [],
  indicators: [],
  options: {},
  score(input: PartnershipInput): ImplementationResult {
    const activities = input.events.filter((event) => event.stage === "activity");
    if (activities.length === 0) return NOTHING_PLANNED;
    // A rate needs the plans: an activity recorded as not (yet) realised, or an action-plan event. Where only what
    // was realised is recorded, realised / planned would be 1 by construction.
    const assessable =
      activities.some((event) => event.status !== "realised") ||
      input.events.some((event) => event.stage === "action-plan");
    // Code-unit order of the fields, so the result does not depend on the locale; activities with no field count only overall.
    const fields = new Map<string, PartnershipEvent[]>();
    for (const event of activities) {
      const field = event.field;
      if (field === null) continue;
      const members = fields.get(field);
      if (members === undefined) fields.set(field, [event]);
      else members.push(event);
    }
    const byField: Record<string, ImplementationCount> = {};
    for (const field of [...fields.keys()].sort()) byField[field] = count(fields.get(field)!, assessable);
    return { ...count(activities, assessable), byField, activities };
  },
  isAssessed: (result) => result.planned > 0,
  evidenceKinds: (result) => result.activities.map((event) => event.evidence_kind),
  headline: (result, language) =>
    result.planned === 0
      ? null
      : result.rate === null
        ? language === "id"
          ? `${result.realised} kegiatan terlaksana; rencananya tidak tercatat, sehingga tingkat pelaksanaan tidak dapat dinilai`
          : `${result.realised} activities realised; the plans are not recorded, so the implementation rate is not assessable`
        : language === "id"
          ? `${result.realised} dari ${result.planned} rencana terlaksana (selang Wilson 95%: ${intervalText(result, language)})`
          : `${result.realised} of ${result.planned} plans realised (95% Wilson interval ${intervalText(result, language)})`,
  toJson: (result) => ({
    planned: result.planned,
    realised: result.realised,
    cancelled: result.cancelled,
    rate: result.rate === null ? null : Math.round(result.rate * 10000) / 10000,
    // The rate's 95% Wilson interval: what the counts say the rate could be.
    rate_interval:
      result.rate === null
        ? null
        : [rateInterval(result)!.low, rateInterval(result)!.high].map((bound) => Math.round(bound * 10000) / 10000),
    byField: result.byField,
  }),
  columns: [...countColumns(), ...intervalColumns],
  aggregate(members) {
    let planned = 0;
    let realised = 0;
    let cancelled = 0;
    // The rate only over partnerships whose plans are recorded.
    let plannedAssessable = 0;
    let realisedAssessable = 0;
    for (const { result } of members) {
      planned += result.planned;
      realised += result.realised;
      cancelled += result.cancelled;
      if (result.rate === null) continue;
      plannedAssessable += result.planned;
      realisedAssessable += result.realised;
    }
    return {
      planned,
      realised,
      cancelled,
      rate: plannedAssessable > 0 ? realisedAssessable / plannedAssessable : null,
    };
  },
  aggregateColumns: countColumns(),
};
