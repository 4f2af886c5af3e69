import type { Language } from "../language.ts";
import { sourceParts } from "./sourceLabel.ts";
import type { Source } from "./types.ts";

/**
 * A text of our own (a note, a description, a framework's caveat) with each
 * source it names by its number ("003 names the motives", "(003)") cited as
 * a reader cites it instead: the first author and year (`sourceLabel`), or
 * a source without authors by the start of its title. A source's number is
 * the digits its id starts with (`003_c67cf8b27ab2872a.txt` is 003). Other
 * numbers are left alone: years (2003), amounts (10.000) and ids.
 *
 * @param text The text, as written.
 * @param sources The dataset's sources.
 * @param language The language of the text: "dkk." and "t.t." in Indonesian; default English.
 * @example
 * const sources = [{id: "000_3d05.txt", authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, D. E.", year: null, title: "Kebijakan"}];
 * citeSourcesInText("000 states the challenges (000); Rp 10.000 in 2000 (000, 4.3).", sources) // "Alfiansyah et al. (n.d.) states the challenges (Alfiansyah et al., n.d.); Rp 10.000 in 2000 (Alfiansyah et al., n.d., 4.3)."
 */
export function citeSourcesInText(
  text: string,
  sources: ReadonlyArray<Pick<Source, "id" | "authors" | "year" | "title">>,
  language: Language = "en",
): string {
  const byNumber = new Map<string, { who: string; year: string }>();
  for (const source of sources) {
    const number = /^(\d+)_/u.exec(source.id)?.[1];
    if (number !== undefined) byNumber.set(number, sourceParts(source, language));
  }
  if (byNumber.size === 0) return text;
  const numbers = [...byNumber.keys()].join("|");
  const pattern = new RegExp(`(\\()?(?<![\\p{L}\\p{N}_.,/-])(${numbers})(?![\\p{L}\\p{N}_]|[.,/-]\\p{N})(\\))?`, "gu");
  return text.replace(pattern, (_match, open: string | undefined, number: string, close: string | undefined) => {
    const { who, year } = byNumber.get(number)!;
    return open ? `(${who}, ${year}${close ?? ""}` : `${who} (${year})${close ?? ""}`;
  });
}
