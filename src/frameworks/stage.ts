import { decimalYear, comparePartialDates } from "../dataset/partialDate.ts";
import type { EventStage, PartnershipEvent } from "../dataset/types.ts";
import { presenceScale } from "./scales.ts";
import { presenceAnchors } from "./checklist.ts";
import { byIndicator, scoreIndicators } from "./scoreIndicators.ts";
import type { Bilingual, Framework, Indicator, IndicatorScore, PartnershipInput } from "./types.ts";

/** The stages of the procedure in order (Permendagri 25/2020 as described in 000, section 4.1). */
export const STAGE_ORDER = [
  "initiation",
  "exploration",
  "loi",
  "action-plan",
  "dprd-approval",
  "mou-drafted",
  "central-verification",
  "mou-signed",
  "implementation",
] as const;
export type StageId = (typeof STAGE_ORDER)[number];

const STAGE_POSITION = Object.fromEntries(STAGE_ORDER.map((stageId, position) => [stageId, position])) as Record<StageId, number>;

/** Which procedural stage an event stands for; extension, stalled and ended events mark no stage. */
export const STAGE_OF_EVENT: Partial<Record<EventStage, StageId>> = {
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
  /** Years spent in the stage (to the next stage, or to `asOf` for the current one). */
  years: number;
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
  requirements: Record<string, IndicatorScore>;
  asOf: string | null;
}

export interface StageOptions {
  /** A partnership with no realised event for this many years is stalled. Default 3. */
  stalledAfterYears: number;
  /** Reference date (year, year-month or date) for "how long ago"; null measures nothing and never flags inactivity. */
  asOf: string | null;
}

const requirement = (id: string, name: Bilingual, definition: Bilingual): Indicator => ({ id, name, definition, anchors: presenceAnchors(name) });

const requirements: Indicator[] = [
  requirement("diplomatic_relations", { id: "hubungan diplomatik dengan Indonesia", en: "diplomatic relations with Indonesia" }, { id: "Negara mitra memiliki hubungan diplomatik dengan Indonesia.", en: "The partner's country has diplomatic relations with Indonesia." }),
  requirement("local_government_affair", { id: "urusan pemerintahan daerah", en: "within local government affairs" }, { id: "Objek kerja sama termasuk urusan (kewenangan) pemerintah daerah.", en: "The cooperation concerns affairs within the local government's authority." }),
  requirement("no_office_abroad", { id: "tidak membuka kantor perwakilan di luar negeri", en: "no representative office abroad" }, { id: "Pemerintah daerah tidak membuka kantor perwakilan di luar negeri.", en: "The local government opens no representative office abroad." }),
  requirement("non_interference", { id: "tidak mencampuri urusan dalam negeri", en: "no interference in domestic affairs" }, { id: "Kerja sama tidak mencampuri urusan pemerintahan dalam negeri.", en: "The cooperation does not interfere in domestic government affairs." }),
  requirement("development_plans", { id: "sesuai rencana pembangunan nasional dan daerah", en: "consistent with national and regional development plans" }, { id: "Kerja sama sesuai dengan kebijakan dan rencana pembangunan nasional dan daerah.", en: "The cooperation follows national and regional development policies and plans." }),
  requirement("equal_status", { id: "kesetaraan status administrasi", en: "equal administrative status" }, { id: "Kedua pihak setara dalam status administrasi dan/atau wilayah.", en: "Both sides are equal in administrative status and/or territory." }),
];

/** Checks the options and throws with the bad value. */
function checkOptions({ stalledAfterYears, asOf }: StageOptions): void {
  if (!Number.isFinite(stalledAfterYears) || stalledAfterYears <= 0) throw new Error(`stalledAfterYears must be a positive number, found ${JSON.stringify(stalledAfterYears)}`);
  if (asOf !== null) decimalYear(asOf);
}

