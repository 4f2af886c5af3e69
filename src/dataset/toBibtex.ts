import type { Source } from "./types.ts";

const escapeBibtex = (text: string) => text.replace(/([{}%&#_$])/g, "\\$1");

/**
 * A BibTeX entry for a source row: authors joined with "and", n.d. years
 * left out, the full citation kept as a note.
 * @example
 * toBibtex({id: "004_f2ed6371404c23dd.txt", type: "journal-article", authors: "Faishal, M. A.; Yulianti, D.", year: null,
 *   as_of: "2022", title: "Paradiplomasi Jawa Barat", container: "Universitas Padjadjaran", url: null,
 *   citation: "Faishal & Yulianti (n.d.).", language: "id", note: null}).split("\n").slice(0, 3)
 * // ["@article{004_f2ed6371404c23dd,", "  author = {Faishal, M. A. and Yulianti, D.},", "  title = {Paradiplomasi Jawa Barat},"]
 */
export function toBibtex(source: Source): string {
  const kind =
    source.type === "journal-article"
      ? "article"
      : source.type === "thesis" || source.type === "thesis-proposal"
        ? "thesis"
        : source.type === "book"
          ? "book"
          : "misc";
  const key = source.id.replace(/\.txt$/, "").replace(/[^A-Za-z0-9_-]/g, "_");
  const fields: Array<[string, string | number | null]> = [
    [
      "author",
      source.authors
        ? source.authors
            .split(";")
            .map((author) => author.trim())
            .join(" and ")
        : null,
    ],
    ["title", source.title],
    [kind === "article" ? "journal" : "institution", source.container],
    ["year", source.year],
    ["url", source.url],
    ["language", source.language],
    ["note", source.citation],
  ];
  const body = fields
    .filter(([, value]) => value !== null && value !== "")
    .map(([name, value]) => `  ${name} = {${escapeBibtex(String(value))}}`);
  return `@${kind}{${key},\n${body.join(",\n")}\n}`;
}
