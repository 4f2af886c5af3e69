import type { Language } from "../language.ts";

const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-GB" };
const displayNames = new Map<Language, Intl.DisplayNames>();
let codesByName: Map<string, string> | undefined;

function namesIn(language: Language): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (names === undefined)
    displayNames.set(language, (names = new Intl.DisplayNames([LOCALES[language]], { type: "region" })));
  return names;
}

/** Every ISO 3166 region code by its English name (as the data write them: "Morocco", "South Korea"), built once. */
function codeOf(name: string): string | undefined {
  if (codesByName === undefined) {
    codesByName = new Map();
    const english = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const first of letters)
      for (const second of letters) {
        const code = first + second;
        const label = english.of(code);
        if (label !== undefined) codesByName.set(label, code);
      }
  }
  return codesByName.get(name) ?? ALIASES[name];
}

/**
 * Names the data write that are not a region's English name in CLDR: older names ("Turkey", now "Türkiye"), and the
 * nations of the United Kingdom (not ISO 3166 regions), which are counted within it.
 */
const ALIASES: Record<string, string> = {
  Turkey: "TR",
  England: "GB",
  Scotland: "GB",
  Wales: "GB",
  "Northern Ireland": "GB",
  "England, United Kingdom": "GB",
  "Scotland, United Kingdom": "GB",
  "Wales, United Kingdom": "GB",
  "Czech Republic": "CZ",
  "Republic of Korea": "KR",
  "Korea, South": "KR",
  Russia: "RU",
  "United States of America": "US",
  USA: "US",
  UK: "GB",
};

/**
 * A country's name in a language, from its ISO 3166 code when there is one
 * or from its English name as the data write it, through the browser's (or
 * Node's) own CLDR names; a name it does not know is returned as written.
 * @example countryName("Morocco", "id") // "Maroko"
 * @example countryName(null, "id", "KR") // "Korea Selatan"
 * @example [countryName("Turkey", "id"), countryName("England", "en")] // ["Turki", "United Kingdom"]
 */
export function countryName(name: string, language: Language, code?: string | null): string;
export function countryName(name: string | null, language: Language, code?: string | null): string | null;
export function countryName(name: string | null, language: Language, code?: string | null): string | null {
  const known = code ?? (name === null ? undefined : codeOf(name));
  if (known === undefined) return name;
  try {
    return namesIn(language).of(known.toUpperCase()) ?? name;
  } catch {
    return name;
  }
}
