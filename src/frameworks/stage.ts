import { max } from "d3";
import { compareDateStarts, comparePartialDates, decimalYear } from "../dataset/partialDate.ts";
import type { EventStage, PartnershipEvent } from "../dataset/types.ts";
import { vocabulary, type VocabularyCode } from "../language.ts";
import { presenceScale } from "./scales.ts";
import { presenceItem } from "./checklist.ts";
import { byIndicator, evidenceKindsOf, indicatorJson, scoreIndicators } from "./scoreIndicators.ts";
import type { Framework, Indicator, IndicatorScore, PartnershipInput } from "./types.ts";

/** The stages of the procedure in order (Permendagri 25/2020 as described in 000, section 4.1). */
export const stages = vocabulary({
  initiation: { id: "inisiasi", en: "initiation" },
  exploration: { id: "eksplorasi", en: "exploration" },
  loi: { id: "LoI", en: "LoI" },
  "action-plan": { id: "rencana aksi", en: "action plan" },
  "dprd-approval": { id: "persetujuan DPRD", en: "DPRD approval" },
  "mou-drafted": { id: "MoU disusun", en: "MoU drafted" },
  "central-verification": { id: "verifikasi pusat", en: "central verification" },
  "mou-signed": { id: "MoU ditandatangani", en: "MoU signed" },
  implementation: { id: "pelaksanaan", en: "implementation" },
});
export type StageId = VocabularyCode<typeof stages>;
/** The nine stages of the procedure, in order. */
export const STAGE_ORDER = stages.codes;

const STAGE_POSITION = Object.fromEntries(STAGE_ORDER.map((stageId, position) => [stageId, position])) as Record<
  StageId,
  number
>;

/** Which procedural stage an event stands for; extension, stalled and ended events mark no stage. */
export const STAGE_OF_EVENT: Readonly<Partial<Record<EventStage, StageId>>> = {
  initiation: "initiation",
  exploration: "exploration",
  "loi-signed": "loi",
  "action-plan": "action-plan",
  "dprd-approval": "dprd-approval",
  "mou-drafted": "mou-drafted",
  "central-verification": "central-verification",
  "mou-signed": "mou-signed",
  activity: "implementation",
};

export interface StageSpan {
  stage: StageId;
  /** Date of the first realised event of the stage. */
  from: string;
  /** Date the next reached stage began, or null for the current stage. */
  to: string | null;
  /** Years spent in the stage (to the next stage, or to `asOf` for the current one); null when the dates cannot say. */
  years: number | null;
}

export interface StageResult {
  /** Furthest stage reached by a realised event, or null when no realised event marks a stage. */
  reached: StageId | null;
  /** Its position, 1–9, for sorting and charts. */
  reachedIndex: number | null;
  stalled: boolean;
  /** Why: the source says so (a stalled event), or no realised event for `stalledAfterYears`. */
  stalledBy: "source" | "inactivity" | null;
  ended: boolean;
  /** Date of the latest dated realised event. */
  lastActivity: string | null;
  yearsSinceLastActivity: number | null;
  /** Time spent in each reached stage that has a dated event, in order. */
  spans: StageSpan[];
  /** Article 5 requirements of Permendagri 25/2020 as a checklist (1 met, 0 not met, NA). */
  requirements: Readonly<Record<string, IndicatorScore>>;
  asOf: string | null;
  /** The realised events the result reads, for their evidence. */
  realised: readonly PartnershipEvent[];
  /** Stalls the source gives a length for (and so ended), with their start when dated. */
  episodes: Array<{ stage: "stalled"; from: string | null; years: number }>;
}

export interface StageAggregate {
  /** The furthest stage any partnership reached. */
  reached: StageId | null;
  /** Stalled only when every partnership is. */
  stalled: boolean;
  stalledPartnerships: string[];
}

export interface StageOptions {
  /** A partnership with no realised event for this many years is stalled. Default 3. */
  stalledAfterYears: number;
  /** Reference date (year, year-month or date) for "how long ago"; null measures nothing and never flags inactivity. */
  asOf: string | null;
}