/**
 * The procedure and legal corridor: the stage a partnership has reached from
 * its realised events (initiation → exploration → LoI → action plan → DPRD
 * approval → MoU drafted → central verification → MoU signed →
 * implementation), the time spent in each stage, a stalled flag, and the
 * Article 5 requirements of Permendagri 25/2020 as a coded checklist.
 */
export const stage: Framework<StageResult, StageOptions> = {
  id: "stage",
  name: { id: "Tahapan dan koridor hukum", en: "Procedure and legal corridor" },
  description: {
    id: "Tahapan kerja sama menurut Permendagri 25/2020 sebagaimana diuraikan dalam 000: inisiasi, eksplorasi, penandatanganan LoI, rencana aksi, persetujuan DPRD, penyusunan MoU, verifikasi pemerintah pusat, penandatanganan MoU, dan pelaksanaan; serta persyaratan Pasal 5 sebagai daftar periksa.",
    en: "The stages of a partnership under Permendagri 25/2020 as described in 000: initiation, exploration, LoI signed, action plan, DPRD approval, MoU drafted, central verification, MoU signed and implementation; and the Article 5 requirements as a checklist.",
  },
  citation: "Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri; as described in sources 000 (4.1), 001 (1.5.2) and 002 (E).",
  sources: ["000_3d052c1bdfd84016.txt", "001_bc7dcdd32c2bdbec.txt", "002_67c8e3af816ed54d.txt"],
  notes: [
    {
      id: "002 menguraikan lima tahap dengan urutan berbeda (persetujuan Depdagri sebelum DPRD, di bawah Permendagri 3/2008); toolkit memakai urutan 000. Tahap yang tercapai dihitung dari peristiwa yang terlaksana saja.",
      en: "002 describes five stages in a different order (Home Affairs approval before the DPRD, under Permendagri 3/2008); the toolkit uses 000's order. The stage reached counts realised events only.",
    },
  ],
  reads: ["events", "codings"],
  scale: presenceScale,
  groups: [],
  indicators: requirements,
  score(input: PartnershipInput, options: Partial<StageOptions> = {}): StageResult {
    const { stalledAfterYears = 3, asOf = null } = options;
    checkOptions({ stalledAfterYears, asOf });
    const realised = input.events.filter((event) => event.status === "realised");
    let reachedIndex = -1;
    // First realised date of each stage, by position in STAGE_ORDER.
    const firstDate: Array<string | undefined> = new Array(STAGE_ORDER.length);
    let lastActivity: string | null = null;
    for (const event of realised) {
      if (event.stage !== "stalled" && event.date !== null && (lastActivity === null || comparePartialDates(event.date, lastActivity) > 0)) lastActivity = event.date;
      const stageId = STAGE_OF_EVENT[event.stage];
      if (stageId === undefined) continue;
      const position = STAGE_POSITION[stageId];
      if (position > reachedIndex) reachedIndex = position;
      const known = firstDate[position];
      if (event.date !== null && (known === undefined || comparePartialDates(event.date, known) < 0)) firstDate[position] = event.date;
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
      spans.push({ stage: STAGE_ORDER[position]!, from, to, years: end === null ? 0 : Math.round(Math.max(0, end - decimalYear(from)) * 100) / 100 });
    }
    const yearsSinceLastActivity = lastActivity === null || asOfYear === null ? null : Math.round((asOfYear - decimalYear(lastActivity)) * 100) / 100;
    const stalledBySource = realised.some(
      (event) => event.stage === "stalled" && (event.date === null || lastActivity === null || comparePartialDates(event.date, lastActivity) >= 0),
    );
    const ended = realised.some((event) => event.stage === "ended");
    const stalledByInactivity = yearsSinceLastActivity !== null && yearsSinceLastActivity >= stalledAfterYears;
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
    };
  },
};

/** Events of a partnership sorted by date (undated last), for timelines. */
export function sortEvents(events: PartnershipEvent[]): PartnershipEvent[] {
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date));
}
