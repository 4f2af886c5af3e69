import { max, mean, min } from "d3";
import { fulfilmentScale, scoreMembership } from "./scales.ts";
import { evidenceKindsOf, indicatorJson, scoreIndicators } from "./scoreIndicators.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
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

export interface UnmetElement {
  element: ElementId;
  score: number;
  evidence: string | null;
  evidence_kind: EvidenceKind | null;
  source: string | null;
  locator: string | null;
}

export interface RingroseResult {
  elements: Record<ElementId, IndicatorScore>;
  /** Weighted mean of the assessed elements on [0, 1] (score / 2); null when none is assessed. */
  index: number | null;
  /** Share of elements assessed (not NA), in [0, 1]. */
  assessed: number;
  /** How many of the five elements were assessed (not NA). */
  assessedCount: number;
  /** Whether the index rests on at least `minimumCoverage` elements: only then is it ranked, sorted or coloured by. */
  rankable: boolean;
  /** Assessed elements scoring below 2 ("met"), with their evidence. NA elements are not listed: silence is not failure. */
  unmet: UnmetElement[];
  /** Elements the source is silent on. */
  notAssessed: ElementId[];
}

export interface RingroseAggregate {
  /** Per element: mean score over the partnerships that assessed it, with the range and how many did. */
  elements: Record<ElementId, { score: number | null; min: number | null; max: number | null; n: number }>;
  /** Mean success index over partnerships with an index; min and max show the spread. */
  index: number | null;
  indexMin: number | null;
  indexMax: number | null;
  /** Share of elements assessed in at least one partnership. */
  assessed: number;
  /** Elements whose mean is below 2 ("met"). */
  unmet: ElementId[];
}

export interface RingroseOptions {
  /** Weight of each element; missing elements weigh 1. Weights must be finite and non-negative. */
  weights: Partial<Record<ElementId, number>>;
  /** Fewest elements assessed for an index to be ranked, sorted or coloured by (default 3 of 5). */
  minimumCoverage: number;
}