const requirements: Indicator[] = [
  presenceItem(
    "diplomatic_relations",
    { id: "hubungan diplomatik dengan Indonesia", en: "diplomatic relations with Indonesia" },
    {
      id: "Negara mitra memiliki hubungan diplomatik dengan Indonesia.",
      en: "The partner's country has diplomatic relations with Indonesia.",
    },
  ),
  presenceItem(
    "local_government_affair",
    { id: "urusan pemerintahan daerah", en: "within local government affairs" },
    {
      id: "Objek kerja sama termasuk urusan (kewenangan) pemerintah daerah.",
      en: "The cooperation concerns affairs within the local government's authority.",
    },
  ),
  presenceItem(
    "no_office_abroad",
    { id: "tidak membuka kantor perwakilan di luar negeri", en: "no representative office abroad" },
    {
      id: "Pemerintah daerah tidak membuka kantor perwakilan di luar negeri.",
      en: "The local government opens no representative office abroad.",
    },
  ),
  presenceItem(
    "non_interference",
    { id: "tidak mencampuri urusan dalam negeri", en: "no interference in domestic affairs" },
    {
      id: "Kerja sama tidak mencampuri urusan pemerintahan dalam negeri.",
      en: "The cooperation does not interfere in domestic government affairs.",
    },
  ),
  presenceItem(
    "development_plans",
    {
      id: "sesuai rencana pembangunan nasional dan daerah",
      en: "consistent with national and regional development plans",
    },
    {
      id: "Kerja sama sesuai dengan kebijakan dan rencana pembangunan nasional dan daerah.",
      en: "The cooperation follows national and regional development policies and plans.",
    },
  ),
  presenceItem(
    "equal_status",
    { id: "kesetaraan status administrasi", en: "equal administrative status" },
    {
      id: "Kedua pihak setara dalam status administrasi dan/atau wilayah.",
      en: "Both sides are equal in administrative status and/or territory.",
    },
  ),
];

const checkStalledAfterYears = (years: number) => {
  if (typeof years !== "number" || !Number.isFinite(years) || years <= 0)
    throw new Error(`stalledAfterYears must be a positive number of years, found ${JSON.stringify(years)}`);
};
const checkAsOf = (asOf: string | null) => {
  if (asOf !== null) decimalYear(asOf);
};

/**
 * The procedure and legal corridor: the stage a partnership has reached from
 * its realised events (initiation → exploration → LoI → action plan → DPRD
 * approval → MoU drafted → central verification → MoU signed →
 * implementation), the time spent in each stage, a stalled flag, and the
 * Article 5 requirements of Permendagri 25/2020 as a coded checklist.
 */
