import type { Language } from "../../../src/language.ts";
import { element } from "../../../web/dom.ts";
import type { ParsedParam } from "../model/state.ts";

const TEXTS = {
  id: "Sebagian alamat halaman ini tidak dimengerti; yang bawaan ditampilkan sebagai gantinya:",
  en: "Part of this page's address was not understood; the default is shown instead:",
} as const;

/**
 * What the page's address asked for that could not be read (an unknown sort key, a slide that is not one), each
 * parameter with its reason, so that a mistyped link never falls back to the default silently; nothing when every
 * parameter was read.
 */
export function addressNotice(params: Readonly<Record<string, ParsedParam>>, language: Language): HTMLElement | null {
  const invalid = Object.entries(params).flatMap(([param, parsed]) =>
    parsed.status === "invalid" ? [`${param}: ${parsed.reason}`] : [],
  );
  if (invalid.length === 0) return null;
  return element("div", { className: "address-notice note", attributes: { role: "status" } }, [
    element("p", { text: TEXTS[language] }),
    element(
      "ul",
      {},
      invalid.map((text) => element("li", { text })),
    ),
  ]);
}
