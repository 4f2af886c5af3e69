import { checklistFramework, presenceItem } from "./checklist.ts";

/** The five motives behind Denpasar–Mossel Bay found in 003. */
export const motives = checklistFramework({
  id: "motives",
  name: { id: "Motif kerja sama", en: "Motives" },
  description: {
    id: "Lima motif yang dapat mendorong Pemerintah Kota Denpasar menerima tawaran sister city dari Mossel Bay (003): pasar internasional, pariwisata dan budaya, identitas mitra internasional, status administrasi pemerintahan, dan hubungan bilateral Indonesia–Afrika Selatan (Kerja Sama Selatan-Selatan).",
    en: "The five motives that could encourage Denpasar to accept Mossel Bay's sister-city offer (003): international market, tourism and culture, identity of international partners, administrative status, and the Indonesia–South Africa bilateral relationship (South–South Cooperation).",
  },
  citation: {
    en: "Anonymous (n.d.). Factors behind the sister city cooperation between Denpasar and Mossel Bay [Abstract]. Source document 003.",
    id: "Anonim (t.t.). Factors behind the sister city cooperation between Denpasar and Mossel Bay [Abstrak]. Dokumen sumber 003.",
  },
  sources: ["003_c67cf8b27ab2872a.txt"],
  notes: [
    {
      id: "Sumber hanya berupa abstrak: motif disebut tanpa definisi rinci, sehingga definisi di sini sengaja singkat.",
      en: "The source is an abstract only: it names the motives without defining them in detail, so the definitions here are deliberately brief.",
    },
  ],
  groups: [],
  indicators: [
    presenceItem(
      "international_market",
      { id: "pasar internasional", en: "international market" },
      {
        id: "Pasar internasional.",
        en: "The international market.",
      },
    ),
    presenceItem(
      "tourism_culture",
      { id: "pariwisata dan budaya", en: "tourism and culture" },
      { id: "Promosi pariwisata dan budaya daerah.", en: "Promoting the region's tourism and culture." },
    ),
    presenceItem(
      "partner_identity",
      { id: "identitas mitra internasional", en: "identity of international partners" },
      {
        id: "Membentuk identitas sebagai kota yang memiliki mitra internasional.",
        en: "Establishing an identity as a city with international partners.",
      },
    ),
    presenceItem(
      "administrative_status",
      { id: "status administrasi pemerintahan", en: "administrative status" },
      {
        id: "Status administrasi pemerintahan kedua pihak.",
        en: "The status of government administration of the two sides.",
      },
    ),
    presenceItem(
      "bilateral_relations",
      { id: "hubungan bilateral (Kerja Sama Selatan-Selatan)", en: "bilateral relationship (South–South Cooperation)" },
      {
        id: "Hubungan bilateral kedua negara sebagai pendorong, mis. Kerja Sama Selatan-Selatan.",
        en: "The two countries' bilateral relationship as a driver, e.g. South–South Cooperation.",
      },
    ),
  ],
});
