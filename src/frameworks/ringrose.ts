import { formatDecimal } from "../formatDecimal.ts";
import { max, mean, min } from "d3";
import { fulfilmentScale, scoreMembership } from "./scales.ts";
import { evidenceKindsOf, indicatorJson, scoreIndicators } from "./scoreIndicators.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
import type { Language } from "../language.ts";
import { CONDITION_ORDER, OUTCOME_ELEMENT, type ConditionId } from "./ringroseConditions.ts";
import type { Framework, Indicator, IndicatorScore, PartnershipInput } from "./types.ts";

/** The five elements, in Ringrose's order. */
export const ELEMENT_ORDER = [
  "commitment",
  "community_participation",
  "mutual_understanding",
  "reciprocity",
  "tangible_results",
] as const;
export type ElementId = (typeof ELEMENT_ORDER)[number];

/** A condition scored below 2, with its evidence. */
export interface ConditionShortfall {
  element: ConditionId;
  score: number;
  evidence: string | null;
  evidence_kind: EvidenceKind | null;
  source: string | null;
  locator: string | null;
}

export interface RingroseResult {
  elements: Record<ElementId, IndicatorScore>;
  /**
   * The conditions score: the weighted mean of the assessed conditions (commitment, community participation,
   * mutual understanding, reciprocity) on [0, 1] (score / 2); null when none is assessed. Tangible results, an
   * outcome, is not in it: see `tangibleResults`.
   */
  index: number | null;
  /** Share of the four conditions assessed (not NA), in [0, 1]. */
  assessed: number;
  /** How many of the four conditions were assessed (not NA). */
  assessedCount: number;
  /** Whether the score rests on at least `minimumCoverage` conditions: only then is it ranked, sorted or coloured by. */
  rankable: boolean;
  /** Conditions scored 0 ("not met"), with their evidence. NA conditions are not listed: silence is not failure. */
  notMet: ConditionShortfall[];
  /** Conditions scored 1 ("partly met": on paper, one side only, or limited), with their evidence. */
  partlyMet: ConditionShortfall[];
  /** The outcome, tangible results (0–2), reported apart from the conditions; null when the source is silent. */
  tangibleResults: number | null;
  /** Elements (conditions or the outcome) the source is silent on. */
  notAssessed: ElementId[];
}

export interface RingroseAggregate {
  /** Per element: mean score over the partnerships that assessed it, with the range and how many did. */
  elements: Record<ElementId, { score: number | null; min: number | null; max: number | null; n: number }>;
  /** Mean conditions score over the partnerships whose score is rankable; min and max show the spread. */
  index: number | null;
  indexMin: number | null;
  indexMax: number | null;
  /** How many partnerships the mean rests on (rankable scores). */
  indexCount: number;
  /** Partnerships with a conditions score left out of the mean because it rests on too few conditions. */
  leftOut: string[];
  /** Share of elements assessed in at least one partnership. */
  assessed: number;
  /** Conditions assessed somewhere and scored 0 wherever assessed. */
  notMet: ConditionId[];
  /** Conditions assessed somewhere, scored above 0 somewhere, and below 2 on average. */
  partlyMet: ConditionId[];
}

export interface RingroseOptions {
  /**
   * Weight of each condition; missing conditions weigh 1. Weights must be finite and non-negative. Tangible results
   * takes no weight: it is an outcome, not in the conditions score. Tjandradewi & Marcotullio (2009) found the
   * elements unequal in importance; equal weights are the toolkit's default, not a finding.
   */
  weights: Partial<Record<ConditionId, number>>;
  /** Fewest conditions assessed for the score to be ranked, sorted or coloured by (default 3 of 4). */
  minimumCoverage: number;
}

const checkMinimumCoverage = (count: number) => {
  if (!Number.isInteger(count) || count < 1 || count > CONDITION_ORDER.length)
    throw new Error(
      `minimumCoverage must be a whole number of conditions from 1 to ${CONDITION_ORDER.length}, found ${JSON.stringify(count)}`,
    );
};

