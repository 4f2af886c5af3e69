// The views of the tutorial notebook: its cells call these and display what they return.
import Papa from "papaparse";
import { elementDots, elementsDotPlot } from "../../src/charts/elementsDotPlot.ts";
import { elementLabels } from "../../src/charts/elementLabel.ts";
import { textIn } from "../../src/dataset/textIn.ts";
import { ringrose } from "../../src/frameworks/ringrose.ts";
import { formatProblem } from "../../src/problem.ts";
import { codingReliability } from "../../src/reliability/codingReliability.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { textTable } from "../kit/table.ts";
import { TUTORIAL_FILES, tutorialTexts } from "../kit/tutorial.ts";
import { chartText, say, type NotebookView } from "../kit/view.ts";

/** The tutorial's three codings read and validated: Ayu's draft, then Ayu's and Budi's finished codings. */
export function tutorialData() {
  return {
    draft: validateDataset(tutorialTexts("draft/codings.csv"), "tutorial"),
    ayu: validateDataset(tutorialTexts("ayu/codings.csv"), "tutorial"),
    budi: validateDataset(tutorialTexts("budi/codings.csv"), "tutorial"),
  };
}
export type Tutorial = ReturnType<typeof tutorialData>;

/** A Ringrose element's name, in both languages. */
const elementName = (id: string) => ringrose.indicators.find((indicator) => indicator.id === id)!.name;

/** Ayu's draft codings as she typed them (the file, cell by cell). */
export function draftTable(_tutorial: Tutorial, { language }: NotebookView): HTMLElement {
  const rows = Papa.parse<string[]>(TUTORIAL_FILES["draft/codings.csv"], { skipEmptyLines: true }).data;
  return textTable(
    say(language, "Draf kode Ayu (draft/codings.csv)", "Ayu's draft codings (draft/codings.csv)"),
    rows[0] ?? [],
    rows.slice(1),
    { file: true },
  );
}

/** The problems validation finds in the draft, in words. */
export function draftProblems({ draft }: Tutorial, { language }: NotebookView): HTMLElement {
  return textTable(
    say(language, "Masalah dalam draf", "The draft's problems"),
    [say(language, "Masalah", "Problem")],
    draft.problems.map((problem) => [formatProblem(problem)]),
  );
}

/** The five elements as Ayu and Budi code them, one dot per coder. */
export function twoCoders({ ayu, budi }: Tutorial, { language, width }: NotebookView): HTMLElement {
  const both = [
    ...scoreDataset(ayu.dataset).map((score) => ({ ...score, id: "Ayu" })),
    ...scoreDataset(budi.dataset).map((score) => ({ ...score, id: "Budi" })),
  ];
  const dots = elementDots(both, { language });
  return chartFigure(
    elementsDotPlot(dots, {
      width,
      fontSize: chartText({ language, width }),
      elementNames: elementLabels(language),
      axisLabel: say(language, "skor", "score"),
      ariaLabel: say(language, "Skor Ayu dan Budi", "Ayu's and Budi's scores"),
    }),
    {
      name: "tutorial-two-coders",
      title: say(language, "Lima elemen menurut Ayu dan Budi", "The five elements as Ayu and Budi code them"),
      summary: say(
        language,
        "Satu titik per pengode; titik yang terpisah adalah ketidaksepakatan.",
        "One dot per coder; dots apart are disagreements.",
      ),
      data: {
        header: ["coder", "element", "score"],
        rows: dots.map((dot) => [dot.partnership, dot.elementName, dot.score]),
      },
      language,
    },
  );
}

/** The disagreements between Ayu and Budi, with Ayu's evidence and Budi's note. */
export function disagreements({ ayu, budi }: Tutorial, { language }: NotebookView): HTMLElement {
  const reliability = codingReliability([...ayu.dataset.codings, ...budi.dataset.codings]);
  return textTable(
    say(language, "Ketidaksepakatan yang perlu diselesaikan", "The disagreements to resolve"),
    language === "id"
      ? ["Elemen", "Ayu", "Budi", "Bukti Ayu", "Catatan Budi"]
      : ["Element", "Ayu", "Budi", "Ayu's evidence", "Budi's note"],
    reliability.disagreements.map((disagreement) => {
      const by = (coder: string) => disagreement.judgements.find((judgement) => judgement.coder === coder);
      const budiCoding = budi.dataset.codings.find((coding) => coding.indicator === disagreement.indicator);
      const note = budiCoding ? textIn(budiCoding, "note", language) : null;
      return [
        elementName(disagreement.indicator)[language],
        by("ayu")?.score ?? "NA",
        by("budi")?.score ?? "NA",
        by("ayu")?.evidence ?? null,
        note,
      ];
    }),
  );
}
