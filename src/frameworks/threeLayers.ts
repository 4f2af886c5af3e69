import { max } from "d3";
import { vocabulary, type VocabularyCode } from "../language.ts";
import { realisationScale, indicatorsFromTemplate, scoreMembership } from "./scales.ts";
import { evidenceKindsOf, indicatorJson, scoreIndicators } from "./scoreIndicators.ts";
import type { Framework, NoOptions, IndicatorScore, PartnershipInput, SummaryColumn } from "./types.ts";

/** Lecours' three layers, in his order. */
export const layers = vocabulary({
  economic: { id: "Lapis 1: ekonomi", en: "Layer 1: economic" },
  multidimensional: {
    id: "Lapis 2: multidimensi (budaya, pendidikan, teknologi)",
    en: "Layer 2: multidimensional (culture, education, technology)",
  },
  political: { id: "Lapis 3: politik", en: "Layer 3: political" },
});
export type LayerId = VocabularyCode<typeof layers>;
/** Lecours' three layers, in his order: economic, multidimensional, political. */
export const LAYER_ORDER = layers.codes;

/** What a layer's score says: realised is present, planned is partial, coded 0 is absent, NA is not assessable. */
export const layerStatuses = vocabulary({
  present: { id: "ada", en: "present" },
  partial: { id: "sebagian", en: "partial" },
  absent: { id: "tidak ada", en: "absent" },
  "not assessable": { id: "tidak dapat dinilai", en: "not assessable" },
});
export type LayerStatus = VocabularyCode<typeof layerStatuses>;

export interface LayerResult {
  /** Highest sub-indicator score (0–2), or null when every sub-indicator is NA. */
  score: number | null;
  status: LayerStatus;
  /** How many sub-indicators are realised (score 2). */
  breadth: number;
  /** How many sub-indicators were assessed (not NA). */
  assessed: number;
  indicators: readonly IndicatorScore[];
}

export interface ThreeLayersResult {
  layers: Record<LayerId, LayerResult>;
  /** The highest layer (in Lecours' order) that is present, or null when none is. */
  highest: LayerId | null;
}

export interface AggregatedLayer {
  /** Highest score in any partnership (null when no partnership could be assessed). */
  score: number | null;
  /** Present when present in any partnership; partial when planned in any; and so on. */
  status: LayerStatus;
  /** Distinct sub-indicators realised in at least one partnership. */
  breadth: number;
  /** Partnerships in which the layer is present. */
  presentIn: string[];
}

export interface ThreeLayersAggregate {
  layers: Record<LayerId, AggregatedLayer>;
  highest: LayerId | null;
}

/** Status of a layer from its score: realised is present, planned is partial, NA is not assessable. */
export function layerStatus(score: number | null): LayerStatus {
  if (score === null) return "not assessable";
  return score >= 2 ? "present" : score === 1 ? "partial" : "absent";
}

/** The highest layer, in Lecours' order, whose status is present. */
const highestPresent = (statusOf: (layer: LayerId) => LayerStatus) =>
  LAYER_ORDER.findLast((layer) => statusOf(layer) === "present") ?? null;

