import type { Language } from "../language.ts";

/**
 * The words of a reference that are the reference's own (APA's and the
 * dataset's descriptions in brackets), in English as `sources.csv` writes
 * them and in Indonesian. The title, authors, places and publishers stay as
 * the source has them.
 */
export const CITATION_PHRASES: ReadonlyArray<Readonly<{ en: string; id: string }>> = [
  { en: "Anonymous.", id: "Anonim." },
  { en: "(n.d.)", id: "(t.t.)" },
  { en: "[Journal article]", id: "[Artikel jurnal]" },
  {
    en: "[Thesis, chapter I; degree level not stated]",
    id: "[Skripsi atau tesis, bab I; jenjang tidak disebutkan]",
  },
  { en: " as research site.", id: " sebagai lokasi penelitian." },
  { en: "[Master's thesis proposal]", id: "[Proposal tesis magister]" },
  { en: "[Abstract, English and Indonesian]", id: "[Abstrak, bahasa Inggris dan bahasa Indonesia]" },
  {
    en: "[Data set, MIT licence; rows from English Wikipedia, CC BY-SA 4.0; geocoding from Wikipedia and OpenStreetMap Nominatim, ODbL]",
    id: "[Dataset, lisensi MIT; baris dari Wikipedia bahasa Inggris, CC BY-SA 4.0; geokode dari Wikipedia dan OpenStreetMap Nominatim, ODbL]",
  },
  { en: ". Snapshot ", id: ". Versi (commit) " },
  { en: "[Computer software]", id: "[Perangkat lunak komputer]" },
  { en: "(version ", id: "(versi " },
];

/**
 * A reference (a source's `citation`, written in English) in the page's
 * language: in English unchanged, byte for byte; in Indonesian with the
 * reference's own words (`CITATION_PHRASES`) in Indonesian.
 * @example citationIn("Anonymous. (n.d.). Judul [Journal article].", "id") // "Anonim. (t.t.). Judul [Artikel jurnal]."
 * @example citationIn("Anonymous. (n.d.). Judul [Journal article].", "en") // "Anonymous. (n.d.). Judul [Journal article]."
 */
export function citationIn(citation: string, language: Language): string {
  if (language === "en") return citation;
  return CITATION_PHRASES.reduce((text, phrase) => text.replaceAll(phrase.en, phrase.id), citation);
}