const indicators: Indicator[] = [
  {
    id: "commitment",
    name: { id: "Komitmen", en: "Commitment" },
    definition: {
      id: "Komitmen kedua pihak, terlihat dari upaya, waktu dan sumber finansial yang dikeluarkan, meskipun porsinya berbeda.",
      en: "Commitment of both sides, seen in the effort, time and money each puts in, even in different shares.",
    },
    anchors: {
      0: {
        id: "Tidak ada pihak yang mencurahkan waktu atau dana; kerja sama vakum.",
        en: "Neither side puts in time or money; the partnership is idle.",
      },
      1: {
        id: "Komitmen hanya di atas kertas (mis. kelompok kerja dalam MoU) atau hanya dari satu pihak.",
        en: "Commitment only on paper (e.g. a working group in the MoU) or from one side only.",
      },
      2: {
        id: "Kedua pihak terbukti mencurahkan waktu dan dana untuk kegiatan.",
        en: "Both sides demonstrably put time and money into activities.",
      },
    },
  },
  {
    id: "community_participation",
    name: { id: "Partisipasi masyarakat", en: "Community participation" },
    definition: {
      id: "Keterlibatan masyarakat dan lembaga masyarakat dalam proses dan pelaksanaan program kerja sama.",
      en: "Involvement of citizens and community organisations in the process and implementation of the programmes.",
    },
    anchors: {
      0: {
        id: "Masyarakat tidak dilibatkan; kegiatan hanya antarpejabat.",
        en: "Citizens are not involved; activities are between officials only.",
      },
      1: {
        id: "Keterlibatan terbatas: kelompok kecil (mis. pebisnis) atau hanya sebagai penonton.",
        en: "Limited involvement: a narrow group (e.g. business people) or citizens only as spectators.",
      },
      2: {
        id: "Masyarakat atau lembaganya ikut aktif dalam program.",
        en: "Citizens or their organisations take an active part in the programmes.",
      },
    },
  },
  {
    id: "mutual_understanding",
    name: { id: "Pemahaman bersama", en: "Mutual understanding" },
    definition: {
      id: "Kedua pihak memahami harapan, tujuan dan hasil yang hendak dicapai; pemahaman ini dapat ditingkatkan dengan perjanjian tertulis seperti MoU (001, 1.6.2.2).",
      en: "Both sides understand the expectations, goals and results sought; a written agreement such as an MoU can strengthen that understanding (001, 1.6.2.2).",
    },
    anchors: {
      0: {
        id: "Sumber menyatakan tujuan tidak disepakati atau dipahami berbeda oleh kedua pihak.",
        en: "The source states that the goals are not agreed, or that the two sides understand them differently.",
      },
      1: {
        id: "Tujuan hanya dinyatakan di atas kertas (LoI, MoU, atau rencana kerja yang disepakati), atau hanya dikejar satu pihak; sumber tidak menunjukkan kedua pihak mengejarnya bersama.",
        en: "Goals are stated on paper only (an LoI, an MoU or an agreed work plan), or pursued by one side only; the source does not show both sides pursuing them together.",
      },
      2: {
        id: "Sumber menunjukkan kedua pihak mengejar tujuan bersama dalam kegiatan yang terlaksana; rencana kerja di atas kertas saja belum cukup.",
        en: "The source shows both sides pursuing shared goals together in activities carried out; a work plan on paper is not enough.",
      },
    },
  },
  {
    id: "reciprocity",
    name: { id: "Timbal balik", en: "Reciprocity" },
    definition: {
      id: "Kedua pihak memberi dan menerima secara sepadan serta menunjukkan tanggung jawabnya.",
      en: "Both sides give and receive in fair measure and show their responsibility.",
    },
    anchors: {
      0: {
        id: "Hubungan satu arah atau tidak ada tanggapan dari salah satu pihak.",
        en: "A one-way relationship, or one side does not respond.",
      },
      1: {
        id: "Timbal balik sebagian: manfaat disepakati tetapi belum terwujud bagi kedua pihak.",
        en: "Partial reciprocity: mutual benefit agreed but not yet realised for both sides.",
      },
      2: {
        id: "Kedua pihak terbukti memperoleh manfaat dan berkontribusi.",
        en: "Both sides demonstrably benefit and contribute.",
      },
    },
  },
  {
    id: "tangible_results",
    name: { id: "Hasil nyata", en: "Tangible results" },
    definition: {
      id: "Hasil nyata dari pelaksanaan kerja sama yang dirasakan para pihak, langsung atau tidak langsung.",
      en: "Tangible results of the cooperation felt by the parties, directly or indirectly.",
    },
    anchors: {
      0: {
        id: "Sumber menyatakan kerja sama tidak menghasilkan apa pun (diamnya sumber adalah NA, bukan 0).",
        en: "The source states that the partnership produced no result (a source that is silent is NA, not 0).",
      },
      1: {
        id: "Hasil direncanakan atau sebagian kecil program terlaksana tanpa dampak yang dilaporkan.",
        en: "Results are planned, or a few programmes ran without a reported effect.",
      },
      2: {
        id: "Sumber melaporkan hasil atau dampak nyata dari kegiatan yang terlaksana.",
        en: "The source reports concrete results or effects of activities carried out.",
      },
    },
  },
];

