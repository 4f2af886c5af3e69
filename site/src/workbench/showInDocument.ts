import type { Language } from "../../../src/language.ts";
import { element } from "../../../web/dom.ts";

const TEXTS = {
  id: {
    show: "Tampilkan di dokumen",
    label: (indicator: string) => `Tampilkan di dokumen: kutipan ${indicator}`,
  },
  en: {
    show: "Show in the document",
    label: (indicator: string) => `Show in the document: the quote of ${indicator}`,
  },
} as const;

/**
 * The way back from a coding to its passage: a button in the coding's
 * form, named for screen readers by the indicator, shown only while the
 * coding's quote is placed in one of the draft's documents (`hidden`
 * otherwise: the documents panel says which are). `data-show-passage`
 * holds the coding's `framework/indicator`.
 */
export function showInDocumentButton(
  key: string,
  indicatorName: string,
  language: Language,
  onShow: (key: string) => void,
): HTMLButtonElement {
  const texts = TEXTS[language];
  const button = element("button", {
    text: texts.show,
    attributes: { type: "button", "data-show-passage": key, "aria-label": texts.label(indicatorName), hidden: "" },
  });
  button.addEventListener("click", () => onShow(key));
  return button;
}

/** Shows the buttons of the codings placed in a document, hides the others. */
export function updateShowInDocument(root: ParentNode, placed: ReadonlySet<string>): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-show-passage]"))
    button.hidden = !placed.has(button.dataset.showPassage ?? "");
}
