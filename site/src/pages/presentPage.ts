import { citeSourcesInText } from "../../../src/dataset/citeSourcesInText.ts";
import { indexBars } from "../../../src/charts/indexBars.ts";
import { indicatorMatrix } from "../../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../../src/charts/matrixChart.ts";
import { SCORE_WORDS } from "../../../src/charts/scoreColors.ts";
import { accessibleChart } from "../../../src/charts/accessibleChart.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { isCoded, type PartnershipScore } from "../../../src/score/scoreDataset.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { session } from "../model/session.ts";
import { href, parseSlide, slideText, type Slide } from "../model/state.ts";

const TEXTS = {
  id: {
    title: "Presentasi",
    slide: (n: number, of: number) => `Salindia ${n} dari ${of}`,
    previous: "← Sebelumnya",
    next: "Berikutnya →",
    exit: "Keluar",
    fullScreen: "Layar penuh",
    handout: "Cetak handout (satu salindia per halaman)",
    build: "Susun salindia",
    choose: "Salindia yang ditambahkan",
    add: "Tambah salindia",
    casesToCompare: "Kasus yang dibandingkan (pilih dua atau lebih dengan Ctrl atau ⌘)",
    addComparison: "Tambah perbandingan kasus terpilih",
    deck: "Salindia Anda",
    remove: "Hapus",
    removeSlide: (name: string) => `Hapus ${name}`,
    frameworkOption: (name: string) => `Kerangka: ${name}`,
    caseOption: (name: string) => `Kasus: ${name}`,
    compare: "Perbandingan",
    indicators: "Indikator",
    notFound: "Salindia ini merujuk pada sesuatu yang tidak ada dalam data.",
    keys: "Tombol panah, PageUp/PageDown (klik presenter) atau klik untuk berpindah; Esc untuk keluar.",
    index: "Skor syarat Ringrose; dalam kurung, syarat yang dinilai dari 4 (hasil nyata terpisah)",
  },
  en: {
    title: "Presentation",
    slide: (n: number, of: number) => `Slide ${n} of ${of}`,
    previous: "← Previous",
    next: "Next →",
    exit: "Exit",
    fullScreen: "Full screen",
    handout: "Print a handout (one slide per page)",
    build: "Build the deck",
    choose: "Slide to add",
    add: "Add slide",
    casesToCompare: "Cases to compare (choose two or more with Ctrl or ⌘)",
    addComparison: "Add a comparison of the chosen cases",
    deck: "Your deck",
    remove: "Remove",
    removeSlide: (name: string) => `Remove ${name}`,
    frameworkOption: (name: string) => `Framework: ${name}`,
    caseOption: (name: string) => `Case: ${name}`,
    compare: "Comparison",
    indicators: "Indicators",
    notFound: "This slide refers to something that is not in the data.",
    keys: "Arrow keys, PageUp/PageDown (a presenter's clicker) or a click move; Esc leaves.",
    index: "Ringrose conditions score; in brackets, the conditions assessed of 4 (tangible results apart)",
  },
} as const;

/** The size of a slide's chart text, legends and axes included: legible from the back of a room on a projector. */
const SLIDE_FONT_SIZE = 24;

/** The deck shown when the URL gives none: each framework explained, then every coded case. */
function defaultDeck(scores: readonly PartnershipScore[], registry: Registry = frameworks): Slide[] {
  return [
    ...Object.keys(registry)
      .filter((id) => registry[id]!.reads.includes("codings"))
      .map((id): Slide => ({ kind: "framework", id })),
    ...scores.filter((score) => isCoded(score)).map((score): Slide => ({ kind: "case", id: score.id })),
  ];
}

/** Whether the deck is on screen (the shell marks the page while it presents). */
const presenting = () => document.body.classList.contains("presenting");

// One keyboard listener and one pair of print listeners for the page's whole life, acting on the deck on screen
// (the session's).
document.addEventListener("keydown", (event) => {
  const current = session.deck;
  if (current === undefined || !presenting()) return;
  const target = event.target as HTMLElement | null;
  if (target !== null && ["INPUT", "SELECT", "TEXTAREA", "BUTTON"].includes(target.tagName) && event.key === " ")
    return;
  const { state, navigate, count } = current;
  const go = (slide: number) => {
    event.preventDefault();
    navigate({ ...state, slide: Math.min(count, Math.max(1, slide)) }, { replace: true });
  };
  if (["ArrowRight", "PageDown", " "].includes(event.key)) go(state.slide + 1);
  else if (["ArrowLeft", "PageUp"].includes(event.key)) go(state.slide - 1);
  else if (event.key === "Home") go(1);
  else if (event.key === "End") go(count);
  else if (event.key === "Escape") navigate({ ...state, page: "overview", slide: 1 });
});
window.addEventListener("beforeprint", () => {
  if (presenting()) session.deck?.handout?.draw();
});
window.addEventListener("afterprint", () => session.deck?.handout?.clear());

