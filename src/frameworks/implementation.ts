import { formatDecimal } from "../formatDecimal.ts";
import { notYetDue } from "./notYetDue.ts";
import type { PartnershipEvent } from "../dataset/types.ts";
import type { Bilingual } from "../language.ts";
import type { Framework, NoOptions, PartnershipInput, SummaryColumn } from "./types.ts";
import { presenceScale } from "./scales.ts";
import { wilsonInterval } from "../statistics/wilsonInterval.ts";

/**
 * What a rate is a share of: `action-plans`, the formal action plans a recorded plan lists (004's concept, from an
 * official coordination book); `reported-activities`, the activities a coder read from a source's narrative. The
 * two are not compared or pooled.
 */
export type RateBasis = "action-plans" | "reported-activities";

const RATE_BASIS_LABELS: Readonly<Record<RateBasis, Bilingual>> = {
  "action-plans": { id: "rencana aksi formal", en: "formal action plans" },
  "reported-activities": { id: "kegiatan yang dilaporkan", en: "reported activities" },
};

export interface ImplementationCount {
  /** Action plans and activities agreed and due by the source's date, whatever became of them. */
  planned: number;
  realised: number;
  cancelled: number;
  /** realised / planned, or null when it cannot be assessed (no action plan recorded beyond what was realised). */
  rate: number | null;
}

/** Read-only: partnerships with nothing planned share one result. */
export interface ImplementationResult extends Readonly<ImplementationCount> {
  /** Plans dated after the source's own date (`asOf`): not yet due, so not in `planned` nor in the rate. */
  readonly notYetDue: number;
  /** What the rate is a share of; null when there is no rate. */
  readonly basis: RateBasis | null;
  readonly byField: Readonly<Record<string, ImplementationCount>>;
  /** The activity events counted (those not yet due included), for the evidence table. */
  readonly activities: readonly PartnershipEvent[];
}

/** One kind of rate over a local government's partnerships: the counts it rests on and the rate. */
export interface PooledRate {
  planned: number;
  realised: number;
  rate: number | null;
  /** Partnerships whose counts are pooled. */
  partnerships: number;
}

/** Counts summed over a local government's partnerships, and a rate per basis, never pooled across bases. */
export interface ImplementationAggregate {
  planned: number;
  realised: number;
  cancelled: number;
  notYetDue: number;
  actionPlans: PooledRate;
  reportedActivities: PooledRate;
}

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
  notYetDue: 0,
  basis: null,
  byField: Object.freeze({}),
  activities: Object.freeze([]),
});

const pooled = (planned: number, realised: number, partnerships: number): PooledRate => ({
  planned,
  realised,
  rate: planned > 0 ? realised / planned : null,
  partnerships,
});

/** "3 of 11", the counts a pooled rate rests on; null without a rate. */
const countsOf = (rate: PooledRate) => (rate.rate === null ? null : `${rate.realised} of ${rate.planned}`);

/** The 95% Wilson interval of a rate (null when there is no rate): how far 2 of 5 is from 40 of 100. */
const rateInterval = (counts: { realised: number; planned: number; rate: number | null }) =>
  counts.rate === null ? null : wilsonInterval(counts.realised, counts.planned);

/** A rate's 95% Wilson interval in words: "0.12–0.77" in English, "0,12–0,77" in Indonesian; null without a rate. */
function intervalText(
  counts: { realised: number; planned: number; rate: number | null },
  language: "id" | "en" = "en",
): string | null {
  const interval = rateInterval(counts);
  if (interval === null) return null;
  return `${formatDecimal(interval.low, 2, language)}–${formatDecimal(interval.high, 2, language)}`;
}

/**
 * Implementation: action plans and activities planned versus realised,
 * overall and by field of cooperation, from the partnership's `activity`
 * events (whatever their status). Every plan due by the source's date counts
 * once in `planned`; plans dated after it are not yet due and are counted
 * apart. The rate says what it is a share of: formal action plans (where a
 * realised action-plan event records the plans) or activities reported in
 * the narrative.
 */
