import { citeSourcesInText } from "../../../src/dataset/citeSourcesInText.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { href } from "../model/state.ts";
import { lazyCharts } from "../components/lazyCharts.ts";
import { OVERVIEW } from "../components/overviewTexts.ts";

// The overview's map and timeline: their code arrives after the text above them is drawn (lazyCharts.ts).
// The land outlines are fetched with that code, so that the map is drawn once, with them (without them, and a word
// why, if they cannot be read).
const charts = lazyCharts(() =>
  import("../components/overviewCharts.ts").then((module) => module.landLoaded.then(() => module)),
);

/** The overview: what paradiplomacy is, the frameworks in brief, a map and a timeline of the partnerships. */
export const overviewPage: PageView = (state, data, context) => {
  const { language } = state;
  const registry: Registry = frameworks;
  const texts = OVERVIEW[language];
  const figures = charts((module) => module.overviewCharts(state, data.reading, context.width, texts), {
    // About as tall as the map and the timeline will be.
    minHeight: context.width * 0.6 + 420,
    onDrawn: context.onDrawn,
  });
  return element("article", { className: "overview-page" }, [
    element("h2", { text: texts.heading }),
    element("p", { className: "lead", text: texts.lead }),
    element("h2", { text: texts.frameworks }),
    element(
      "div",
      { className: "frameworks-intro" },
      Object.values(registry).map((framework) =>
        element("section", {}, [
          element("h3", {}, [
            element("a", {
              text: framework.name[language],
              attributes: { href: `${href({ ...state, page: "codebook" })}#framework-${framework.id}` },
            }),
          ]),
          element("p", {
            text: citeSourcesInText(framework.description[language], data.reading.dataset.sources, language),
          }),
          ...framework.notes.slice(0, 1).map((note) =>
            element("p", {
              className: "citation",
              text: citeSourcesInText(note[language], data.reading.dataset.sources, language),
            }),
          ),
        ]),
      ),
    ),
    ...figures,
  ]);
};
