import { loadIndonesia } from "../../web/data.ts";
import { TEXTS } from "./model/i18n.ts";
import { overviewPage } from "./pages/overviewPage.ts";
import { element } from "../../web/dom.ts";
import { stateLink, type PageView, type SiteData } from "./components/page.ts";
import { lazyPage } from "./components/lazyPage.ts";
import { addressNotice } from "./components/addressNotice.ts";
import { preferredLanguage } from "./model/preferredLanguage.ts";
import { href, NAVIGATION_PAGES, parseState, type Navigate, type Page, type SiteState } from "./model/state.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { formatProblem } from "../../src/problem.ts";
import { session } from "./model/session.ts";
import { mergeImports, type MergedImports } from "./model/mergeImports.ts";
import { importsNotice } from "./components/importsNotice.ts";

/** The data for a view: scores computed once per choice of evidence kinds (all kinds, or findings only), this browser's imports included. */
const dataCache = new Map<string, SiteData>();
/** What the last merge of the stored imports could not place, said on the pages where imports are looked for. */
let mergeReport: MergedImports | undefined;
/** The pages that say what of the stored imports was not placed: where a reader looks for what they imported. */
const IMPORT_REPORT_PAGES: readonly Page[] = ["workbench", "partnerships", "data"];
function dataFor(evidence: SiteState["evidence"]): SiteData {
  const key = evidence?.join(",") ?? "";
  let found = dataCache.get(key);
  if (found === undefined) {
    const merged = mergeImports(shipped, session.imports());
    const { reading, own } = merged;
    mergeReport = merged;
    // Scored when a page first asks (the overview never does, so its text is drawn without waiting for the scoring).
    let scores: SiteData["scores"] | undefined;
    dataCache.set(
      key,
      (found = {
        reading,
        own,
        get scores() {
          return (scores ??=
            shipped.problems.length === 0 ? scoreDataset(reading.dataset, evidence === null ? {} : { evidence }) : []);
        },
      }),
    );
  }
  return found;
}
session.subscribe("imports", () => {
  dataCache.clear();
  render();
});

const PAGE_VIEWS: Record<Page, PageView & { preload?: () => void }> = {
  overview: overviewPage,
  codebook: lazyPage(() => import("./pages/codebookPage.ts").then((module) => module.codebookPage)),
  partnerships: lazyPage(() => import("./pages/casesPage.ts").then((module) => module.casesPage)),
  case: lazyPage(() => import("./pages/casePage.ts").then((module) => module.casePage)),
  compare: lazyPage(() => import("./pages/comparePage.ts").then((module) => module.comparePage)),
  world: lazyPage(() => import("./pages/worldPage.ts").then((module) => module.worldPage)),
  data: lazyPage(() => import("./pages/dataPage.ts").then((module) => module.dataPage)),
  workbench: lazyPage(() => import("./pages/workbenchPage.ts").then((module) => module.workbenchPage)),
  agreement: lazyPage(() => import("./pages/agreementPage.ts").then((module) => module.agreementPage)),
  qca: lazyPage(() => import("./pages/qcaPage.ts").then((module) => module.qcaPage)),
  notebooks: lazyPage(() => import("./pages/notebooksPage.ts").then((module) => module.notebooksPage)),
  present: lazyPage(() => import("./pages/presentPage.ts").then((module) => module.presentPage)),
};

/** Where the reader's choice of language is kept in this browser. */
const LANGUAGE_KEY = "paradiplomacy-language";
const storedLanguage = (): string | null => {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
};
const rememberLanguage = (language: string) => {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // No storage (a private window): the URL still carries the language.
  }
};
const browserLanguages = (): readonly string[] => navigator.languages ?? [navigator.language];
/** The language of a URL without `lang`: the reader's last choice, else the browser's preferred language. */
const defaultLanguage = () => preferredLanguage(storedLanguage(), browserLanguages());

const current = (): SiteState => {
  const { state, params } = parseState(new URL(window.location.href));
  if (params.lang.status === "valid") {
    return state;
  }
  return { ...state, language: defaultLanguage() };
};

// The code of the page the site opens with is fetched while the data is read and scored.
PAGE_VIEWS[current().page].preload?.();
const shipped = loadIndonesia();

/** The one way to move between views: push (or replace) the URL and render. A new page opens at its top. */
const navigate: Navigate = (next, { replace = false } = {}) => {
  const pageChanged = next.page !== current().page || next.caseId !== current().caseId;
  const url = new URL(href(next), window.location.href);
  // The URL leaves out Indonesian, the default: named all the same where the browser prefers another language.
  if (!url.searchParams.has("lang") && next.language !== preferredLanguage(null, browserLanguages()))
    url.searchParams.set("lang", next.language);
  // The reader's own choice of language (the switch) is remembered for the pages opened later without one.
  if (next.language !== current().language) rememberLanguage(next.language);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render({ pageChanged });
};

/**
 * A selector that finds "the same" control after the page is drawn again
 * (its id, or its tag with its name, value or data keys), so that sorting,
 * filtering or ticking a box keeps the focus where it was.
 */
function focusKey(node: Element | null, main: HTMLElement): string | null {
  if (node === null || !main.contains(node) || node === main) return null;
  if (node.id) return `#${CSS.escape(node.id)}`;
  const attributes = ["name", "value", "data-sort", "data-cell", "data-download", "data-draft"]
    .filter((name) => node.hasAttribute(name))
    .map((name) => `[${name}="${CSS.escape(node.getAttribute(name)!)}"]`)
    .join("");
  return attributes === "" ? null : `${node.tagName.toLowerCase()}${attributes}`;
}

