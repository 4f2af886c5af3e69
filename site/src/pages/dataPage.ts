import partnershipsUrl from "../../../datasets/indonesia/partnerships.csv?url";
import eventsUrl from "../../../datasets/indonesia/events.csv?url";
import codingsUrl from "../../../datasets/indonesia/codings.csv?url";
import portfolioCodingsUrl from "../../../datasets/indonesia/portfolio_codings.csv?url";
import sourcesUrl from "../../../datasets/indonesia/sources.csv?url";
import datapackageUrl from "../../../datasets/indonesia/datapackage.json?url";
import twinCitiesUrl from "../../../datasets/twin-cities/twin_cities.csv?url";
import twinCitiesPackageUrl from "../../../datasets/twin-cities/datapackage.json?url";
import { toBibtex } from "../../../src/dataset/toBibtex.ts";
import { citationIn } from "../../../src/dataset/citationIn.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";

const DATA = {
  id: {
    heading: "Unduh data",
    files: "Dataset Indonesia (CC BY 4.0)",
    world: "Jaringan kota kembar dunia (Wikipedia via E. Hekman; CC BY-SA 4.0)",
    cite: "Cara mengutip",
    toolkit: "Toolkit",
    sources: "Sumber",
  },
  en: {
    heading: "Download the data",
    files: "The Indonesian dataset (CC BY 4.0)",
    world: "The world's twin-city network (Wikipedia via E. Hekman; CC BY-SA 4.0)",
    cite: "How to cite",
    toolkit: "The toolkit",
    sources: "Sources",
  },
} as const;

const TOOLKIT_APA =
  "paradiplomacy: a research toolkit for the study of paradiplomacy (version 0.1.0) [Computer software]. 2026.";
const TOOLKIT_BIBTEX =
  "@software{paradiplomacy,\n  title = {paradiplomacy: a research toolkit for the study of paradiplomacy},\n  version = {0.1.0},\n  year = {2026}\n}";

/** Downloads of every file of the dataset, and the citation of the toolkit and of each source (APA and BibTeX). */
export const dataPage: PageView = ({ language }, { reading }) => {
  const texts = DATA[language];
  const files: Array<[string, string]> = [
    ["partnerships.csv", partnershipsUrl],
    ["events.csv", eventsUrl],
    ["codings.csv", codingsUrl],
    ["portfolio_codings.csv", portfolioCodingsUrl],
    ["sources.csv", sourcesUrl],
    ["datapackage.json", datapackageUrl],
  ];
  return element("article", { className: "data-page" }, [
    element("h2", { text: texts.heading }),
    element("h3", { text: texts.files }),
    element(
      "ul",
      { className: "files" },
      files.map(([name, url]) =>
        element("li", {}, [element("a", { text: name, attributes: { href: url, download: name } })]),
      ),
    ),
    element("h3", { text: texts.world }),
    element("ul", { className: "files world-files" }, [
      element("li", {}, [
        element("a", { text: "twin_cities.csv", attributes: { href: twinCitiesUrl, download: "twin_cities.csv" } }),
      ]),
      element("li", {}, [
        element("a", {
          text: "datapackage.json",
          attributes: { href: twinCitiesPackageUrl, download: "datapackage.json" },
        }),
      ]),
    ]),
    element("h2", { text: texts.cite }),
    element("h3", { text: texts.toolkit }),
    element("p", { text: citationIn(TOOLKIT_APA, language) }),
    element("pre", { text: TOOLKIT_BIBTEX }),
    element("h3", { text: texts.sources }),
    ...reading.dataset.sources.flatMap((source) => [
      element("p", { text: citationIn(source.citation, language), attributes: { "data-source": source.id } }),
      element("pre", { text: toBibtex(source) }),
    ]),
  ]);
};