export const stage: Framework<StageResult, StageOptions, StageAggregate> = {
  id: "stage",
  name: { id: "Tahapan dan koridor hukum", en: "Procedure and legal corridor" },
  description: {
    id: "Tahapan kerja sama menurut Permendagri 25/2020 sebagaimana diuraikan dalam 000: inisiasi, eksplorasi, penandatanganan LoI, rencana aksi, persetujuan DPRD, penyusunan MoU, verifikasi pemerintah pusat, penandatanganan MoU, dan pelaksanaan; serta persyaratan Pasal 5 sebagai daftar periksa.",
    en: "The stages of a partnership under Permendagri 25/2020 as described in 000: initiation, exploration, LoI signed, action plan, DPRD approval, MoU drafted, central verification, MoU signed and implementation; and the Article 5 requirements as a checklist.",
  },
  citation:
    "Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri; as described in sources 000 (4.1), 001 (1.5.2) and 002 (E).",
  sources: ["000_3d052c1bdfd84016.txt", "001_bc7dcdd32c2bdbec.txt", "002_67c8e3af816ed54d.txt"],
  notes: [
    {
      id: "002 menguraikan lima tahap dengan urutan berbeda (persetujuan Depdagri sebelum DPRD) sebagai kesimpulan sementara, tanpa menyebut peraturan (Permendagri 3/2008 dikutipnya hanya untuk prinsip kerja sama); toolkit memakai urutan 000. Tahap yang tercapai dihitung dari peristiwa yang terlaksana saja.",
      en: "002 describes five stages in a different order (Home Affairs approval before the DPRD) as a provisional conclusion, naming no regulation for them (it cites Permendagri 3/2008 only for the principles of cooperation); the toolkit uses 000's order. The stage reached counts realised events only.",
    },
    {
      id: "000 (4.1) mengaitkan dengan Pasal 5 hanya tiga persyaratan (dalam kewenangan, tanpa kantor perwakilan di luar negeri, sesuai rencana pembangunan) ditambah hubungan diplomatik sebagai titik awal; 001 (1.5.2) mendaftar lima persyaratan dan kesetaraan status menurut Permendagri 25/2020 tanpa menyebut pasalnya.",
      en: "000 (4.1) ties only three requirements to Article 5 (within the local government's authority, no office abroad, following development plans), plus diplomatic relations as the starting point; 001 (1.5.2) lists five requirements and equal status under Permendagri 25/2020 without naming the article.",
    },
  ],
  reads: ["events", "codings"],
  scale: presenceScale,
  groups: [],
  indicators: requirements,
  options: {
    asOf: {
      flag: "as-of",
      type: "partial-date",
      description: {
        id: "Tanggal acuan untuk status macet dan durasi (YYYY, YYYY-MM atau YYYY-MM-DD; bawaan: tanggal terakhir yang digambarkan sumber-sumber kerja sama itu)",
        en: "Reference date for the stalled flag and durations (YYYY, YYYY-MM or YYYY-MM-DD; default: the latest date the partnership's sources describe)",
      },
      default: null,
      check: checkAsOf,
    },
    stalledAfterYears: {
      flag: "stalled-after",
      type: "number",
      description: {
        id: "Tahun tanpa peristiwa terlaksana sebelum kerja sama dianggap macet (bawaan: 3)",
        en: "Years without a realised event before a partnership is stalled (default: 3)",
      },
      default: 3,
      check: checkStalledAfterYears,
    },
  },
  score(input: PartnershipInput, options: Partial<StageOptions> = {}): StageResult {
    const { stalledAfterYears = 3 } = options;
    const asOf = options.asOf ?? input.asOf ?? null;
    checkStalledAfterYears(stalledAfterYears);
    checkAsOf(asOf);
    const realised = input.events.filter((event) => event.status === "realised");
    let reachedIndex = -1;
    // First realised date of each stage, by position in STAGE_ORDER.
    const firstDate: Array<string | undefined> = new Array(STAGE_ORDER.length);
    let lastActivity: string | null = null;
    for (const event of realised) {
      if (
        event.stage !== "stalled" &&
        event.date !== null &&
        (lastActivity === null || compareDateStarts(event.date, lastActivity) > 0)
      )
        lastActivity = event.date;
      const stageId = STAGE_OF_EVENT[event.stage];
      if (stageId === undefined) continue;
      const position = STAGE_POSITION[stageId];
      if (position > reachedIndex) reachedIndex = position;
      const known = firstDate[position];
      if (event.date !== null && (known === undefined || compareDateStarts(event.date, known) < 0))
        firstDate[position] = event.date;
    }
    const asOfYear = asOf === null ? null : decimalYear(asOf);
    const spans: StageSpan[] = [];
    for (let position = 0; position < STAGE_ORDER.length; position++) {
      const from = firstDate[position];
      if (from === undefined) continue;
      let next = position + 1;
      while (next < STAGE_ORDER.length && firstDate[next] === undefined) next++;
      const to = firstDate[next] ?? null;
      const end = to !== null ? decimalYear(to) : asOfYear;
      // A span whose end is a date containing its start (2008-09 → 2008) cannot be measured.
      const measurable = end !== null && (to === null || comparePartialDates(to, from) !== 0 || to === from);
      spans.push({
        stage: STAGE_ORDER[position]!,
        from,
        to,
        years: measurable ? Math.round(Math.max(0, end - decimalYear(from)) * 100) / 100 : null,
      });
    }
    const yearsSinceLastActivity =
      lastActivity === null || asOfYear === null
        ? null
        : Math.round(Math.max(0, asOfYear - decimalYear(lastActivity)) * 100) / 100;
    // A stall with a length is an episode that ended; an open-ended one stalls the partnership unless a later activity is dated.
    const episodes = realised
      .filter((event) => event.stage === "stalled" && event.duration_years !== null)
      .map((event) => ({ stage: "stalled" as const, from: event.date, years: event.duration_years! }));
    const stalledBySource = realised.some(
      (event) =>
        event.stage === "stalled" &&
        event.duration_years === null &&
        (event.date === null || lastActivity === null || comparePartialDates(event.date, lastActivity) >= 0),
    );
    const ended = realised.some((event) => event.stage === "ended");
    // Inactivity is the toolkit's inference from dated events: it gives way to a source that calls the partnership active.
    const stalledByInactivity =
      input.status !== "active" && yearsSinceLastActivity !== null && yearsSinceLastActivity >= stalledAfterYears;
    const stalled = !ended && (stalledBySource || stalledByInactivity);
    const reached = reachedIndex >= 0 ? STAGE_ORDER[reachedIndex]! : null;
    return {
      reached,
      reachedIndex: reachedIndex >= 0 ? reachedIndex + 1 : null,
      stalled,
      stalledBy: !stalled ? null : stalledBySource ? "source" : "inactivity",
      ended,
      lastActivity,
      yearsSinceLastActivity,
      spans,
      requirements: byIndicator(scoreIndicators("stage", requirements, input.codings)),
      asOf,
      realised,
      episodes,
    };
  },
  isAssessed: (result) =>
    result.reached !== null || Object.values(result.requirements).some((entry) => entry.score !== null),
  evidenceKinds: (result) => [
    ...result.realised.map((event) => event.evidence_kind),
    ...evidenceKindsOf(Object.values(result.requirements)),
  ],
  headline(result, language) {
    if (result.reached === null) return null;
    const stalled = result.stalled
      ? language === "id"
        ? " (macet)"
        : " (stalled)"
      : result.ended
        ? language === "id"
          ? " (berakhir)"
          : " (ended)"
        : "";
    return `${language === "id" ? "Tahap tercapai" : "Stage reached"}: ${stages.labels[result.reached][language]}${stalled}`;
  },
  toJson: (result) => ({
    reached: result.reached,
    stalled: result.stalled,
    stalledBy: result.stalledBy,
    ended: result.ended,
    lastActivity: result.lastActivity,
    yearsSinceLastActivity: result.yearsSinceLastActivity,
    asOf: result.asOf,
    spans: result.spans,
    episodes: result.episodes,
    requirements: Object.values(result.requirements).map(indicatorJson),
  }),
  columns: [
    {
      name: "stage",
      description: {
        id: "Tahap terjauh yang dicapai peristiwa terlaksana (Permendagri 25/2020)",
        en: "Furthest stage reached by a realised event (Permendagri 25/2020)",
      },
      value: (result) => result.reached,
    },
    {
      name: "stalled",
      description: {
        id: "Macet: sumber menyatakannya, atau tidak ada peristiwa terlaksana selama --stalled-after tahun sebelum tanggal acuan (--as-of)",
        en: "Stalled: the source says so, or no realised event for --stalled-after years before the reference date (--as-of)",
      },
      value: (result) =>
        result.reached === null && result.lastActivity === null && !result.stalled ? null : result.stalled,
    },
  ],
  aggregate(members) {
    const reachedIndex = max(members, (member) => member.result.reachedIndex) ?? null;
    const stalledPartnerships = members.filter((member) => member.result.stalled).map((member) => member.id);
    return {
      reached: reachedIndex === null ? null : (STAGE_ORDER[reachedIndex - 1] ?? null),
      stalled: members.length > 0 && stalledPartnerships.length === members.length,
      stalledPartnerships,
    };
  },
  sets: [
    {
      name: "ACTIVE",
      description: {
        id: "Kerja sama aktif: 1 bila telah mencapai pelaksanaan dan tidak vakum; 0,33 bila disepakati tetapi belum dilaksanakan; 0 bila vakum atau berakhir; NA bila tidak ada peristiwa terlaksana.",
        en: "An active partnership: 1 when it reached implementation and has not stalled; 0.33 when agreed but not yet implemented; 0 when stalled or ended; NA when no realised event is recorded.",
      },
      membership: (result: StageResult) =>
        result.reached === null
          ? null
          : result.stalled || result.ended
            ? 0
            : result.reached === "implementation"
              ? 1
              : 0.33,
    },
  ],
  aggregateColumns: [
    {
      name: "furthest_stage",
      description: {
        id: "Tahap terjauh yang dicapai kerja sama mana pun",
        en: "Furthest stage reached by any partnership",
      },
      value: (aggregate) => aggregate.reached,
    },
    {
      name: "stalled_partnerships",
      description: { id: "Jumlah kerja sama yang macet", en: "Number of partnerships stalled" },
      value: (aggregate) => aggregate.stalledPartnerships.length,
    },
  ],
};
