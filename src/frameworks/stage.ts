import { max } from "d3";
import { compareDateStarts, comparePartialDates, decimalYear } from "../dataset/partialDate.ts";
import type { EventStage, PartnershipEvent } from "../dataset/types.ts";
import { evidenceKinds, type EvidenceKind } from "../dataset/vocabularies.ts";
import { vocabulary, vocabularyLabel, type Language, type VocabularyCode } from "../language.ts";
import { LEGAL_RULES, PROCEDURE_RULES, rulesInForce } from "./legalRules.ts";
import { strongestKind } from "../dataset/strongestKind.ts";
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
  /**
   * Date of the latest realised event; null when none is dated, or when a realised event later in the procedure than
   * every dated one has no date (the last activity is then after `lastDatedActivity`, at a date the source does not give).
   */
  lastActivity: string | null;
  /** Date of the latest dated realised event, whether or not an undated one came later. */
  lastDatedActivity: string | null;
  yearsSinceLastActivity: number | null;
  /** The kind of evidence of the event that sets the stage reached (the strongest, when several do); null when none. */
  reachedBy: EvidenceKind | null;
  /** The rules the stages are read against, and the rules in force at each dated step as far as the sources name them. */
  legalBasis: LegalBasis;
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

/** A dated step of the procedure and the rules in force at its date, as far as the sources name them. */
export interface LegalStep {
  stage: StageId;
  date: string;
  /** Id of the rules in force (`LEGAL_RULES`), or null before the oldest rules the sources name. */
  rulesInForce: string | null;
}

