import { NOTEBOOKS } from "../../../web/notebookCatalogue.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";

const TEXTS = {
  id: {
    title: "Notebook",
    intro:
      "Setiap notebook mereplikasi analisis satu sumber dengan toolkit ini, langkah demi langkah dari bukti yang dikode; angka dalam teksnya diperiksa oleh pengujian terhadap apa yang dihitung toolkit.",
  },
  en: {
    title: "Notebooks",
    intro:
      "Each notebook replicates one source's analysis with this toolkit, step by step from the coded evidence; the figures in its prose are checked by a test against what the toolkit computes.",
  },
} as const;

/** The list of notebooks (Observable Notebook Kit pages built beside the site), each with what it does. */
export const notebooksPage: PageView = (state) => {
  const texts = TEXTS[state.language];
  const query = state.language === "id" ? "" : `?lang=${state.language}`;
  return element("section", { className: "notebooks-page" }, [
    element("h2", { text: texts.title }),
    element("p", { text: texts.intro }),
    element(
      "ul",
      { className: "notebook-list" },
      NOTEBOOKS.map((notebook) =>
        element("li", {}, [
          element("a", {
            text: notebook.title[state.language],
            attributes: { href: `./notebooks/${notebook.file}.html${query}` },
          }),
          element("p", { text: notebook.summary[state.language] }),
        ]),
      ),
    ),
  ]);
};