export const implementation: Framework<ImplementationResult, NoOptions, ImplementationAggregate> = {
  id: "implementation",
  name: { id: "Pelaksanaan rencana aksi", en: "Implementation of action plans" },
  description: {
    id: "Rencana aksi dan kegiatan yang direncanakan dibandingkan dengan yang terlaksana, secara keseluruhan dan per bidang kerja sama.",
    en: "Action plans and activities planned compared with those realised, overall and by field of cooperation.",
  },
  citation: {
    en: "Faishal, M. A., & Yulianti, D. (n.d.). Paradiplomasi Jawa Barat melalui kerja sama sister province antara Jawa Barat dan Souss-Massa. Source 004, Tables 1 and 2.",
    id: "Faishal, M. A., & Yulianti, D. (n.d.). Paradiplomasi Jawa Barat melalui kerja sama sister province antara Jawa Barat dan Souss-Massa. Sumber 004, Tabel 1 dan 2.",
  },
  sources: ["004_f2ed6371404c23dd.txt", "000_3d052c1bdfd84016.txt"],
  notes: [
    {
      id: "Dihitung dari peristiwa pada tahap kegiatan (rencana aksi dan kegiatan yang direncanakan); setiap rencana yang sudah jatuh tempo pada tanggal sumber dihitung sekali dalam jumlah rencana, apa pun statusnya. Rencana bertanggal setelah tanggal sumber belum jatuh tempo dan tidak masuk penyebut.",
      en: "Counted from events at the activity stage (action plans and planned activities); every plan due by the source's date counts once among the planned, whatever its status. Plans dated after the source's date are not yet due and are not in the denominator.",
    },
    {
      id: 'Konsep 004 adalah bagian rencana aksi formal yang terlaksana, dari buku resmi ("berdasarkan Buku Rapat Koordinasi Sinkronisasi Kegiatan Kerja Sama Luar Negeri (2020), terdapat 11 action plan"). Tingkat itu hanya dihitung bila peristiwa rencana aksi yang terlaksana mencatat rencananya; di kasus lain tingkatnya adalah bagian kegiatan yang dibaca pengode dari narasi sumber, diberi label demikian, dan tidak dibandingkan atau digabung dengan yang pertama.',
      en: "004's concept is the share of formal action plans realised, from an official book (\"berdasarkan Buku Rapat Koordinasi Sinkronisasi Kegiatan Kerja Sama Luar Negeri (2020), terdapat 11 action plan\"). That rate is computed only where a realised action-plan event records the plans; elsewhere the rate is a share of activities a coder read from the source's narrative, labelled so, and never compared or pooled with the first.",
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
    const asOf = input.asOf ?? null;
    const due = activities.filter((event) => !notYetDue(event, asOf));
    // A rate needs the plans: an activity recorded as not (yet) realised, or a realised action-plan event. Where only
    // what was realised is recorded, realised / planned would be 1 by construction.
    const recordedPlan = input.events.some((event) => event.stage === "action-plan" && event.status === "realised");
    const assessable = due.some((event) => event.status !== "realised") || recordedPlan;
    // Code-unit order of the fields, so the result does not depend on the locale; activities with no field count only overall.
    const fields = new Map<string, PartnershipEvent[]>();
    for (const event of due) {
      const field = event.field;
      if (field === null) continue;
      const members = fields.get(field);
      if (members === undefined) fields.set(field, [event]);
      else members.push(event);
    }
    const byField: Record<string, ImplementationCount> = {};
    for (const field of [...fields.keys()].sort()) byField[field] = count(fields.get(field)!, assessable);
    const overall = count(due, assessable);
    return {
      ...overall,
      notYetDue: activities.length - due.length,
      basis: overall.rate === null ? null : recordedPlan ? "action-plans" : "reported-activities",
      byField,
      activities,
    };
  },
  isAssessed: (result) => result.planned + result.notYetDue > 0,
  evidenceKinds: (result) => result.activities.map((event) => event.evidence_kind),
  headline: (result, language) => {
    if (result.planned + result.notYetDue === 0) return null;
    const later =
      result.notYetDue === 0
        ? ""
        : language === "id"
          ? `; ${result.notYetDue} rencana lagi belum jatuh tempo pada tanggal sumber`
          : `; ${result.notYetDue} more not yet due at the source's date`;
    if (result.rate === null)
      return language === "id"
        ? `${result.realised} kegiatan terlaksana; rencananya tidak tercatat, sehingga tingkat pelaksanaan tidak dapat dinilai${later}`
        : `${result.realised} activities realised; the plans are not recorded, so the implementation rate is not assessable${later}`;
    const basis = RATE_BASIS_LABELS[result.basis!][language];
    const interval = intervalText(result, language);
    return language === "id"
      ? `${result.realised} dari ${result.planned} ${basis} terlaksana (selang Wilson 95%: ${interval})${later}`
      : `${result.realised} of ${result.planned} ${basis} realised (95% Wilson interval ${interval})${later}`;
  },
  toJson: (result) => ({
    planned: result.planned,
    realised: result.realised,
    cancelled: result.cancelled,
    notYetDue: result.notYetDue,
    rate: result.rate === null ? null : Math.round(result.rate * 10000) / 10000,
    // The rate's 95% Wilson interval: the rates these counts are compatible with.
    rate_interval:
      result.rate === null
        ? null
        : [rateInterval(result)!.low, rateInterval(result)!.high].map((bound) => Math.round(bound * 10000) / 10000),
    basis: result.basis,
    byField: result.byField,
  }),
  columns: [
    {
      name: "realised",
      description: { id: "Rencana aksi dan kegiatan yang terlaksana", en: "Action plans and activities realised" },
      value: (result) => result.realised,
    },
    {
      name: "planned",
      description: {
        id: "Rencana aksi dan kegiatan yang direncanakan dan sudah jatuh tempo pada tanggal sumber, apa pun statusnya",
        en: "Action plans and activities planned and due by the source's date, whatever became of them",
      },
      value: (result) => result.planned,
    },
    {
      name: "rate",
      description: {
        id: "Terlaksana / direncanakan, hanya jika rencananya tercatat (NA bila tidak); lihat rate_of",
        en: "Realised / planned, only where the plans are recorded (NA otherwise); see rate_of",
      },
      value: (result) => result.rate,
      digits: 2,
    },
    {
      name: "rate_low",
      description: {
        id: "Batas bawah selang Wilson 95% tingkat itu (NA bila tingkatnya NA)",
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
    {
      name: "rate_of",
      description: {
        id: "Apa yang diukur tingkat itu: rencana aksi formal (konsep 004) atau kegiatan yang dilaporkan dalam narasi; keduanya tidak dibandingkan",
        en: "What the rate is a share of: formal action plans (004's concept) or activities reported in the narrative; the two are not compared",
      },
      value: (result) => (result.basis === null ? null : RATE_BASIS_LABELS[result.basis].en),
    },
  ],
  aggregate(members) {
    let planned = 0;
    let realised = 0;
    let cancelled = 0;
    let later = 0;
    // One rate per basis, each over the partnerships whose plans are recorded on that basis.
    const sums: Record<RateBasis, { planned: number; realised: number; partnerships: number }> = {
      "action-plans": { planned: 0, realised: 0, partnerships: 0 },
      "reported-activities": { planned: 0, realised: 0, partnerships: 0 },
    };
    for (const { result } of members) {
      planned += result.planned;
      realised += result.realised;
      cancelled += result.cancelled;
      later += result.notYetDue;
      if (result.rate === null || result.basis === null) continue;
      const sum = sums[result.basis];
      sum.planned += result.planned;
      sum.realised += result.realised;
      sum.partnerships++;
    }
    const of = (basis: RateBasis) => pooled(sums[basis].planned, sums[basis].realised, sums[basis].partnerships);
    return {
      planned,
      realised,
      cancelled,
      notYetDue: later,
      actionPlans: of("action-plans"),
      reportedActivities: of("reported-activities"),
    };
  },
  aggregateColumns: aggregateColumns(),
};

function aggregateColumns(): Array<SummaryColumn<ImplementationAggregate>> {
  return [
    {
      name: "action_plan_rate",
      description: {
        id: "Bagian rencana aksi formal yang terlaksana (konsep 004), atas kerja sama yang rencananya tercatat",
        en: "Share of formal action plans realised (004's concept), over the partnerships whose plans are recorded",
      },
      value: (aggregate) => aggregate.actionPlans.rate,
      digits: 2,
    },
    {
      name: "action_plans",
      description: {
        id: "Hitungan di balik action_plan_rate: terlaksana dari direncanakan",
        en: "The counts action_plan_rate rests on: realised of planned",
      },
      value: (aggregate) => countsOf(aggregate.actionPlans),
    },
    {
      name: "action_plan_interval",
      description: {
        id: "Selang Wilson 95% action_plan_rate (menganggap setiap rencana saling bebas, jadi terlalu sempit bila kerja samanya banyak)",
        en: "The 95% Wilson interval of action_plan_rate (it takes every plan as independent: too narrow where it pools partnerships)",
      },
      value: (aggregate) => intervalText(aggregate.actionPlans),
    },
    {
      name: "activity_share",
      description: {
        id: "Bagian kegiatan yang dilaporkan dalam narasi yang terlaksana, atas kerja sama yang rencananya tercatat; bukan konsep 004",
        en: "Share of activities reported in the narrative that were realised, over the partnerships whose plans are recorded; not 004's concept",
      },
      value: (aggregate) => aggregate.reportedActivities.rate,
      digits: 2,
    },
    {
      name: "activities",
      description: {
        id: "Hitungan di balik activity_share: terlaksana dari direncanakan",
        en: "The counts activity_share rests on: realised of planned",
      },
      value: (aggregate) => countsOf(aggregate.reportedActivities),
    },
    {
      name: "activity_interval",
      description: {
        id: "Selang Wilson 95% activity_share (menganggap setiap kegiatan saling bebas)",
        en: "The 95% Wilson interval of activity_share (it takes every activity as independent)",
      },
      value: (aggregate) => intervalText(aggregate.reportedActivities),
    },
  ];
}
