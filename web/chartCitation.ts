import type { Language } from "../src/language.ts";
import type { ViewAddress } from "./viewAddress.ts";

const WORDS = {
  id: {
    chart: "Bagan",
    retrieved: (day: string, address: string) => `Diakses ${day}, dari ${address}`,
    retrievedLocal: (day: string, address: string) => `Diakses ${day} dari salinan lokal situs; tampilan: ${address}`,
    where: (address: string) => `Salinan lokal situs; tampilan: ${address}`,
    note: "Bagan, diakses",
    localNote:
      "Halaman ini dibuka dari salinan lokal situs (di komputer ini), yang tidak punya alamat publik: kutipan memberi jalur tampilannya, yang membuka bagan yang sama di mana pun situs ini disajikan.",
  },
  en: {
    chart: "Chart",
    retrieved: (day: string, address: string) => `Retrieved ${day}, from ${address}`,
    retrievedLocal: (day: string, address: string) =>
      `Retrieved ${day} from a local copy of the site; view: ${address}`,
    where: (address: string) => `Local copy of the site; view: ${address}`,
    note: "Chart, accessed",
    localNote:
      "This page was opened from a local copy of the site (on this computer), which has no public address: the citation gives the view's path, which opens the same chart wherever the site is served.",
  },
} as const;

/**
 * Where a view was read, as a download's footer writes it: its public address,
 * or, from a local copy, words that say so with the view's path.
 * @example viewAddressText({address: "?page=world", local: true}, "id") // "Salinan lokal situs; tampilan: ?page=world"
 * @example viewAddressText({address: "https://example.org/?page=world", local: false}, "en") // "https://example.org/?page=world"
 */
export function viewAddressText(view: ViewAddress, language: Language): string {
  return view.local ? WORDS[language].where(view.address) : view.address;
}

/**
 * The citation of a chart in APA style (in the page's language: "Retrieved
 * December 6, 2026, from …", "Diakses 6 Desember 2026, dari …") and as
 * BibTeX, with the address of the view; read from a local copy, it says so
 * (`localNote` explains it to the reader) and cites the view by its path.
 * @example chartCitation("Scores", {address: "https://example.org/?page=world", local: false}, "en", new Date("2026-12-06T00:00:00Z")).apa // "Paradiplomacy toolkit. (2026). Scores [Chart]. Retrieved December 6, 2026, from https://example.org/?page=world"
 * @example chartCitation("Skor", {address: "?page=world", local: true}, "id", new Date("2026-12-06T00:00:00Z")).apa // "Paradiplomacy toolkit. (2026). Skor [Bagan]. Diakses 6 Desember 2026 dari salinan lokal situs; tampilan: ?page=world"
 */
export function chartCitation(
  title: string,
  view: ViewAddress,
  language: Language,
  date: Date = new Date(),
): { apa: string; bibtex: string; localNote: string | null } {
  const words = WORDS[language];
  const year = date.getUTCFullYear();
  const day = new Intl.DateTimeFormat(language === "id" ? "id-ID" : "en-US", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
  const key = `paradiplomacy-${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)}`;
  // A local view's path is text in BibTeX, where & and % must be escaped; a public address is a \url.
  const howpublished = view.local
    ? `${words.where(`\\texttt{${view.address.replace(/([&%#_])/gu, "\\$1")}}`)}`
    : `\\url{${view.address}}`;
  return {
    apa: `Paradiplomacy toolkit. (${year}). ${title} [${words.chart}]. ${(view.local ? words.retrievedLocal : words.retrieved)(day, view.address)}`,
    bibtex: `@misc{${key},\n  title = {${title}},\n  author = {{Paradiplomacy toolkit}},\n  year = {${year}},\n  howpublished = {${howpublished}},\n  note = {${words.note} ${date.toISOString().slice(0, 10)}}\n}`,
    localNote: view.local ? words.localNote : null,
  };
}
