/** Interface texts in the site's two languages. */
export type Language = "id" | "en";

export const TEXTS = {
  id: {
    title: "Paradiplomasi",
    subtitle: "Kerja sama sister city dan sister province pemerintah daerah Indonesia, dikode dari lima sumber.",
    language: "Bahasa",
    loading: "Memuat data…",
    partnerships: "Kerja sama",
    caption: (count: number) => `${count} kerja sama dalam dataset Indonesia`,
    columns: { localGovernment: "Pemerintah daerah", partner: "Mitra", country: "Negara", kind: "Jenis", status: "Status", stage: "Tahap", highest: "Lapis tertinggi", index: "Indeks keberhasilan" },
    kinds: { "sister-city": "sister city", "sister-province": "sister province", "friendship-city": "friendship city" } as Record<string, string>,
    none: "—",
    invalid: "Dataset tidak valid:",
    footer: "Data: datasets/indonesia (CC BY 4.0). Setiap skor mengutip sumber dan lokasinya.",
  },
  en: {
    title: "Paradiplomacy",
    subtitle: "Sister-city and sister-province partnerships of Indonesian local governments, coded from five sources.",
    language: "Language",
    loading: "Loading data…",
    partnerships: "Partnerships",
    caption: (count: number) => `${count} partnerships in the Indonesian dataset`,
    columns: { localGovernment: "Local government", partner: "Partner", country: "Country", kind: "Kind", status: "Status", stage: "Stage", highest: "Highest layer", index: "Success index" },
    kinds: { "sister-city": "sister city", "sister-province": "sister province", "friendship-city": "friendship city" } as Record<string, string>,
    none: "—",
    invalid: "The dataset is invalid:",
    footer: "Data: datasets/indonesia (CC BY 4.0). Every score cites its source and locator.",
  },
} as const;

/** Reads the language from the URL (?lang=en); Indonesian by default. */
export function languageFromUrl(url: URL): Language {
  return url.searchParams.get("lang") === "en" ? "en" : "id";
}
