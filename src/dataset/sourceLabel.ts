import type { Source } from "./types.ts";

/**
 * A source as a reader cites it in a table: the first author's surname (with
 * "et al." for more, "&" for two) and the year, or "n.d."; a source without
 * authors by the start of its title. Never the file name it is stored under.
 * @example sourceLabel({authors: "Fazra, K. D.", year: null, title: "Prosedur kerja sama"}) // "Fazra (n.d.)"
 */
export function sourceLabel(source: Pick<Source, "authors" | "year" | "title">): string {
  const { who, year } = sourceParts(source);
  return `${who} (${year})`;
}

/**
 * The two parts of a source's label (`sourceLabel`): who wrote it and when.
 * @example sourceParts({authors: "Faishal, M. A.; Yulianti, D.", year: 2022, title: "Paradiplomasi"}) // {who: "Faishal & Yulianti", year: "2022"}
 */
export function sourceParts(source: Pick<Source, "authors" | "year" | "title">): { who: string; year: string } {
  const year = source.year === null ? "n.d." : String(source.year);
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
          : `${authors[0]} et al.`;
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
 * The label of the source a row cites by id (`sourceLabel`), the id itself
 * when no source has it, and "—" for none.
 * @example
 * const sources = [{id: "a.txt", authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, D. E.", year: 2020, title: "Kebijakan"}];
 * [citeSource(sources, "a.txt"), citeSource(sources, "b.txt"), citeSource(sources, null)] // ["Alfiansyah et al. (2020)", "b.txt", "—"]
 */
export function citeSource(sources: ReadonlyArray<Source>, id: string | null): string {
  const source = id === null ? undefined : sources.find((candidate) => candidate.id === id);
  return source === undefined ? (id ?? "—") : sourceLabel(source);
}
