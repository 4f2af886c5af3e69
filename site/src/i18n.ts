/** Interface texts in the site's two languages; the labels of data vocabularies live beside the vocabularies (src/dataset/vocabularies.ts, the frameworks). */

export const TEXTS = {
  id: {
    title: "Paradiplomasi",
    subtitle: "Kerja sama sister city dan sister province pemerintah daerah Indonesia, dikode dari lima sumber.",
    language: "Bahasa",
    loading: "Memuat data…",
    partnerships: "Kerja sama",
    caption: (count: number) => `${count} kerja sama dalam dataset Indonesia`,
    columns: { localGovernment: "Pemerintah daerah", partner: "Mitra", country: "Negara", kind: "Jenis", status: "Status", stage: "Tahap", highest: "Lapis tertinggi", index: "Indeks keberhasilan" },
    none: "—",
    invalid: "Dataset tidak valid:",
    footer: "Data: datasets/indonesia (CC BY 4.0). Setiap skor mengutip sumber dan lokasinya.",
    pages: { overview: "Ikhtisar", codebook: "Kerangka & buku kode", partnerships: "Kasus", compare: "Bandingkan", world: "Dunia", data: "Data", case: "Studi kasus" },
    codebook: { title: "Buku kode", intro: "Dihasilkan dari metadata kerangka; NA berarti sumber tidak membahas dan tidak pernah dihitung 0.", indicator: "Indikator", definition: "Definisi", example: "Contoh dari sumber", citation: "Sumber kerangka", level: "Tingkat", noExample: "Belum ada contoh dalam data." },
  },
  en: {
    title: "Paradiplomacy",
    subtitle: "Sister-city and sister-province partnerships of Indonesian local governments, coded from five sources.",
    language: "Language",
    loading: "Loading data…",
    partnerships: "Partnerships",
    caption: (count: number) => `${count} partnerships in the Indonesian dataset`,
    columns: { localGovernment: "Local government", partner: "Partner", country: "Country", kind: "Kind", status: "Status", stage: "Stage", highest: "Highest layer", index: "Success index" },
    none: "—",
    invalid: "The dataset is invalid:",
    footer: "Data: datasets/indonesia (CC BY 4.0). Every score cites its source and locator.",
    pages: { overview: "Overview", codebook: "Frameworks & codebook", partnerships: "Cases", compare: "Compare", world: "World", data: "Data", case: "Case study" },
    codebook: { title: "Codebook", intro: "Generated from the frameworks' metadata; NA means the source is silent and is never counted as 0.", indicator: "Indicator", definition: "Definition", example: "Example from the sources", citation: "Framework source", level: "Level", noExample: "No example in the data yet." },
  },
} as const;
