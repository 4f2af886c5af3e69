import type { Language } from "../../../src/language.ts";
import type { Registry } from "../../../src/frameworks/registry.ts";
import type { DraftRow } from "../../../src/workbench/draft.ts";
import type { PlacedPassage } from "../../../src/workbench/placeCodings.ts";
import { element } from "../../../web/dom.ts";

const TEXTS = {
  id: {
    coded: (names: string) => `Dikodekan: ${names}`,
    score: (score: string) => (score === "" ? "belum diberi skor" : `skor ${score}`),
    several: (count: number) => `Bagian ini membawa ${count} koding. Buka salah satunya:`,
    close: "Tutup",
  },
  en: {
    coded: (names: string) => `Coded: ${names}`,
    score: (score: string) => (score === "" ? "no score yet" : `score ${score}`),
    several: (count: number) => `This passage carries ${count} codings. Open one:`,
    close: "Close",
  },
} as const;

/** A coding's key in the marks and in the editor's fieldsets: `framework/indicator`. */
export const codingKeyOf = (row: DraftRow) => `${row.framework ?? ""}/${row.indicator ?? ""}`;

/**
 * A coding as the reader names it: the indicator, its framework and the score
 * (`culture (Three layers), score 2`).
 */
export function codingName(row: DraftRow, registry: Registry, language: Language): string {
  const framework = registry[row.framework ?? ""];
  const indicator = framework?.indicators.find((candidate) => candidate.id === row.indicator);
  const name =
    framework === undefined || indicator === undefined
      ? codingKeyOf(row)
      : `${indicator.name[language]} (${framework.name[language]})`;
  return `${name}, ${TEXTS[language].score(row.score ?? "")}`;
}

export interface PassageMarkOptions {
  registry: Registry;
  language: Language;
  /** Called when the mark is clicked, tapped, or pressed with Enter or Space. */
  onActivate: (rows: DraftRow[], mark: HTMLElement) => void;
}

/**
 * The mark of a coded passage (or of one segment of it) in a document's
 * text: its text as text, a button for keyboard and screen reader alike,
 * described by the codings it carries (`data-codings` lists their keys).
 */
export function passageMark(text: string, segment: PlacedPassage, options: PassageMarkOptions): HTMLElement {
  const { registry, language, onActivate } = options;
  const names = segment.rows.map((row) => codingName(row, registry, language)).join("; ");
  const mark = element("mark", {
    text,
    attributes: {
      tabindex: "0",
      role: "button",
      title: TEXTS[language].coded(names),
      "data-codings": segment.rows.map(codingKeyOf).join(" "),
    },
  });
  mark.addEventListener("click", () => onActivate(segment.rows, mark));
  mark.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onActivate(segment.rows, mark);
  });
  return mark;
}

export interface CodingsMenuOptions {
  registry: Registry;
  language: Language;
  /** Called with the coding chosen. */
  onChoose: (row: DraftRow) => void;
}

/**
 * The codings of a passage that carries several, each a button that opens
 * it: what clicking such a passage shows, so that every one can be reached.
 * Shown in `place` (emptied when a coding is chosen, or on Close or Escape,
 * which give the focus back to the passage's `mark`), its first coding
 * focused.
 */
export function showCodingsMenu(
  place: HTMLElement,
  rows: readonly DraftRow[],
  mark: HTMLElement,
  options: CodingsMenuOptions,
): void {
  const { registry, language, onChoose } = options;
  const onClose = () => {
    place.replaceChildren();
    mark.focus();
  };
  const texts = TEXTS[language];
  const heading = element("p", { text: texts.several(rows.length), attributes: { id: "passage-codings-title" } });
  const choices = rows.map((row) => {
    const button = element("button", {
      text: codingName(row, registry, language),
      attributes: { type: "button", "data-coding": codingKeyOf(row) },
    });
    button.addEventListener("click", () => {
      place.replaceChildren();
      onChoose(row);
    });
    return element("li", {}, [button]);
  });
  const close = element("button", { text: texts.close, attributes: { type: "button", "data-close": "" } });
  close.addEventListener("click", onClose);
  const menu = element(
    "div",
    { className: "passage-codings", attributes: { role: "group", "aria-labelledby": "passage-codings-title" } },
    [heading, element("ul", {}, choices), close],
  );
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") onClose();
  });
  place.replaceChildren(menu);
  menu.scrollIntoView({ block: "nearest" });
  menu.querySelector("button")?.focus({ preventScroll: true });
}

/**
 * Brings the marks of a coding into view in a document viewer and focuses
 * the first: they are marked as the current passage (`aria-current`) until
 * another is shown. The marks may be drawn a moment later (a long document
 * is put on the page a few pages a task): they are waited for, up to
 * `timeout` milliseconds. Resolves whether they were found.
 */
export function revealPassage(viewer: HTMLElement, key: string, timeout = 5000): Promise<boolean> {
  const selector = `mark[data-codings~=${JSON.stringify(key)}]`;
  const until = performance.now() + timeout;
  return new Promise((resolve) => {
    const look = () => {
      const marks = [...viewer.querySelectorAll<HTMLElement>(selector)];
      if (marks.length === 0) {
        if (performance.now() > until) return resolve(false);
        return void setTimeout(look, 50);
      }
      for (const other of viewer.querySelectorAll("mark[aria-current]")) other.removeAttribute("aria-current");
      for (const mark of marks) mark.setAttribute("aria-current", "true");
      marks[0]!.scrollIntoView({ block: "center" });
      marks[0]!.focus({ preventScroll: true });
      resolve(true);
    };
    look();
  });
}