const checkMinimumCoverage = (count: number) => {
  if (!Number.isInteger(count) || count < 1 || count > ELEMENT_ORDER.length)
    throw new Error(
      `minimumCoverage must be a whole number of elements from 1 to ${ELEMENT_ORDER.length}, found ${JSON.stringify(count)}`,
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
        id: "Tujuan hanya dinyatakan di atas kertas (LoI atau MoU); sumber tidak menunjukkan kedua pihak memahami dan mengejarnya bersama.",
        en: "Goals are stated on paper only (an LoI or MoU); the source does not show both sides understanding and pursuing them together.",
      },
      2: {
        id: "Sumber menunjukkan kedua pihak memahami tujuan bersama: tertulis dalam perjanjian dan dijalankan bersama dalam kegiatan atau rencana kerja yang disepakati.",
        en: "The source shows both sides understanding shared goals: written in an agreement and pursued together in activities or an agreed work plan.",
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

/** Checks weights: finite, non-negative, for known elements. Throws with the bad value. */
export function checkWeights(weights: Partial<Record<string, number>>): void {
  if (typeof weights !== "object" || weights === null)
    throw new Error(`weights must be an object of element weights, found ${JSON.stringify(weights)}`);
  for (const [element, weight] of Object.entries(weights)) {
    if (!(ELEMENT_ORDER as readonly string[]).includes(element))
      throw new Error(
        `unknown Ringrose element ${JSON.stringify(element)} in weights (expected one of ${ELEMENT_ORDER.join(", ")})`,
      );
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0)
      throw new Error(`weight of ${element} must be a finite number ≥ 0, found ${JSON.stringify(weight)}`);
  }
}

/**
 * Nigel Ringrose's five elements of successful city-to-city cooperation
 * (UNDP), as reported by Tjandradewi & Marcotullio (2009) and operationalised
 * in 001. The success index is the weighted mean of the assessed elements,
 * each scaled to [0, 1]; NA elements are left out of numerator and
 * denominator, and `assessed` says how many counted.
 */
export const ringrose: Framework<RingroseResult, RingroseOptions, RingroseAggregate> = {
  id: "ringrose",
  name: { id: "Lima elemen keberhasilan (Ringrose)", en: "Five success elements (Ringrose)" },
  description: {
    id: "Lima elemen yang diperlukan agar kerja sama antarkota berhasil menurut Nigel Ringrose (UNDP): komitmen, partisipasi masyarakat, pemahaman bersama atas tujuan, timbal balik, dan hasil nyata.",
    en: "The five elements that city-to-city cooperation needs to succeed according to Nigel Ringrose (UNDP): commitment, community participation, mutual understanding of goals, reciprocity and tangible results.",
  },
  citation:
    "Tjandradewi, B. I., & Marcotullio, P. J. (2009). City-to-city networks: Asian perspectives on key elements and areas for success. Habitat International, 33(2), 165–172. (Reporting Nigel Ringrose, UNDP.)",
  sources: ["001_bc7dcdd32c2bdbec.txt"],
  notes: [
    {
      id: "Daftar periksa ini milik Ringrose, bukan temuan survei Tjandradewi & Marcotullio: survei mereka mendapati arus informasi yang bebas, timbal balik, pemahaman dan kepemimpinan sebagai elemen kritis, sedangkan partisipasi masyarakat kurang penting. (Catatan toolkit dari abstrak artikel itu; tidak ada dalam kelima sumber.)",
      en: "This checklist is Ringrose's, not the finding of Tjandradewi & Marcotullio's survey: their survey found free flow of information, reciprocity, understanding and leadership critical, and community participation less so. (The toolkit's note, from that article's abstract; it is in none of the five sources.)",
    },
    {
      id: "Indeks adalah rata-rata berbobot dari elemen yang dinilai (bobot sama secara bawaan); elemen NA tidak dihitung sebagai 0. Indeks dan pembobotannya adalah buatan toolkit; kelima elemen dan rumusannya berasal dari 001 (1.5.2, 1.6.2.2).",
      en: "The index is the weighted mean of the assessed elements (equal weights by default); NA elements are not counted as 0. The index and its weighting are the toolkit's own; the five elements and their wording come from 001 (1.5.2, 1.6.2.2).",
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
        id: "Bobot elemen Ringrose, mis. commitment=2,reciprocity=2 (bawaan: sama)",
        en: "Weights of the Ringrose elements, e.g. commitment=2,reciprocity=2 (default: equal)",
      },
      default: {},
      check: checkWeights,
    },
    minimumCoverage: {
      flag: "minimum-coverage",
      type: "number",
      description: {
        id: "Jumlah elemen yang dinilai paling sedikit agar indeks diperingkat (bawaan: 3 dari 5)",
        en: "Fewest elements assessed for the success index to be ranked or sorted by (default: 3 of 5)",
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
    const unmet: UnmetElement[] = [];
    const notAssessed: ElementId[] = [];
    for (const element of ELEMENT_ORDER) {
      const entry = elements[element];
      if (entry.score === null) {
        notAssessed.push(element);
        continue;
      }
      const weight = weights[element] ?? 1;
      weighted += weight * (entry.score / 2);
      totalWeight += weight;
      if (entry.score < 2)
        unmet.push({
          element,
          score: entry.score,
          evidence: entry.coding?.evidence ?? null,
          evidence_kind: entry.coding?.evidence_kind ?? null,
          source: entry.coding?.source ?? null,
          locator: entry.coding?.locator ?? null,
        });
    }
    const assessedCount = ELEMENT_ORDER.length - notAssessed.length;
    return {
      elements,
      index: totalWeight > 0 ? weighted / totalWeight : null,
      assessed: assessedCount / ELEMENT_ORDER.length,
      assessedCount,
      rankable: totalWeight > 0 && assessedCount >= minimumCoverage,
      unmet,
      notAssessed,
    };
  },
  isAssessed: (result) => result.assessedCount > 0,
  evidenceKinds: (result) => evidenceKindsOf(Object.values(result.elements)),
  headline(result, language) {
    if (result.index === null) return null;
    const unmet = result.unmet.map((entry) =>
      indicators.find((indicator) => indicator.id === entry.element)!.name[language].toLocaleLowerCase(language),
    );
    const thin = result.rankable
      ? ""
      : language === "id"
        ? ", terlalu sedikit untuk diperingkat"
        : ", too few to rank by";
    return language === "id"
      ? `Indeks keberhasilan ${result.index.toFixed(2)} (${result.assessedCount} dari 5 elemen dinilai${thin})${unmet.length > 0 ? `; belum terpenuhi: ${unmet.join(", ")}` : ""}`
      : `Success index ${result.index.toFixed(2)} (${result.assessedCount} of 5 elements assessed${thin})${unmet.length > 0 ? `; not met: ${unmet.join(", ")}` : ""}`;
  },
  toJson: (result) => ({
    elements: Object.fromEntries(ELEMENT_ORDER.map((element) => [element, indicatorJson(result.elements[element])])),
    index: round(result.index),
    assessed: result.assessed,
    assessedCount: result.assessedCount,
    rankable: result.rankable,
    unmet: result.unmet,
    notAssessed: result.notAssessed,
  }),
  columns: [
    {
      name: "success_index",
      description: {
        id: "Rata-rata berbobot elemen Ringrose yang dinilai, pada [0, 1]",
        en: "Weighted mean of the assessed Ringrose elements on [0, 1]",
      },
      value: (result) => result.index,
      digits: 2,
    },
    {
      name: "elements_assessed",
      description: {
        id: "Jumlah elemen yang dinilai (dari 5) di balik indeks",
        en: "How many of the 5 elements the index rests on",
      },
      value: (result) => result.assessedCount,
    },
    {
      name: "index_rankable",
      description: {
        id: "Apakah indeks bertumpu pada cukup elemen (--minimum-coverage, bawaan 3 dari 5) untuk diperingkat",
        en: "Whether the index rests on enough elements (--minimum-coverage, default 3 of 5) to be ranked or sorted by",
      },
      value: (result) => (result.index === null ? null : result.rankable),
    },
    {
      name: "unmet",
      description: {
        id: "Elemen yang dinilai tetapi belum terpenuhi (skor di bawah 2)",
        en: "Elements assessed but not met (scored below 2)",
      },
      value: (result) =>
        result.assessedCount === 0 ? null : result.unmet.map((entry) => entry.element).join(" ") || "none",
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
    const indices = members.map((member) => member.result.index).filter((index): index is number => index !== null);
    return {
      elements,
      index: mean(indices) ?? null,
      indexMin: min(indices) ?? null,
      indexMax: max(indices) ?? null,
      assessed: ELEMENT_ORDER.filter((element) => elements[element].n > 0).length / ELEMENT_ORDER.length,
      unmet: ELEMENT_ORDER.filter((element) => elements[element].score !== null && elements[element].score < 2),
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
      id: `Keanggotaan dalam elemen ${element.replaceAll("_", " ")}: 2 → 1, 1 → 0,33, 0 → 0 (scoreMembership).`,
      en: `Membership in the element ${element.replaceAll("_", " ")}: 2 → 1, 1 → 0.33, 0 → 0 (scoreMembership).`,
    },
    membership: (result: RingroseResult) => scoreMembership(result.elements[element as ElementId].score),
  })),
  aggregateColumns: [
    {
      name: "mean_index",
      description: {
        id: "Rata-rata indeks keberhasilan kerja sama yang memiliki indeks",
        en: "Mean success index over the partnerships that have one",
      },
      value: (aggregate) => aggregate.index,
      digits: 2,
    },
    {
      name: "index_min",
      description: { id: "Indeks terendah", en: "Lowest success index" },
      value: (aggregate) => aggregate.indexMin,
      digits: 2,
    },
    {
      name: "index_max",
      description: { id: "Indeks tertinggi", en: "Highest success index" },
      value: (aggregate) => aggregate.indexMax,
      digits: 2,
    },
    {
      name: "unmet",
      description: { id: "Elemen yang rata-ratanya di bawah 2", en: "Elements whose mean is below 2 (met)" },
      value: (aggregate) => (aggregate.assessed === 0 ? null : aggregate.unmet.join(" ") || "none"),
    },
  ],
};

const round = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 10000);
