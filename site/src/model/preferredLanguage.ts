import { LANGUAGES, type Language } from "../../../src/language.ts";

/**
 * The language of a page whose URL names none: the reader's own choice if
 * they made one on this site (`stored`), else the first of the browser's
 * preferred languages (`navigator.languages`) that the site speaks, else
 * Indonesian.
 * @example preferredLanguage(null, ["en-US", "id"]) // "en"
 * @example preferredLanguage("id", ["en-US"]) // "id"
 * @example preferredLanguage(null, ["fr-FR", "de"]) // "id"
 */
export function preferredLanguage(stored: string | null, browser: readonly string[]): Language {
  const spoken = (tag: string | null) =>
    LANGUAGES.find((language) => tag?.toLowerCase().split("-")[0] === language) ?? null;
  // Browsers report Indonesian as "id" or, in some older ones, "in".
  return spoken(stored) ?? browser.map((tag) => spoken(tag.replace(/^in\b/u, "id"))).find(Boolean) ?? "id";
}