/** The summary columns: each layer's status, then the highest present ("none" when layers were assessed and none is present). */
function layerColumns<Result extends { layers: Record<LayerId, { status: LayerStatus }>; highest: LayerId | null }>(
  scope: "partnership" | "portfolio",
): Array<SummaryColumn<Result>> {
  const over =
    scope === "portfolio"
      ? { id: " di sedikitnya satu kerja sama", en: " in at least one partnership" }
      : { id: "", en: "" };
  return [
    ...LAYER_ORDER.map((layer) => ({
      name: layer,
      description: {
        id: `${layers.labels[layer].id}: ada = terlaksana, sebagian = direncanakan atau hanya di atas kertas, tidak ada = dikode 0, NA = sumber tidak membahas${over.id}`,
        en: `${layers.labels[layer].en}: present = realised, partial = planned or only on paper, absent = coded 0, not assessable = the source is silent${over.en}`,
      },
      value: (result: Result) => result.layers[layer].status,
    })),
    {
      name: "highest",
      description: { id: "Lapis tertinggi yang ada (Lecours)", en: "Highest layer present (Lecours)" },
      value: (result: Result) =>
        result.highest ??
        (LAYER_ORDER.every((layer) => result.layers[layer].status === "not assessable") ? null : "none"),
    },
  ];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const indicators = indicatorsFromTemplate(
  {
    0: (name) => ({
      id: `Sumber menyatakan tidak ada kerja sama ${name.id}, atau menyatakan bidang ini dikecualikan.`,
      en: `The source states there is no ${name.en} cooperation, or that the field is excluded.`,
    }),
    1: (name) => ({
      id: `${capitalise(name.id)} disepakati dalam LoI/MoU atau direncanakan, tetapi belum ada kegiatan yang dilaporkan terlaksana.`,
      en: `${capitalise(name.en)} is agreed in an LoI/MoU or planned, but no activity is reported as carried out.`,
    }),
    2: (name) => ({
      id: `Sumber melaporkan sedikitnya satu kegiatan ${name.id} yang terlaksana.`,
      en: `The source reports at least one ${name.en} activity that was carried out.`,
    }),
  },
  [
    {
      id: "investment",
      group: "economic",
      name: { id: "investasi", en: "investment" },
      definition: {
        id: "Menarik investor atau penanaman modal asing ke daerah.",
        en: "Attracting investors or foreign direct investment to the region.",
      },
    },
    {
      id: "export_markets",
      group: "economic",
      name: { id: "pasar ekspor", en: "export markets" },
      definition: {
        id: "Membuka pasar baru untuk ekspor produk daerah.",
        en: "Opening new markets for the region's exports.",
      },
    },
    {
      id: "trade",
      group: "economic",
      name: { id: "perdagangan", en: "trade" },
      definition: {
        id: "Transaksi dagang, forum bisnis, business matching.",
        en: "Trade transactions, business forums, business matching.",
      },
    },
    {
      id: "tourism_economy",
      group: "economic",
      name: { id: "ekonomi pariwisata", en: "tourism economy" },
      definition: {
        id: "Promosi pariwisata dan perhotelan untuk pendapatan daerah.",
        en: "Tourism and hospitality promotion for regional income.",
      },
    },
    {
      id: "creative_economy",
      group: "economic",
      name: { id: "ekonomi kreatif", en: "creative economy" },
      definition: {
        id: "Produk unggulan daerah, festival dagang, industri kreatif.",
        en: "Flagship regional products, trade festivals, creative industries.",
      },
    },
    {
      id: "smes_startups",
      group: "economic",
      name: { id: "UMKM dan start-up", en: "SMEs and start-ups" },
      definition: {
        id: "Pemberdayaan usaha mikro, kecil, menengah dan start-up; inkubator bisnis.",
        en: "Empowering micro, small and medium enterprises and start-ups; business incubators.",
      },
    },
    {
      id: "culture",
      group: "multidimensional",
      name: { id: "budaya", en: "culture" },
      definition: {
        id: "Pertukaran dan pertunjukan budaya, festival budaya.",
        en: "Cultural exchange and performances, cultural festivals.",
      },
    },
    {
      id: "education",
      group: "multidimensional",
      name: { id: "pendidikan", en: "education" },
      definition: {
        id: "Pertukaran pelajar, kurikulum, kerja sama kampus, webinar untuk mahasiswa.",
        en: "Student exchange, curricula, campus cooperation, webinars for students.",
      },
    },
    {
      id: "technology",
      group: "multidimensional",
      name: { id: "teknologi dan alih pengetahuan", en: "technology and knowledge transfer" },
      definition: {
        id: "Ilmu pengetahuan, teknologi, berbagi praktik terbaik.",
        en: "Science, technology, sharing of best practice.",
      },
    },
    {
      id: "environment",
      group: "multidimensional",
      name: { id: "lingkungan hidup", en: "environment" },
      definition: {
        id: "Penataan sungai, ekowisata, lingkungan hidup.",
        en: "River management, eco-tourism, the environment.",
      },
    },
    {
      id: "health",
      group: "multidimensional",
      name: { id: "kesehatan", en: "health" },
      definition: { id: "Bantuan atau kerja sama di bidang kesehatan.", en: "Aid or cooperation in health." },
    },
    {
      id: "sport",
      group: "multidimensional",
      name: { id: "olahraga", en: "sport" },
      definition: { id: "Kompetisi dan pertukaran olahraga.", en: "Sport competitions and exchanges." },
    },
    {
      id: "governance_capacity",
      group: "multidimensional",
      name: { id: "kapasitas tata kelola", en: "governance capacity" },
      definition: {
        id: "Pengembangan kemampuan teknis, SDM aparatur dan tata kelola yang baik.",
        en: "Technical capacity, civil-service skills and good governance.",
      },
    },
    {
      id: "distinct_identity",
      group: "political",
      name: { id: "identitas politik berbeda", en: "distinct political identity" },
      definition: {
        id: "Menampilkan identitas atau sikap politik yang berbeda dari pemerintah pusat (Quebec, Flanders, Catalonia).",
        en: "Projecting an identity or political stance distinct from the central state (Quebec, Flanders, Catalonia).",
      },
    },
    {
      id: "political_representation",
      group: "political",
      name: { id: "perwakilan politik", en: "political representation" },
      definition: {
        id: "Perwakilan atau kantor politik daerah di luar negeri.",
        en: "Political representation or offices of the region abroad.",
      },
    },
    {
      id: "protodiplomacy",
      group: "political",
      name: { id: "protodiplomasi", en: "protodiplomacy" },
      definition: {
        id: "Kegiatan internasional yang menyampaikan pesan separatis (Duchacek).",
        en: "International activity carrying a separatist message (Duchacek).",
      },
    },
  ],
);

/** Where each layer's sub-indicators lie in `indicators`: [start, end), a layer's sub-indicators being listed together. */
const layerRange = Object.fromEntries(
  LAYER_ORDER.map((layer) => {
    const start = indicators.findIndex((indicator) => indicator.group === layer);
    const end = start + indicators.filter((indicator) => indicator.group === layer).length;
    if (indicators.slice(start, end).some((indicator) => indicator.group !== layer))
      throw new Error(`the sub-indicators of the ${layer} layer must be listed together`);
    return [layer, [start, end]];
  }),
) as Record<LayerId, [number, number]>;

/** One layer's result from the framework's indicator scores. */
function layerResult(scores: readonly IndicatorScore[], layer: LayerId): LayerResult {
  const [start, end] = layerRange[layer];
  const layerScores = scores.slice(start, end);
  let score: number | null = null;
  let breadth = 0;
  let assessed = 0;
  for (const entry of layerScores) {
    if (entry.score === null) continue;
    assessed++;
    if (entry.score >= 2) breadth++;
    if (score === null || entry.score > score) score = entry.score;
  }
  return { score, status: layerStatus(score), breadth, assessed, indicators: layerScores };
}

/**
 * Lecours' three layers of paradiplomacy (economic; multidimensional;
 * political), as applied to Denpasar in 000 and summarised in 001. Layers are
 * not exclusive. A layer's score is the highest score of its sub-indicators;
 * NA sub-indicators are left out, and a layer whose sub-indicators are all NA
 * is "not assessable", never "absent".
 */
export const threeLayers: Framework<ThreeLayersResult, NoOptions, ThreeLayersAggregate> = {
  id: "three-layers",
  name: { id: "Tiga lapis paradiplomasi (Lecours)", en: "Three layers of paradiplomacy (Lecours)" },
  description: {
    id: "Lapis pertama ekonomi (investasi, pasar ekspor, perdagangan, pariwisata, ekonomi kreatif, UMKM); lapis kedua multidimensi (budaya, pendidikan, teknologi dan lainnya); lapis ketiga politik (identitas yang berbeda dari pemerintah pusat, perwakilan politik, protodiplomasi). Sebuah kerja sama dapat mencapai beberapa lapis sekaligus.",
    en: "Layer one is economic (investment, export markets, trade, tourism, creative economy, SMEs); layer two is multidimensional (culture, education, technology and more); layer three is political (an identity distinct from the central state, political representation, protodiplomacy). A partnership can reach several layers at once.",
  },
  citation: {
    en: "Lecours, A. (2008). Political issues of paradiplomacy: Lessons from the developed world. Netherlands Institute of International Relations 'Clingendael'.",
    id: "Lecours, A. (2008). Political issues of paradiplomacy: Lessons from the developed world. Netherlands Institute of International Relations 'Clingendael'.",
  },
  sources: ["000_3d052c1bdfd84016.txt", "001_bc7dcdd32c2bdbec.txt"],
  notes: [
    {
      id: "Sub-indikator lapis 1 dan 2 dirinci dari uraian lapis dalam 000 (4.2) dan 001 (1.5.1); Lecours sendiri tidak memberi daftar sub-indikator, dan 000 tidak mengutip Lecours (lapis 1 dikutip dari Wolff 2018; atribusi kepada Lecours berasal dari 001 dan 004).",
      en: "The sub-indicators of layers 1 and 2 are spelled out from the descriptions of the layers in 000 (4.2) and 001 (1.5.1); Lecours himself gives no list, and 000 does not cite Lecours (it cites Wolff 2018 for layer 1; the attribution to Lecours comes from 001 and 004).",
    },
    {
      id: "Lapis 3 dalam sumber hanyalah 'pertimbangan politik' (000, 4.2.3) dan identitas yang berbeda dari pemerintah pusat (001, 1.5.1): hanya distinct_identity berasal dari sumber. political_representation adalah perluasan toolkit; protodiplomacy adalah tipe Duchacek (001, 1.5.1), bukan bagian lapis Lecours, dan dipertahankan sebagai perluasan toolkit.",
      en: "In the sources layer 3 is only 'pertimbangan politik' (000, 4.2.3) and an identity distinct from the central state's (001, 1.5.1): only distinct_identity comes from the sources. political_representation is the toolkit's own extension; protodiplomacy is Duchacek's type (001, 1.5.1), not part of Lecours' layers, and is kept as the toolkit's extension.",
    },
    {
      id: "000 menempatkan promosi pariwisata dan budaya bersama Mossel Bay di lapis kedua (4.2.2, dan kesimpulannya) dan webinar perhotelan Perth di lapis pertama (4.2.1); toolkit menempatkan ekonomi pariwisata di lapis ekonomi, sehingga promosi pariwisata yang bertujuan pendapatan dikode di sana.",
      en: "000 places tourism and culture promotion with Mossel Bay in layer 2 (4.2.2, and its conclusion) and Perth's hospitality webinar in layer 1 (4.2.1); the toolkit keeps the tourism economy in the economic layer, so tourism promotion aimed at income is coded there.",
    },
  ],
  reads: ["codings"],
  scale: realisationScale,
  groups: LAYER_ORDER.map((layer) => ({ id: layer, name: layers.labels[layer] })),
  indicators,
  options: {},
  score(input: PartnershipInput): ThreeLayersResult {
    const scores = scoreIndicators("three-layers", indicators, input.codings);
    const results: Record<LayerId, LayerResult> = {
      economic: layerResult(scores, "economic"),
      multidimensional: layerResult(scores, "multidimensional"),
      political: layerResult(scores, "political"),
    };
    return { layers: results, highest: highestPresent((layer) => results[layer].status) };
  },
  isAssessed: (result) => LAYER_ORDER.some((layer) => result.layers[layer].assessed > 0),
  evidenceKinds: (result) => LAYER_ORDER.flatMap((layer) => evidenceKindsOf(result.layers[layer].indicators)),
  headline: (result, language) =>
    LAYER_ORDER.some((layer) => result.layers[layer].assessed > 0)
      ? LAYER_ORDER.map(
          (layer) =>
            `${layers.labels[layer][language]}: ${layerStatuses.labels[result.layers[layer].status][language]}`,
        ).join(" · ")
      : null,
  toJson: (result) => ({
    layers: Object.fromEntries(
      LAYER_ORDER.map((layer) => {
        const { score, status, breadth, assessed, indicators: entries } = result.layers[layer];
        return [layer, { score, status, breadth, assessed, indicators: entries.map(indicatorJson) }];
      }),
    ),
    highest: result.highest,
  }),
  columns: layerColumns("partnership"),
  aggregate(members) {
    const aggregated = {} as Record<LayerId, AggregatedLayer>;
    for (const layer of LAYER_ORDER) {
      const results = members.map((member) => member.result.layers[layer]);
      const score = max(results, (result) => result.score) ?? null;
      const realised = new Set(
        results.flatMap((result) =>
          result.indicators.filter((entry) => entry.score !== null && entry.score >= 2).map((entry) => entry.indicator),
        ),
      );
      const presentIn = members
        .filter((member) => member.result.layers[layer].status === "present")
        .map((member) => member.id);
      aggregated[layer] = { score, status: layerStatus(score), breadth: realised.size, presentIn };
    }
    return { layers: aggregated, highest: highestPresent((layer) => aggregated[layer].status) };
  },
  sets: [
    { name: "ECON", layer: "economic" },
    { name: "MULTI", layer: "multidimensional" },
    { name: "POL", layer: "political" },
  ].map(({ name, layer }) => ({
    name,
    description: {
      id: `Keanggotaan dalam ${layers.labels[layer as LayerId].id}: skor tertinggi lapis, 2 → 1, 1 → 0,33, 0 → 0.`,
      en: `Membership in ${layers.labels[layer as LayerId].en}: the layer's highest score, 2 → 1, 1 → 0.33, 0 → 0.`,
    },
    membership: (result: ThreeLayersResult) => scoreMembership(result.layers[layer as LayerId].score),
  })),
  aggregateColumns: layerColumns("portfolio"),
};
