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

/** The charts the presentation shows, in the notebook's order. */
function slides(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("main figure.chart")];
}

function present(index: number | null): void {
  const all = slides();
  const shown = index === null || all.length === 0 ? null : Math.max(0, Math.min(all.length - 1, index));
  document.body.classList.toggle("presenting", shown !== null);
  all.forEach((figure, i) => figure.classList.toggle("current-slide", i === shown));
  const counter = document.getElementById("slide-counter")!;
  counter.hidden = shown === null;
  counter.dataset.slide = shown === null ? "" : String(shown + 1);
  counter.dataset.of = String(all.length);
  counter.textContent = shown === null ? "" : `${shown + 1} / ${all.length}`;
  setParameter("present", shown === null ? null : String(shown + 1));
  if (shown !== null) all[shown]!.focus({ preventScroll: true });
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
  // A link with ?present=N opens on that chart once the cells have drawn it (on the last one if there are fewer).
  const wanted = currentSlide();
  if (wanted !== null) {
    const until = performance.now() + 10_000;
    const start = () =>
      slides().length > wanted || performance.now() > until ? present(wanted) : requestAnimationFrame(start);
    start();
  }
}
