import { loadIndonesia } from "./data.ts";
import { TEXTS, languageFromUrl, pageFromUrl, PAGES, type Language, type Page } from "./i18n.ts";
import { codebookPage } from "./codebookPage.ts";
import { casePage } from "./casePage.ts";
import { overviewPage } from "./overviewPage.ts";
import { comparePage } from "./comparePage.ts";
import { dataPage } from "./dataPage.ts";
import { casesPage } from "./casesPage.ts";
import { viewFromParams, viewToParams } from "./casesModel.ts";
import { element } from "./dom.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { formatProblem } from "../../src/problem.ts";

const reading = loadIndonesia();
const scores = reading.problems.length === 0 ? scoreDataset(reading.dataset) : [];

/** A link to a partnership's case page that keeps the language. */
function caseLink(id: string, text: string, language: Language): HTMLAnchorElement {
  const url = new URL(window.location.href);
  url.search = "";
  url.searchParams.set("page", "case");
  url.searchParams.set("id", id);
  if (language === "en") url.searchParams.set("lang", "en");
  const link = element("a", { text, attributes: { href: url.search } });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    history.pushState(null, "", url);
    render();
  });
  return link;
}

/** Navigation links that keep the language; the page lives in the URL so a link reproduces the view. */
function navigation(page: Page, language: Language): HTMLElement {
  const links = PAGES.map((target) => {
    const url = new URL(window.location.href);
    for (const key of ["id", "cases"]) url.searchParams.delete(key);
    url.searchParams.set("page", target);
    if (target === "overview") url.searchParams.delete("page");
    const link = element("a", { text: TEXTS[language].pages[target]!, attributes: { href: url.search || "./" } });
    if (target === page) link.setAttribute("aria-current", "page");
    link.addEventListener("click", (event) => {
      event.preventDefault();
      history.pushState(null, "", url);
      render();
    });
    return element("li", {}, [link]);
  });
  return element("nav", { attributes: { "aria-label": "pages" } }, [element("ul", {}, links)]);
}

/** A page whose code loads on demand (the world map's canvas and zoom code stay out of the first load). */
function lazyPage(load: () => Promise<HTMLElement>): HTMLElement {
  const holder = element("div", { className: "lazy" });
  load().then(
    (page) => holder.replaceWith(page),
    (error: Error) => holder.replaceChildren(element("p", { className: "error", text: error.message })),
  );
  return holder;
}

function render(): void {
  const url = new URL(window.location.href);
  const language = languageFromUrl(url);
  const page = pageFromUrl(url);
  const texts = TEXTS[language];
  document.documentElement.lang = language;
  document.title = `${texts.title} — ${texts.pages[page]}`;
  document.getElementById("navigation")!.replaceChildren(navigation(page, language));
  document.getElementById("title")!.textContent = texts.title;
  document.getElementById("subtitle")!.textContent = texts.subtitle;
  document.getElementById("language-label")!.textContent = texts.language;
  (document.getElementById("language") as HTMLSelectElement).value = language;
  document.getElementById("footer")!.textContent = texts.footer;
  const main = document.getElementById("main")!;
  if (reading.problems.length > 0) {
    main.replaceChildren(element("p", { text: texts.invalid, className: "error" }), element("ul", {}, reading.problems.map((problem) => element("li", { text: formatProblem(problem) }))));
    return;
  }
  const width = Math.min(1100, Math.max(320, main.clientWidth || 960));
  const selected = (url.searchParams.get("cases") ?? "").split(",").filter(Boolean);
  main.replaceChildren(
    page === "codebook" ? codebookPage(reading.dataset.codings, language)
    : page === "case" ? casePage(url.searchParams.get("id") ?? "", reading, scores, language)
    : page === "partnerships" ? casesPage(scores, viewFromParams(url.searchParams), language, (id, text) => caseLink(id, text, language), (view) => {
        const next = new URL(window.location.href);
        viewToParams(view, next.searchParams);
        history.replaceState(null, "", next);
        render();
      })
    : page === "compare" ? comparePage(scores, reading.dataset.events, selected, language, width, (cases) => {
        const next = new URL(window.location.href);
        if (cases.length > 0) next.searchParams.set("cases", cases.join(","));
        else next.searchParams.delete("cases");
        history.replaceState(null, "", next);
        render();
      })
    : page === "data" ? dataPage(reading, language)
    : page === "world" ? lazyPage(() => import("./worldPage.ts").then((module) => module.worldPage(reading, language, width)))
    : overviewPage(reading, language, width),
  );
}

const select = document.getElementById("language") as HTMLSelectElement;
select.addEventListener("change", () => {
  const url = new URL(window.location.href);
  if (select.value === "en") url.searchParams.set("lang", "en");
  else url.searchParams.delete("lang");
  history.replaceState(null, "", url);
  render();
});
window.addEventListener("popstate", render);
render();