/** The rules a partnership's stages are read against, and the dated steps taken before those rules applied. */
export interface LegalBasis {
  /** The rules the stages and requirements are read against: Permendagri 25/2020, the only rules the sources describe step by step. */
  rules: string;
  /** Dated steps taken before those rules applied, with the rules in force at their date. */
  earlierSteps: LegalStep[];
  /**
   * True when a step predates the 2020 rules and the sources do not describe the rules in force then: the stages are
   * then "assessed against 2020 rules", and every output says so.
   */
  assessedAgainstLaterRules: boolean;
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
  citation: {
    en: "Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri; as described in sources 000 (4.1), 001 (1.5.2) and 002 (E).",
    id: "Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri; sebagaimana diuraikan dalam sumber 000 (4.1), 001 (1.5.2) dan 002 (E).",
  },
  sources: ["000_3d052c1bdfd84016.txt", "001_bc7dcdd32c2bdbec.txt", "002_67c8e3af816ed54d.txt"],
  notes: [
    {
      id: "002 menguraikan lima tahap dengan urutan berbeda (persetujuan Depdagri sebelum DPRD) sebagai kesimpulan sementara, tanpa menyebut peraturan (Permendagri 3/2008 dikutipnya hanya untuk prinsip kerja sama); toolkit memakai urutan 000. Tahap yang tercapai dihitung dari peristiwa yang terlaksana saja.",
      en: "002 describes five stages in a different order (Home Affairs approval before the DPRD) as a provisional conclusion, naming no regulation for them (it cites Permendagri 3/2008 only for the principles of cooperation); the toolkit uses 000's order. The stage reached counts realised events only.",
    },
    {
      id: 'Koridor hukum menurut tanggal: setiap langkah bertanggal dicocokkan dengan aturan yang berlaku pada tanggalnya, sejauh sumber menyebutnya. 001 (1.1) menyebut Surat Edaran Mendagri No. 193/1652/PUOD (26 April 1993) dan Permendagri 3/2008 sebagai pedoman Bandung, tetapi tidak satu sumber pun menguraikan tahapannya; 002 menguraikan lima tahap tahun 2008 tanpa menyebut aturannya. Karena itu langkah sebelum 2020 dinilai dengan tahapan Permendagri 25/2020, dan setiap keluaran menyatakan "dinilai dengan aturan 2020".',
      en: 'The legal corridor by date: each dated step is matched with the rules in force at its date, as far as the sources name them. 001 (1.1) names the Home Affairs circular No. 193/1652/PUOD (26 April 1993) and Permendagri 3/2008 as the rules Bandung followed, but no source describes their steps; 002 describes five steps in 2008 naming no rules for them. Steps before 2020 are therefore read against the stages of Permendagri 25/2020, and every output says "assessed against 2020 rules".',
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
    // The furthest stage a dated event marks, and whether an undated event marks a later one.
    let datedReach = -1;
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
      if (event.date !== null && position > datedReach) datedReach = position;
      const known = firstDate[position];
      if (event.date !== null && (known === undefined || compareDateStarts(event.date, known) < 0))
        firstDate[position] = event.date;
    }
    // An undated event of a later stage than every dated one happened after them, at a date the source does not give.
    const undatedLater = reachedIndex > datedReach;
    const lastDatedActivity = lastActivity;
    if (undatedLater) lastActivity = null;
    const asOfYear = asOf === null ? null : decimalYear(asOf);
    const spans: StageSpan[] = [];
    for (let position = 0; position < STAGE_ORDER.length; position++) {
      const from = firstDate[position];
      if (from === undefined) continue;
      let next = position + 1;
      while (next < STAGE_ORDER.length && firstDate[next] === undefined) next++;
      const to = firstDate[next] ?? null;
      // The last dated stage ended at an unknown date when an undated later stage followed it.
      const end = to !== null ? decimalYear(to) : undatedLater ? null : asOfYear;
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
    // Only a status with the source's words behind it (status_evidence) overrides the inference.
    const activeBySource = input.status === "active" && (input.statusEvidence ?? null) !== null;
    const stalledByInactivity =
      !activeBySource && yearsSinceLastActivity !== null && yearsSinceLastActivity >= stalledAfterYears;
    const stalled = !ended && (stalledBySource || stalledByInactivity);
    const reached = reachedIndex >= 0 ? STAGE_ORDER[reachedIndex]! : null;
    const reachedBy =
      reached === null
        ? null
        : strongestKind(
            realised.filter((event) => STAGE_OF_EVENT[event.stage] === reached).map((event) => event.evidence_kind),
          );
    return {
      reached,
      reachedIndex: reachedIndex >= 0 ? reachedIndex + 1 : null,
      stalled,
      stalledBy: !stalled ? null : stalledBySource ? "source" : "inactivity",
      ended,
      lastActivity,
      lastDatedActivity,
      yearsSinceLastActivity,
      reachedBy,
      legalBasis: legalBasis(realised),
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
    const kind =
      result.reachedBy === null || result.reachedBy === "finding"
        ? ""
        : ` (${vocabularyLabel(evidenceKinds, result.reachedBy, language)})`;
    const rules = result.legalBasis.assessedAgainstLaterRules ? `; ${ASSESSED_AGAINST_2020[language]}` : "";
    return `${language === "id" ? "Tahap tercapai" : "Stage reached"}: ${stages.labels[result.reached][language]}${kind}${stalled}${rules}`;
  },
  toJson: (result) => ({
    reached: result.reached,
    stalled: result.stalled,
    stalledBy: result.stalledBy,
    ended: result.ended,
    reachedBy: result.reachedBy,
    lastActivity: result.lastActivity,
    lastDatedActivity: result.lastDatedActivity,
    yearsSinceLastActivity: result.yearsSinceLastActivity,
    legalBasis: result.legalBasis,
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
      name: "stage_evidence",
      description: {
        id: "Jenis bukti peristiwa yang menetapkan tahap tercapai (yang terkuat bila lebih dari satu)",
        en: "Kind of evidence of the event that sets the stage reached (the strongest when several do)",
      },
      value: (result) => result.reachedBy,
    },
    {
      name: "legal_basis",
      description: {
        id: 'Aturan yang dipakai menilai tahapan: Permendagri 25/2020, atau "dinilai dengan aturan 2020" bila ada langkah sebelum 2020 (sumber tidak menguraikan aturan yang berlaku saat itu)',
        en: 'Rules the stages are read against: Permendagri 25/2020, or "assessed against 2020 rules" when a step predates them (the sources do not describe the rules then in force)',
      },
      value: (result) =>
        result.reached === null
          ? null
          : result.legalBasis.assessedAgainstLaterRules
            ? ASSESSED_AGAINST_2020.en
            : PROCEDURE_RULES.name.en,
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

/** What every output says when a step predates the rules the stages come from. */
const ASSESSED_AGAINST_2020: Readonly<Record<Language, string>> = {
  id: "dinilai dengan aturan 2020",
  en: "assessed against 2020 rules",
};

/**
 * The dated steps of the procedure with the rules in force at each date; the
 * stages are "assessed against 2020 rules" when a step predates them and the
 * sources do not describe the rules in force then.
 */
function legalBasis(realised: readonly PartnershipEvent[]): LegalBasis {
  const earlierSteps: LegalStep[] = [];
  for (const event of realised) {
    const stageId = STAGE_OF_EVENT[event.stage];
    if (stageId === undefined || event.date === null) continue;
    const rules = rulesInForce(event.date);
    if (rules === PROCEDURE_RULES) continue;
    earlierSteps.push({ stage: stageId, date: event.date, rulesInForce: rules?.id ?? null });
  }
  // In date order, then the procedure's, whatever the order of the rows.
  earlierSteps.sort((a, b) => compareDateStarts(a.date, b.date) || STAGE_POSITION[a.stage] - STAGE_POSITION[b.stage]);
  const undescribed = earlierSteps.some(
    (step) => step.rulesInForce === null || !LEGAL_RULES_BY_ID.get(step.rulesInForce)!.describesProcedure,
  );
  return { rules: PROCEDURE_RULES.id, earlierSteps, assessedAgainstLaterRules: undescribed };
}

const LEGAL_RULES_BY_ID = new Map(LEGAL_RULES.map((rules) => [rules.id, rules]));