function slideContent(
  slide: Slide,
  scores: readonly PartnershipScore[],
  language: "id" | "en",
  width: number,
  texts: (typeof TEXTS)["en" | "id"],
  cite: (text: string) => string,
  fontSize = SLIDE_FONT_SIZE,
): Element[] {
  const registry: Registry = frameworks;
  const label = (score: PartnershipScore) => `${score.partnership.local_government} – ${score.partnership.partner}`;
  if (slide.kind === "framework") {
    const framework = registry[slide.id];
    if (framework === undefined) return [element("p", { text: texts.notFound })];
    return [
      element("h2", { text: framework.name[language] }),
      element("p", { className: "lead", text: framework.description[language] }),
      element("h3", { text: texts.indicators }),
      element(
        "ul",
        { className: "indicators" },
        framework.indicators.map((indicator) => element("li", { text: indicator.name[language] })),
      ),
      element("p", { className: "citation", text: cite(framework.citation[language]) }),
    ];
  }
  if (slide.kind === "case") {
    const score = scores.find((candidate) => candidate.id === slide.id);
    if (score === undefined) return [element("p", { text: texts.notFound })];
    const headlines = Object.keys(registry).flatMap((id) => {
      const line = registry[id]!.headline(score[id as keyof typeof score], language);
      return line === null ? [] : [element("li", { text: `${registry[id]!.name[language]}: ${line}` })];
    });
    const chart = matrixChart(indicatorMatrix([score], { language }), {
      width,
      fontSize,
      labels: { [score.id]: label(score) },
      ariaLabel: label(score),
      legendLabels: SCORE_WORDS[language],
    });
    accessibleChart(chart);
    return [element("h2", { text: label(score) }), element("ul", { className: "headlines" }, headlines), chart];
  }
  const picked = slide.ids.flatMap((id) => scores.find((score) => score.id === id) ?? []);
  if (picked.length === 0) return [element("p", { text: texts.notFound })];
  const labels = Object.fromEntries(picked.map((score) => [score.id, label(score)]));
  const matrix = matrixChart(indicatorMatrix(picked, { language }), {
    width,
    fontSize,
    labels,
    ariaLabel: texts.compare,
    legendLabels: SCORE_WORDS[language],
  });
  accessibleChart(matrix);
  const ranked = picked
    .filter((score) => score.ringrose.rankable && score.ringrose.index !== null)
    .map((score) => ({
      id: score.id,
      // The coverage the index rests on, in words on the bar's label: a projector shows no tooltips.
      label: `${labels[score.id]!} (${score.ringrose.assessedCount}/4)`,
      index: score.ringrose.index!,
      assessedCount: score.ringrose.assessedCount,
    }));
  const bars = ranked.length > 0 ? [indexBars(ranked, { width, ariaLabel: texts.index, fontSize })] : [];
  for (const chart of bars) accessibleChart(chart);
  return [element("h2", { text: `${texts.compare}: ${picked.map(label).join(" · ")}` }), matrix, ...bars];
}

/**
 * The presentation mode: one slide at a time in large type and high
 * contrast, moved by arrow keys, PageUp/PageDown (a presenter's clicker) or
 * clicks; every slide has its own address (`?page=present&deck=…&slide=3`),
 * and the deck the lecturer builds is kept in the URL.
 */
