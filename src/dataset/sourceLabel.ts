import type { Language } from "../language.ts";
import type { Source } from "./types.ts";

/**
 * A source as a reader cites it in a table: the first author's surname (with
 * "et al." for more, "&" for two) and the year, or "n.d."; a source without
 * authors by the start of its title. Never the file name it is stored under.
 * In Indonesian, as Indonesian APA writes them: "dkk." and "t.t.".
 * @example sourceLabel({authors: "Fazra, K. D.", year: null, title: "Prosedur kerja sama"}) // "Fazra (n.d.)"
 * @example sourceLabel({authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, D. E.", year: null, title: "Kebijakan"}, "id") // "Alfiansyah dkk. (t.t.)"
 */
export function sourceLabel(source: Pick<Source, "authors" | "year" | "title">, language: Language = "en"): string {
  const { who, year } = sourceParts(source, language);
  return `${who} (${year})`;
}

/**
 * The two parts of a source's label (`sourceLabel`): who wrote it and when,
 * in the given language (default English).
 * @example sourceParts({authors: "Faishal, M. A.; Yulianti, D.", year: 2022, title: "Paradiplomasi"}) // {who: "Faishal & Yulianti", year: "2022"}
 */
export function sourceParts(
  source: Pick<Source, "authors" | "year" | "title">,
  language: Language = "en",
): { who: string; year: string } {
  const year = source.year === null ? (language === "id" ? "t.t." : "n.d.") : String(source.year);
  const authors = (source.authors ?? "")
    .split(";")
    .map((author) => author.split(",")[0]!.trim())
    .filter(Boolean);
  const title = titleStart(source.title, 48);
  const who =
    authors.length === 0
      ? `“${title}”`
      : authors.length === 1
        ? authors[0]!
        : authors.length === 2
          ? `${authors[0]} & ${authors[1]}`
          : `${authors[0]} ${language === "id" ? "dkk." : "et al."}`;
  return { who, year };
}

/**
 * The start of a title in at most `length` characters: whole words, and "…"
 * when words were left out (a single word longer than that is cut).
 * @example titleStart("Factors behind the sister city cooperation between the Denpasar City Government", 48) // "Factors behind the sister city cooperation…"
 */
export function titleStart(title: string, length: number): string {
  if (title.length <= length) return title;
  // The last space within the room (a word that ends right at it still fits: the space after it is the cut).
  const space = title.slice(0, length).lastIndexOf(" ");
  const cut = space > 0 ? title.slice(0, space) : title.slice(0, length - 1);
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/**
 * The label of the source a row cites by id (`sourceLabel`, in the given
 * language, default English), the id itself when no source has it, and "—"
 * for none.
 * @example
 * const sources = [{id: "a.txt", authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, D. E.", year: 2020, title: "Kebijakan"}];
 * [citeSource(sources, "a.txt"), citeSource(sources, "b.txt"), citeSource(sources, null)] // ["Alfiansyah et al. (2020)", "b.txt", "—"]
 */
export function citeSource(sources: ReadonlyArray<Source>, id: string | null, language: Language = "en"): string {
  const source = id === null ? undefined : sources.find((candidate) => candidate.id === id);
  return source === undefined ? (id ?? "—") : sourceLabel(source, language);
}