/** Checks weights: finite, non-negative, for the four conditions (tangible results is an outcome and takes none). Throws with the bad value. */
export function checkWeights(weights: Partial<Record<string, number>>): void {
  if (typeof weights !== "object" || weights === null)
    throw new Error(`weights must be an object of condition weights, found ${JSON.stringify(weights)}`);
  for (const [element, weight] of Object.entries(weights)) {
    if (element === OUTCOME_ELEMENT)
      throw new Error(
        `tangible_results takes no weight: it is an outcome, reported apart from the conditions score (weigh one of ${CONDITION_ORDER.join(", ")})`,
      );
    if (!(CONDITION_ORDER as readonly string[]).includes(element))
      throw new Error(
        `unknown Ringrose element ${JSON.stringify(element)} in weights (expected one of ${CONDITION_ORDER.join(", ")})`,
      );
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0)
      throw new Error(`weight of ${element} must be a finite number ≥ 0, found ${JSON.stringify(weight)}`);
  }
}

const shortfall = (element: ConditionId, entry: IndicatorScore): ConditionShortfall => ({
  element,
  score: entry.score!,
  evidence: entry.coding?.evidence ?? null,
  evidence_kind: entry.coding?.evidence_kind ?? null,
  source: entry.coding?.source ?? null,
  locator: entry.coding?.locator ?? null,
});

const elementNames = (elements: readonly { element: ElementId }[] | readonly ElementId[], language: Language) =>
  elements.map((entry) => {
    const id = typeof entry === "string" ? entry : entry.element;
    return indicators.find((indicator) => indicator.id === id)!.name[language].toLocaleLowerCase(language);
  });

/**
 * Nigel Ringrose's five elements of successful city-to-city cooperation
 * (UNDP), as reported by Tjandradewi & Marcotullio (2009) and operationalised
 * in 001. Four are conditions for success (001, 1.5.2); the conditions score
 * is their weighted mean, each scaled to [0, 1], NA conditions left out of
 * numerator and denominator (`assessedCount` says how many counted). The
 * fifth, tangible results, is an outcome and is reported on its own.
 * Conditions scored 0 are "not met", 1 "partly met": listed apart.
 */
