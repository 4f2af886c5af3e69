import summaries from "virtual:framework-summaries";
import { element } from "../../../web/dom.ts";
import type { ShellView } from "../components/page.ts";
import { href } from "../model/state.ts";
import { lazyCharts } from "../components/lazyCharts.ts";
import { OVERVIEW } from "../components/overviewTexts.ts";

// The overview's map and timeline: their code arrives after the text above them is drawn (lazyCharts.ts).
// The land outlines are fetched with that code, so that the map is drawn once, with them (without them, and a word
// why, if they cannot be read).
const charts = lazyCharts(() =>
  import("../components/overviewCharts.ts").then((module) => module.landLoaded.then(() => module)),
);

/**
 * The overview: what paradiplomacy is, the frameworks in brief, a map and a timeline of the partnerships. It is the
 * page the site opens with: its text is drawn at once, before the dataset has been read, and its charts once the data
 * (and their code) have arrived.
 */
export const overviewPage: ShellView = (state, data, context) => {
  const { language } = state;
  const texts = OVERVIEW[language];
  const figures = charts((module, { reading }) => module.overviewCharts(state, reading, context.width, texts), {
    data,
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
      // The frameworks as the registry describes them, the sources they name cited by author and year, without their
      // scoring code (site/frameworkSummaries.ts).
      summaries.map((framework) =>
        element("section", {}, [
          element("h3", {}, [
            element("a", {
              text: framework.name[language],
              attributes: { href: `${href({ ...state, page: "codebook" })}#framework-${framework.id}` },
            }),
          ]),
          element("p", { text: framework.description[language] }),
          ...(framework.note === null ? [] : [element("p", { className: "citation", text: framework.note[language] })]),
        ]),
      ),
    ),
    ...figures,
  ]);
};
