import { citeSource } from "../../../src/dataset/sourceLabel.ts";
import { citeSourcesInText } from "../../../src/dataset/citeSourcesInText.ts";
import { codebookEntries } from "../../../src/codebook/codebook.ts";
import { refiQdaCodebook } from "../../../src/codebook/refiQdaCodebook.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { downloadFile, element, dataTable } from "../../../web/dom.ts";
import { TEXTS } from "../model/i18n.ts";
import type { PageView } from "../components/page.ts";

/** The codebook page: every framework, its indicators, the anchor of every level and an example quote, as text. */
export const codebookPage: PageView = ({ language }, { reading }) => {
  const texts = TEXTS[language].codebook;
  const registry: Registry = frameworks;
  const entries = codebookEntries(reading.dataset.codings, registry);
  // Our texts name sources by number ("003 names the motives"): cite them as a reader does.
  const cite = (text: string) => citeSourcesInText(text, reading.dataset.sources, language);
  const sections = Object.values(registry).map((framework) => {
    const id = framework.id;
    const own = entries.filter((entry) => entry.framework === id);
    const rows = own.map((entry) =>
      element("tr", { attributes: { "data-indicator": `${id}.${entry.indicator}` } }, [
        element("th", { attributes: { scope: "row" } }, [
          element("span", { text: entry.name[language] }),
          element("br"),
          element("code", { text: entry.indicator }),
        ]),
        element("td", { text: cite(entry.definition[language]) }),
        element("td", {}, [
          element(
            "ul",
            { className: "anchors" },
            entry.anchors.map((anchor) =>
              element("li", {}, [
                element("strong", { text: `${anchor.value} · ${anchor.label[language]}: ` }),
                element("span", { text: cite(anchor.anchor[language]) }),
              ]),
            ),
          ),
        ]),
        element(
          "td",
          { className: "example" },
          entry.example
            ? [
                element("q", { text: entry.example.evidence }),
                element("br"),
                element("small", {
                  text: `${entry.example.partnership} · ${citeSource(reading.dataset.sources, entry.example.source, language)}${entry.example.locator ? `, ${entry.example.locator}` : ""}`,
                }),
              ]
            : [element("small", { text: texts.noExample })],
        ),
      ]),
    );
    return element("section", { attributes: { id: `framework-${id}` } }, [
      element("h2", { text: framework.name[language] }),
      element("p", { text: cite(framework.description[language]) }),
      element("p", { className: "citation", text: `${texts.citation}: ${cite(framework.citation[language])}` }),
      ...framework.notes.map((note) => element("blockquote", { text: cite(note[language]) })),
      ...(rows.length === 0
        ? []
        : [
            dataTable(
              framework.name[language],
              [texts.indicator, texts.definition, texts.level, texts.example],
              rows,
              "codebook",
            ),
          ]),
    ]);
  });
  // The same codebook for QDA software (ATLAS.ti, NVivo, MAXQDA, QualCoder), in the REFI-QDA exchange format.
  const qdc = element("button", { text: texts.qdc, attributes: { type: "button", class: "download-qdc" } });
  qdc.addEventListener("click", () => {
    downloadFile(`paradiplomacy-codebook-${language}.qdc`, refiQdaCodebook({ language, registry }), "application/xml");
  });
  return element("article", { className: "codebook-page" }, [
    element("h2", { text: texts.title }),
    element("p", { text: texts.intro }),
    element("p", {}, [qdc, element("span", { className: "note", text: ` ${texts.qdcNote}` })]),
    ...sections,
  ]);
};