export const ringrose: Framework<RingroseResult, RingroseOptions, RingroseAggregate> = {
  id: "ringrose",
  name: { id: "Lima elemen keberhasilan (Ringrose)", en: "Five success elements (Ringrose)" },
  description: {
    id: "Lima elemen kerja sama antarkota menurut Nigel Ringrose (UNDP): empat syarat yang diperlukan agar kerja sama berhasil (komitmen, partisipasi masyarakat, pemahaman bersama atas tujuan, timbal balik) dan hasil nyata, yang merupakan hasil, bukan syarat. Skor syarat merata-ratakan keempat syarat; hasil nyata dilaporkan terpisah.",
    en: "Nigel Ringrose's (UNDP) five elements of city-to-city cooperation: four conditions a partnership needs to succeed (commitment, community participation, mutual understanding of goals, reciprocity) and tangible results, which is an outcome, not a condition. The conditions score averages the four conditions; tangible results is reported apart.",
  },
  citation: {
    en: "Tjandradewi, B. I., & Marcotullio, P. J. (2009). City-to-city networks: Asian perspectives on key elements and areas for success. Habitat International, 33(2), 165–172. (Reporting Nigel Ringrose, UNDP.)",
    id: "Tjandradewi, B. I., & Marcotullio, P. J. (2009). City-to-city networks: Asian perspectives on key elements and areas for success. Habitat International, 33(2), 165–172. (Melaporkan Nigel Ringrose, UNDP.)",
  },
  sources: ["001_bc7dcdd32c2bdbec.txt"],
  notes: [
    {
      id: 'Sumber tiap bagian: kelima elemen, rumusannya, dan kedudukannya sebagai elemen "yang diperlukan dalam kerja sama antarkota agar berhasil" berasal dari 001 (1.5.2, 1.6.2.2), yang mengutip Ringrose melalui Tjandradewi & Marcotullio (2009). Pemisahan hasil nyata sebagai hasil (bukan syarat), skor syarat, bobot, skala 0–2 dan batas peringkat adalah buatan toolkit.',
      en: 'Where each part comes from: the five elements, their wording, and their standing as elements "yang diperlukan dalam kerja sama antarkota agar berhasil" (needed for city-to-city cooperation to succeed) come from 001 (1.5.2, 1.6.2.2), which cites Ringrose through Tjandradewi & Marcotullio (2009). Setting tangible results apart as an outcome (not a condition), the conditions score, its weights, the 0–2 scale and the ranking threshold are the toolkit\'s own.',
    },
    {
      id: 'Skor syarat adalah rata-rata berbobot dari syarat yang dinilai; syarat NA tidak dihitung sebagai 0. Bobot bawaan sama, tetapi dapat diatur (--weights): Tjandradewi & Marcotullio mendapati elemen-elemen itu tidak sama penting, sehingga bobot sama adalah pilihan toolkit, bukan temuan. Skor 0 dilaporkan sebagai "tidak terpenuhi", skor 1 sebagai "terpenuhi sebagian", terpisah.',
      en: 'The conditions score is the weighted mean of the assessed conditions; NA conditions are not counted as 0. The weights are equal by default and settable (--weights): Tjandradewi & Marcotullio found the elements unequal in importance, so equal weights are the toolkit\'s choice, not a finding. A score of 0 is reported as "not met" and a score of 1 as "partly met", apart.',
    },
    {
      id: "Daftar periksa ini milik Ringrose, bukan temuan survei Tjandradewi & Marcotullio: survei mereka mendapati arus informasi yang bebas, timbal balik, pemahaman dan kepemimpinan sebagai elemen kritis, sedangkan partisipasi masyarakat kurang penting. (Catatan toolkit dari abstrak artikel itu; tidak ada dalam kelima sumber.)",
      en: "This checklist is Ringrose's, not the finding of Tjandradewi & Marcotullio's survey: their survey found free flow of information, reciprocity, understanding and leadership critical, and community participation less so. (The toolkit's note, from that article's abstract; it is in none of the five sources.)",
    },
  ],
  reads: ["codings"],
  scale: fulfilmentScale,
  groups: [],
  indicators,
  options: {
    weights: {
      flag: "weights",
      type: "weights",
      description: {
        id: "Bobot syarat Ringrose dalam skor syarat, mis. commitment=2,reciprocity=2 (bawaan: sama; Tjandradewi & Marcotullio mendapati elemen tidak sama penting)",
        en: "Weights of the Ringrose conditions in the conditions score, e.g. commitment=2,reciprocity=2 (default: equal; Tjandradewi & Marcotullio found the elements unequal)",
      },
      default: {},
      check: checkWeights,
    },
    minimumCoverage: {
      flag: "minimum-coverage",
      type: "number",
      description: {
        id: "Jumlah syarat yang dinilai paling sedikit agar skor syarat diperingkat (bawaan: 3 dari 4)",
        en: "Fewest conditions assessed for the conditions score to be ranked or sorted by (default: 3 of 4)",
      },
      default: 3,
      check: checkMinimumCoverage,
    },
  },
  score(input: PartnershipInput, options: Partial<RingroseOptions> = {}): RingroseResult {
    const { weights = {}, minimumCoverage = 3 } = options;
    checkMinimumCoverage(minimumCoverage);
    checkWeights(weights);
    const scores = scoreIndicators("ringrose", indicators, input.codings);
    const elements = {} as Record<ElementId, IndicatorScore>;
    for (const entry of scores) elements[entry.indicator as ElementId] = entry;
    let weighted = 0;
    let totalWeight = 0;
    let assessedCount = 0;
    const notMet: ConditionShortfall[] = [];
    const partlyMet: ConditionShortfall[] = [];
    for (const element of CONDITION_ORDER) {
      const entry = elements[element];
      if (entry.score === null) continue;
      assessedCount++;
      const weight = weights[element] ?? 1;
      weighted += weight * (entry.score / 2);
      totalWeight += weight;
      if (entry.score === 0) notMet.push(shortfall(element, entry));
      else if (entry.score < 2) partlyMet.push(shortfall(element, entry));
    }
    return {
      elements,
      index: totalWeight > 0 ? weighted / totalWeight : null,
      assessed: assessedCount / CONDITION_ORDER.length,
      assessedCount,
      rankable: totalWeight > 0 && assessedCount >= minimumCoverage,
      notMet,
      partlyMet,
      tangibleResults: elements[OUTCOME_ELEMENT].score,
      notAssessed: ELEMENT_ORDER.filter((element) => elements[element].score === null),
    };
  },
  isAssessed: (result) => result.assessedCount > 0 || result.tangibleResults !== null,
  evidenceKinds: (result) => evidenceKindsOf(Object.values(result.elements)),
  headline(result, language) {
    if (result.index === null && result.tangibleResults === null) return null;
    const outcome =
      result.tangibleResults === null
        ? language === "id"
          ? "hasil nyata: NA"
          : "tangible results: NA"
        : `${language === "id" ? "hasil nyata" : "tangible results"}: ${result.tangibleResults}/2`;
    if (result.index === null)
      return language === "id" ? `Tidak ada syarat yang dinilai; ${outcome}` : `No condition assessed; ${outcome}`;
    const thin = result.rankable
      ? ""
      : language === "id"
        ? ", terlalu sedikit untuk diperingkat"
        : ", too few to rank by";
    const notMet = elementNames(result.notMet, language);
    const partlyMet = elementNames(result.partlyMet, language);
    return language === "id"
      ? `Skor syarat ${formatDecimal(result.index, 2, "id")} (${result.assessedCount} dari 4 syarat dinilai${thin})${notMet.length > 0 ? `; tidak terpenuhi: ${notMet.join(", ")}` : ""}${partlyMet.length > 0 ? `; terpenuhi sebagian: ${partlyMet.join(", ")}` : ""}; ${outcome}`
      : `Conditions score ${result.index.toFixed(2)} (${result.assessedCount} of 4 conditions assessed${thin})${notMet.length > 0 ? `; not met: ${notMet.join(", ")}` : ""}${partlyMet.length > 0 ? `; partly met: ${partlyMet.join(", ")}` : ""}; ${outcome}`;
  },
  toJson: (result) => ({
    elements: Object.fromEntries(ELEMENT_ORDER.map((element) => [element, indicatorJson(result.elements[element])])),
    index: round(result.index),
    assessed: result.assessed,
    assessedCount: result.assessedCount,
    rankable: result.rankable,
    notMet: result.notMet,
    partlyMet: result.partlyMet,
    tangibleResults: result.tangibleResults,
    notAssessed: result.notAssessed,
  }),
  columns: [
    {
      name: "conditions_score",
      description: {
        id: "Skor syarat: rata-rata berbobot syarat Ringrose yang dinilai (komitmen, partisipasi, pemahaman, timbal balik), pada [0, 1]; hasil nyata tidak termasuk",
        en: "Conditions score: weighted mean of the assessed Ringrose conditions (commitment, participation, understanding, reciprocity) on [0, 1]; tangible results not included",
      },
      value: (result) => result.index,
      digits: 2,
    },
    {
      name: "conditions_assessed",
      description: {
        id: "Jumlah syarat yang dinilai (dari 4) di balik skor syarat",
        en: "How many of the 4 conditions the conditions score rests on",
      },
      value: (result) => result.assessedCount,
    },
    {
      name: "score_rankable",
      description: {
        id: "Apakah skor syarat bertumpu pada cukup syarat (--minimum-coverage, bawaan 3 dari 4) untuk diperingkat",
        en: "Whether the conditions score rests on enough conditions (--minimum-coverage, default 3 of 4) to be ranked or sorted by",
      },
      value: (result) => (result.index === null ? null : result.rankable),
    },
    {
      name: "not_met",
      description: {
        id: "Syarat yang dinilai tidak terpenuhi (skor 0)",
        en: "Conditions assessed as not met (score 0)",
      },
      value: (result) =>
        result.assessedCount === 0 ? null : result.notMet.map((entry) => entry.element).join(" ") || "none",
    },
    {
      name: "partly_met",
      description: {
        id: "Syarat yang dinilai terpenuhi sebagian (skor 1)",
        en: "Conditions assessed as partly met (score 1)",
      },
      value: (result) =>
        result.assessedCount === 0 ? null : result.partlyMet.map((entry) => entry.element).join(" ") || "none",
    },
    {
      name: "tangible_results",
      description: {
        id: "Hasil nyata (hasil, bukan syarat; 0–2), terpisah dari skor syarat",
        en: "Tangible results (an outcome, not a condition; 0–2), apart from the conditions score",
      },
      value: (result) => result.tangibleResults,
    },
  ],
  aggregate(members) {
    const elements = Object.fromEntries(
      ELEMENT_ORDER.map((element) => {
        const values = members
          .map((member) => member.result.elements[element].score)
          .filter((score): score is number => score !== null);
        return [
          element,
          { score: mean(values) ?? null, min: min(values) ?? null, max: max(values) ?? null, n: values.length },
        ];
      }),
    ) as RingroseAggregate["elements"];
    // Only rankable scores are averaged: a score on one or two conditions is not comparable with one on four.
    const ranked = members.filter((member) => member.result.index !== null && member.result.rankable);
    const indices = ranked.map((member) => member.result.index!);
    const assessedConditions = CONDITION_ORDER.filter((element) => elements[element].n > 0);
    return {
      elements,
      index: mean(indices) ?? null,
      indexMin: min(indices) ?? null,
      indexMax: max(indices) ?? null,
      indexCount: indices.length,
      leftOut: members
        .filter((member) => member.result.index !== null && !member.result.rankable)
        .map((member) => member.id),
      assessed: ELEMENT_ORDER.filter((element) => elements[element].n > 0).length / ELEMENT_ORDER.length,
      notMet: assessedConditions.filter((element) => elements[element].max === 0),
      partlyMet: assessedConditions.filter((element) => elements[element].max! > 0 && elements[element].score! < 2),
    };
  },
  sets: [
    { name: "COM", element: "commitment" },
    { name: "PAR", element: "community_participation" },
    { name: "UND", element: "mutual_understanding" },
    { name: "REC", element: "reciprocity" },
    { name: "RES", element: "tangible_results" },
  ].map(({ name, element }) => ({
    name,
    description: {
      id: `Keanggotaan dalam elemen ${indicators.find((indicator) => indicator.id === element)!.name.id}: 2 → 1, 1 → 0,33, 0 → 0.`,
      en: `Membership in the element ${indicators.find((indicator) => indicator.id === element)!.name.en}: 2 → 1, 1 → 0.33, 0 → 0.`,
    },
    membership: (result: RingroseResult) => scoreMembership(result.elements[element as ElementId].score),
  })),
  aggregateColumns: [
    {
      name: "mean_conditions_score",
      description: {
        id: "Rata-rata skor syarat kerja sama yang skornya dapat diperingkat (sedikitnya 3 dari 4 syarat)",
        en: "Mean conditions score over the partnerships whose score is rankable (at least 3 of 4 conditions)",
      },
      value: (aggregate) => aggregate.index,
      digits: 2,
    },
    {
      name: "scores_averaged",
      description: {
        id: "Jumlah kerja sama di balik rata-rata skor syarat",
        en: "How many partnerships the mean conditions score rests on",
      },
      value: (aggregate) => aggregate.indexCount,
    },
    {
      name: "scores_left_out",
      description: {
        id: "Jumlah kerja sama yang skor syaratnya tidak dirata-ratakan karena bertumpu pada terlalu sedikit syarat",
        en: "How many partnerships' conditions scores are left out of the mean: they rest on too few conditions",
      },
      value: (aggregate) => aggregate.leftOut.length,
    },
    {
      name: "score_min",
      description: { id: "Skor syarat terendah yang dirata-ratakan", en: "Lowest conditions score averaged" },
      value: (aggregate) => aggregate.indexMin,
      digits: 2,
    },
    {
      name: "score_max",
      description: { id: "Skor syarat tertinggi yang dirata-ratakan", en: "Highest conditions score averaged" },
      value: (aggregate) => aggregate.indexMax,
      digits: 2,
    },
    {
      name: "not_met",
      description: {
        id: "Syarat yang dinilai 0 di setiap kerja sama yang menilainya",
        en: "Conditions scored 0 wherever assessed",
      },
      value: (aggregate) => (aggregate.assessed === 0 ? null : aggregate.notMet.join(" ") || "none"),
    },
    {
      name: "partly_met",
      description: {
        id: "Syarat yang rata-ratanya di bawah 2 tetapi tidak 0 di semua kerja sama",
        en: "Conditions whose mean is below 2 but not 0 everywhere",
      },
      value: (aggregate) => (aggregate.assessed === 0 ? null : aggregate.partlyMet.join(" ") || "none"),
    },
  ],
};

const round = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 10000);
