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
    statuses: { realised: "terlaksana", planned: "direncanakan", cancelled: "dibatalkan" } as Record<string, string>,
    words: {
      exploration: "eksplorasi", loi: "LoI", mou: "MoU", active: "aktif", dormant: "tidak aktif", ended: "berakhir",
      initiation: "inisiasi", "loi-signed": "LoI ditandatangani", "action-plan": "rencana aksi", "dprd-approval": "persetujuan DPRD", "mou-drafted": "MoU disusun", "central-verification": "verifikasi pusat", "mou-signed": "MoU ditandatangani", implementation: "pelaksanaan", activity: "kegiatan", extension: "perpanjangan", stalled: "macet",
      present: "ada", partial: "sebagian", absent: "tidak ada", "not assessable": "tidak dapat dinilai",
    } as Record<string, string>,
    none: "—",
    invalid: "Dataset tidak valid:",
    footer: "Data: datasets/indonesia (CC BY 4.0). Setiap skor mengutip sumber dan lokasinya.",
    pages: { overview: "Ikhtisar", codebook: "Kerangka & buku kode", partnerships: "Kasus", compare: "Bandingkan", world: "Dunia", data: "Data", case: "Studi kasus" } as Record<string, string>,
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
    kinds: { "sister-city": "sister city", "sister-province": "sister province", "friendship-city": "friendship city" } as Record<string, string>,
    statuses: { realised: "realised", planned: "planned", cancelled: "cancelled" } as Record<string, string>,
    words: {
      exploration: "exploration", loi: "LoI", mou: "MoU", active: "active", dormant: "dormant", ended: "ended",
      initiation: "initiation", "loi-signed": "LoI signed", "action-plan": "action plan", "dprd-approval": "DPRD approval", "mou-drafted": "MoU drafted", "central-verification": "central verification", "mou-signed": "MoU signed", implementation: "implementation", activity: "activity", extension: "extension", stalled: "stalled",
      present: "present", partial: "partial", absent: "absent", "not assessable": "not assessable",
    } as Record<string, string>,
    none: "—",
    invalid: "The dataset is invalid:",
    footer: "Data: datasets/indonesia (CC BY 4.0). Every score cites its source and locator.",
    pages: { overview: "Overview", codebook: "Frameworks & codebook", partnerships: "Cases", compare: "Compare", world: "World", data: "Data", case: "Case study" } as Record<string, string>,
    codebook: { title: "Codebook", intro: "Generated from the frameworks' metadata; NA means the source is silent and is never counted as 0.", indicator: "Indicator", definition: "Definition", example: "Example from the sources", citation: "Framework source", level: "Level", noExample: "No example in the data yet." },
  },
} as const;

export type Page = "overview" | "codebook" | "partnerships" | "compare" | "world" | "data" | "case";
/** Pages listed in the navigation (a case page is reached from the list of cases). */
export const PAGES: Page[] = ["overview", "codebook", "partnerships", "compare", "world", "data"];
const ALL_PAGES: Page[] = [...PAGES, "case"];

/** Reads the page from the URL (?page=codebook); the overview by default, and for unknown values. */
export function pageFromUrl(url: URL): Page {
  const page = url.searchParams.get("page");
  return ALL_PAGES.includes(page as Page) ? (page as Page) : "overview";
}

/** Reads the language from the URL (?lang=en); Indonesian by default. */
export function languageFromUrl(url: URL): Language {
  return url.searchParams.get("lang") === "en" ? "en" : "id";
}

/** A vocabulary word (stage, status) in the page's language; unknown words are shown as they are. */
export function word(language: Language, value: string | null, none = "—"): string {
  return value === null ? none : (TEXTS[language].words[value] ?? value);
}

/** The address of a partnership's case page (relative, keeping the language). */
export function caseHref(id: string, language: Language): string {
  return `?page=case&id=${encodeURIComponent(id)}${language === "en" ? "&lang=en" : ""}`;
}