export const presentPage: PageView = (state, { scores, reading }, { width, navigate }) => {
  const language = state.language;
  const cite = (text: string) => citeSourcesInText(text, reading.dataset.sources, language);
  const texts = TEXTS[language];
  const deck = state.deck.length > 0 ? state.deck : defaultDeck(scores);
  const count = deck.length;
  const number = Math.min(Math.max(1, state.slide), Math.max(1, count));
  const builderOpen = session.deck?.builderOpen ?? false;
  session.deck = { state: { ...state, slide: number }, navigate, count, builderOpen };
  const move = (slide: number) => navigate({ ...state, slide: Math.min(count, Math.max(1, slide)) }, { replace: true });
  const button = (text: string, action: () => void, className: string) => {
    const node = element("button", { text, attributes: { type: "button", class: className } });
    node.addEventListener("click", action);
    return node;
  };
  const slideWidth = Math.max(320, Math.min(1600, (window.innerWidth || width) - 64));
  const slide = element(
    "section",
    {
      className: "slide",
      attributes: {
        "aria-roledescription": "slide",
        "aria-label": texts.slide(number, count),
        "data-slide": String(number),
      },
    },
    count === 0
      ? [element("p", { text: texts.notFound })]
      : slideContent(deck[number - 1]!, scores, language, slideWidth, texts, cite),
  );
  // A click on the slide moves on, as a clicker would; links and controls inside keep their own clicks.
  slide.addEventListener("click", (event) => {
    if ((event.target as HTMLElement).closest("a, button, input, select")) return;
    move(number + 1);
  });
  const exit = element("a", {
    text: texts.exit,
    attributes: { href: href({ ...state, page: "overview", slide: 1 }), class: "exit" },
  });
  const controls = element("div", { className: "slide-controls" }, [
    button(texts.previous, () => move(number - 1), "previous"),
    element("span", {
      className: "slide-number",
      text: texts.slide(number, count),
      attributes: { "aria-live": "polite" },
    }),
    button(texts.next, () => move(number + 1), "next"),
    button(texts.fullScreen, () => void document.documentElement.requestFullscreen?.().catch(() => {}), "full-screen"),
    button(texts.handout, () => window.print(), "print-handout"),
    exit,
  ]);
  // Printing the deck (the button, or the browser's own print) prints every slide, one per page: they are drawn
  // only for the print and removed after it, so that the screen shows one slide at a time.
  const handout = element("div", { className: "handout", attributes: { "aria-hidden": "true" } });
  const drawHandout = () =>
    handout.replaceChildren(
      ...deck.map((entry, index) =>
        element("section", { className: "slide", attributes: { "data-slide": String(index + 1) } }, [
          // Drawn at the printed page's width (A4 less its margins) with text of 12 px, 9 pt on paper.
          ...slideContent(entry, scores, language, 680, texts, cite, 12),
        ]),
      ),
    );
  session.deck.handout = { draw: drawHandout, clear: () => handout.replaceChildren() };

  // Building the deck: pick slides, add them; the deck goes into the URL, so the link restores it.
  const options = [
    ...Object.entries(frameworks)
      .filter(([, framework]) => framework.reads.includes("codings"))
      .map(([id, framework]) => ({ value: `framework:${id}`, text: texts.frameworkOption(framework.name[language]) })),
    ...scores
      .filter((score) => isCoded(score))
      .map((score) => ({
        value: `case:${score.id}`,
        text: texts.caseOption(`${score.partnership.local_government} – ${score.partnership.partner}`),
      })),
  ];
  const choose = element(
    "select",
    { attributes: { name: "slide-choice", id: "slide-choice" } },
    options.map((option) => element("option", { text: option.text, attributes: { value: option.value } })),
  );
  const setDeck = (next: Slide[]) => navigate({ ...state, deck: next, slide: 1 }, { replace: true });
  const add = button(texts.add, () => setDeck([...state.deck, parseSlide(choose.value)!]), "add-slide");
  const casesToCompare = element(
    "select",
    { attributes: { name: "compare-choice", id: "compare-choice", multiple: "", size: "5" } },
    scores
      .filter((score) => isCoded(score))
      .map((score) =>
        element("option", {
          text: `${score.partnership.local_government} – ${score.partnership.partner}`,
          attributes: { value: score.id },
        }),
      ),
  );
  const addComparison = button(
    texts.addComparison,
    () => {
      const ids = [...casesToCompare.selectedOptions].map((option) => option.value);
      if (ids.length > 0) setDeck([...state.deck, { kind: "compare", ids }]);
    },
    "add-comparison",
  );
  // Each slide of the deck by its name as the choices give it (a comparison by its cases), not its code.
  const caseName = (id: string) => {
    const score = scores.find((candidate) => candidate.id === id);
    return score ? `${score.partnership.local_government} – ${score.partnership.partner}` : id;
  };
  const slideName = (entry: Slide) =>
    entry.kind === "compare"
      ? `${texts.compare}: ${entry.ids.map(caseName).join(" · ")}`
      : (options.find((option) => option.value === slideText(entry))?.text ?? slideText(entry));
  const list = element(
    "ol",
    { className: "deck", attributes: { "aria-label": texts.deck } },
    state.deck.map((entry, index) => {
      const remove = button(
        texts.remove,
        () => setDeck(state.deck.filter((_, position) => position !== index)),
        "remove-slide",
      );
      // Which slide it removes, for a screen reader going through the buttons.
      remove.setAttribute("aria-label", texts.removeSlide(slideName(entry)));
      return element("li", { attributes: { "data-slide-text": slideText(entry) } }, [
        element("span", { text: `${slideName(entry)} ` }),
        remove,
      ]);
    }),
  );
  // Each control under a label of its own, in the slide controls' type: readable from the lectern.
  const field = (control: HTMLElement, label: string, action: HTMLElement) =>
    element("div", { className: "deck-field" }, [
      element("label", { text: label, attributes: { for: control.id } }),
      element("div", { className: "deck-field-row" }, [control, action]),
    ]);
  const builder = element("details", { className: "deck-builder" }, [
    element("summary", { text: texts.build }),
    element("p", { className: "note", text: texts.keys }),
    field(choose, texts.choose, add),
    field(casesToCompare, texts.casesToCompare, addComparison),
    ...(state.deck.length > 0 ? [element("h3", { text: texts.deck }), list] : []),
  ]);
  // Closed until the reader opens it, so that a deck's link shows its slide on one screen; open while they build.
  builder.open = builderOpen;
  builder.addEventListener("toggle", () => {
    if (session.deck) session.deck.builderOpen = builder.open;
  });
  // The deck builder's summary sits in the row of slide controls; opened, it takes the full width below them.
  controls.append(builder);
  return element("div", { className: "presentation" }, [slide, controls, handout]);
};
