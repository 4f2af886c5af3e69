// The notebook page around the cells: its language (`?lang=`, as on the rest
// of the site), the links back to the site, and its presentation mode
// (`?present=N`: the notebook's charts one at a time, full screen).
import { LANGUAGES, type Language } from "../../src/language.ts";

const listeners = new Set<(language: Language) => void>();

/** The page's language, read from `?lang=` (Indonesian when absent or unknown). */
export function pageLanguage(url: URL = new URL(window.location.href)): Language {
  const value = url.searchParams.get("lang");
  return (LANGUAGES as readonly string[]).includes(value ?? "") ? (value as Language) : "id";
}

/** The language as a generator for the `language` built-in: cells that read it run again when it changes. */
export async function* languageChanges(): AsyncGenerator<Language> {
  let wake: (() => void) | undefined;
  let current = pageLanguage();
  const listener = (language: Language) => {
    current = language;
    wake?.();
  };
  listeners.add(listener);
  try {
    let shown: Language | undefined;
    for (;;) {
      if (shown !== current) yield (shown = current);
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    listeners.delete(listener);
  }
}

/** Writes a parameter into the address without reloading (absent when it is the default). */
function setParameter(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, "", url);
}

function setLanguage(language: Language): void {
  document.documentElement.lang = language;
  // The page's title is the notebook's heading in that language.
  const heading = document.querySelector(`main [lang="${language}"] h1`);
  if (heading?.textContent) document.title = heading.textContent;
  setParameter("lang", language === "id" ? null : language);
  // Links to the site and to other notebooks keep the language.
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-keep-language]")) {
    const url = new URL(link.getAttribute("href")!, window.location.href);
    if (language === "id") url.searchParams.delete("lang");
    else url.searchParams.set("lang", language);
    link.href = url.href;
  }
  for (const listener of listeners) listener(language);
}

// Which cells are computing. The page is drawn when every cell defined has
// settled (fulfilled or failed) at least once and none is computing again:
// then `<html data-cells="settled">`, and a "cellssettled" event on document.
let cellsDefined = 0;
const unsettled = new Set<number>();
const settledListeners = new Set<() => void>();

/** Registers a cell that has not run yet; returns its number. */
export function cellDefined(): number {
  const cell = cellsDefined++;
  unsettled.add(cell);
  document.documentElement.dataset.cells = "computing";
  return cell;
}

/** A cell started computing (again). */
export function cellPending(cell: number): void {
  unsettled.add(cell);
  document.documentElement.dataset.cells = "computing";
}

/** A cell has a value or an error. */
export function cellSettled(cell: number): void {
  unsettled.delete(cell);
  if (unsettled.size > 0) return;
  document.documentElement.dataset.cells = "settled";
  for (const listener of settledListeners) listener();
  document.dispatchEvent(new Event("cellssettled"));
}

/** Whether every cell has drawn. */
function cellsSettled(): boolean {
  return cellsDefined > 0 && unsettled.size === 0;
}

/** The slide shown (from 0), or null when the notebook is read rather than presented. */
let shownSlide: number | null = null;

/** Whether the notebook is being presented (`?present=N`): its views then draw for the projector. */
export function presenting(): boolean {
  return shownSlide !== null;
}

/** The charts the presentation shows, in the notebook's order. */
function slides(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("main figure.chart")];
}

function present(index: number | null): void {
  const all = slides();
  const shown = index === null || all.length === 0 ? null : Math.max(0, Math.min(all.length - 1, index));
  shownSlide = shown;
  document.body.classList.toggle("presenting", shown !== null);
  markSlide();
  const counter = document.getElementById("slide-counter")!;
  counter.hidden = shown === null;
  counter.dataset.slide = shown === null ? "" : String(shown + 1);
  counter.dataset.of = String(all.length);
  counter.textContent = shown === null ? "" : `${shown + 1} / ${all.length}`;
  setParameter("present", shown === null ? null : String(shown + 1));
  if (shown !== null) all[shown]!.focus({ preventScroll: true });
}

/**
 * Marks the slide shown. Entering or leaving the presentation changes the
 * page's width, so the cells draw their charts again, for the projector or
 * for the page: the new figures are marked too.
 */
function markSlide(): void {
  slides().forEach((figure, i) => figure.classList.toggle("current-slide", i === shownSlide));
}

function currentSlide(): number | null {
  const value = new URL(window.location.href).searchParams.get("present");
  return value === null ? null : Number(value) - 1;
}

/** Wires the page: the language switch, the links that keep it, and the presentation mode's keys. */
export function setUpPage(): void {
  const select = document.getElementById("language") as HTMLSelectElement | null;
  const language = pageLanguage();
  if (select) {
    select.value = language;
    select.addEventListener("change", () => setLanguage(select.value === "en" ? "en" : "id"));
  }
  setLanguage(language);
  document.getElementById("present")?.addEventListener("click", () => present(0));
  document.getElementById("print")?.addEventListener("click", () => window.print());
  document.addEventListener("keydown", (event) => {
    const index = currentSlide();
    if (index === null) return;
    if (["ArrowRight", "PageDown", " "].includes(event.key)) present(index + 1);
    else if (["ArrowLeft", "PageUp"].includes(event.key)) present(index - 1);
    else if (event.key === "Escape") present(null);
    else return;
    event.preventDefault();
  });
  new MutationObserver(() => {
    if (shownSlide !== null && !document.querySelector("main figure.current-slide")) markSlide();
  }).observe(document.querySelector("main") ?? document.body, { childList: true, subtree: true });
  // A link with ?present=N opens on that chart as soon as a cell has drawn it, or, when there are fewer charts,
  // on the last one once every cell has drawn.
  const wanted = currentSlide();
  if (wanted !== null) {
    const start = () => {
      if (slides().length <= wanted && !cellsSettled()) return false;
      settledListeners.delete(start);
      observer.disconnect();
      present(wanted);
      return true;
    };
    const observer = new MutationObserver(start);
    if (!start()) {
      settledListeners.add(start);
      observer.observe(document.querySelector("main") ?? document.body, { childList: true, subtree: true });
    }
  }
}