/** Navigation links that keep the language. */
function navigation(state: SiteState): HTMLElement {
  const links = NAVIGATION_PAGES.map((page) => {
    const link = stateLink({ ...state, page }, TEXTS[state.language].pages[page], navigate);
    if (page === state.page) link.setAttribute("aria-current", "page");
    return element("li", {}, [link]);
  });
  return element("nav", { attributes: { "aria-label": state.language === "id" ? "halaman" : "pages" } }, [
    element("ul", {}, links),
  ]);
}

/** Draws the page of the current URL. A new page opens at its top with the focus on its heading; otherwise the focus stays. */
function render({ pageChanged = false }: { pageChanged?: boolean } = {}): void {
  const state = current();
  const texts = TEXTS[state.language];
  document.documentElement.lang = state.language;
  // The presentation takes the whole screen: the site's header and footer step aside.
  document.body.classList.toggle("presenting", state.page === "present");
  document.title = `${texts.title} — ${texts.pages[state.page]}`;
  document.getElementById("navigation")!.replaceChildren(navigation(state));
  document.getElementById("title")!.textContent = texts.title;
  document.getElementById("subtitle")!.textContent = texts.subtitle;
  document.getElementById("language-label")!.textContent = texts.language;
  document.getElementById("findings-label")!.textContent = texts.findingsOnly;
  (document.getElementById("findings-only") as HTMLInputElement).checked = state.evidence?.join(",") === "finding";
  (document.getElementById("language") as HTMLSelectElement).value = state.language;
  document.getElementById("footer")!.textContent = texts.footer;
  document.querySelector(".skip-link")!.textContent = state.language === "id" ? "Langsung ke isi" : "Skip to content";
  const main = document.getElementById("main")!;
  if (shipped.problems.length > 0) {
    main.replaceChildren(
      element("p", { text: texts.invalid, className: "error" }),
      element(
        "ul",
        {},
        shipped.problems.map((problem) => element("li", { text: formatProblem(problem) })),
      ),
    );
    return;
  }
  const width = chartWidth(main);
  drawnWidth = width;
  const key = pageChanged ? null : focusKey(document.activeElement, main);
  const data = dataFor(state.evidence);
  // Once the page is drawn (at once, or when its code has arrived): a new page gets the focus on its heading, a page
  // drawn again gives it back to the control that had it.
  const settle = () => {
    if (pageChanged) {
      const heading = main.querySelector<HTMLElement>("h1, h2");
      if (heading !== null) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    } else if (key !== null) main.querySelector<HTMLElement>(key)?.focus({ preventScroll: true });
  };
  const notice = addressNotice(parseState(new URL(window.location.href)).params, state.language);
  const imports =
    mergeReport === undefined || !IMPORT_REPORT_PAGES.includes(state.page)
      ? null
      : importsNotice(mergeReport, state.language);
  main.replaceChildren(
    ...(notice === null ? [] : [notice]),
    ...(imports === null ? [] : [imports]),
    PAGE_VIEWS[state.page](state, data, { width, navigate, onDrawn: settle }),
  );
  if (state.page === "case") {
    const partnership = data.reading.dataset.partnerships.find((candidate) => candidate.id === state.caseId);
    if (partnership !== undefined)
      document.title = `${partnership.local_government} – ${partnership.partner} — ${texts.title}`;
  }
  if (pageChanged) window.scrollTo(0, 0);
  if (main.querySelector(".lazy") === null) settle();
}

/**
 * Charts are drawn for the width they are shown at: the main column's, between 320 and 1,400 px (its width in whole
 * pixels, rounded down: a chart a fraction wider than its column would be scaled down, and its text with it).
 */
const chartWidth = (main: HTMLElement) =>
  printing ? PRINT_WIDTH : Math.min(1400, Math.max(320, Math.floor(main.getBoundingClientRect().width) || 960));
let drawnWidth = 0;
/**
 * An A4 page's width less its print margins (210 − 2 × 15 mm) in CSS pixels: to print, charts are drawn at this
 * width, so that their text prints at its own size (12 px, 9 pt) rather than scaled down from the screen's width.
 */
const PRINT_WIDTH = 680;
let printing = false;
window.addEventListener("beforeprint", () => {
  // The workbench keeps its editor as it is; a deck prints its own handout (presentPage).
  if (["workbench", "present"].includes(current().page)) return;
  printing = true;
  render();
});
window.addEventListener("afterprint", () => {
  if (!printing) return;
  printing = false;
  render();
});
// Redrawn when the window is resized or a phone turned, once the size has settled.
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    const main = document.getElementById("main")!;
    if (Math.abs(chartWidth(main) - drawnWidth) >= 24 && current().page !== "workbench") render();
  }, 200);
});

const select = document.getElementById("language") as HTMLSelectElement;
select.addEventListener("change", () =>
  navigate({ ...current(), language: select.value === "en" ? "en" : "id" }, { replace: true }),
);
const findingsOnly = document.getElementById("findings-only") as HTMLInputElement;
findingsOnly.addEventListener("change", () =>
  navigate({ ...current(), evidence: findingsOnly.checked ? ["finding"] : null }, { replace: true }),
);
window.addEventListener("popstate", () => render({ pageChanged: true }));
render();
document.body.classList.remove("loading");
void session.loadImports();
