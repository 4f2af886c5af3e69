// The views of the Denpasar–Mossel Bay notebook: its cells call these and display what they return.
import * as Plot from "@observablehq/plot";
import { legendSize } from "../../src/charts/legendSize.ts";
import { labelMargin } from "../../src/charts/wrapText.ts";
import { indicatorMatrix } from "../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../src/charts/matrixChart.ts";
import { SCORE_WORDS } from "../../src/charts/scoreColors.ts";
import { textIn } from "../../src/dataset/textIn.ts";
import { motives } from "../../src/frameworks/motives.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { indonesia, partnershipName } from "../kit/data.ts";
import { textTable } from "../kit/table.ts";
import { chartText, labelledRowsHeight, say, type NotebookView } from "../kit/view.ts";

/** Denpasar–Mossel Bay scored, and its codings of motives. */
export function mosselBayData() {
  const data = indonesia();
  const mosselBay = data.scores.find((score) => score.id === "denpasar-mossel-bay")!;
  const codings = data.dataset.codings.filter(
    (coding) => coding.partnership === "denpasar-mossel-bay" && coding.framework === "motives",
  );
  return { data, mosselBay, codings };
}
export type MosselBay = ReturnType<typeof mosselBayData>;

/** A motive's name in the page's language. */
const motiveName = (id: string, language: NotebookView["language"]) =>
  motives.indicators.find((indicator) => indicator.id === id)!.name[language];

/** The motives the abstract names, the most important apart. */
export function motivesChart({ codings }: MosselBay, { language, width }: NotebookView): HTMLElement {
  const [mostImportant, named] = language === "id" ? ["terpenting", "disebut"] : ["most important", "named"];
  const rows = codings.map((coding) => ({
    motive: motiveName(coding.indicator, language),
    weight: coding.indicator === "bilateral_relations" ? mostImportant : named,
  }));
  const fontSize = chartText({ language, width });
  const room = labelMargin(
    rows.map((row) => row.motive),
    fontSize,
    width,
  );
  return chartFigure(
    Plot.plot({
      width,
      // Text at the site's sizes (the slides' when presented), the motives given room and wrapped within it.
      style: { fontSize: `${fontSize}px` },
      height: labelledRowsHeight(rows.length, room.lines, fontSize, 30),
      marginLeft: room.marginLeft,
      x: { axis: null },
      y: { label: null, tickFormat: room.format },
      color: { legend: true, domain: [mostImportant, named], range: ["#D55E00", "#999999"], ...legendSize(fontSize) },
      marks: [Plot.barX(rows, { y: "motive", x: () => 1, fill: "weight", tip: true })],
    }),
    {
      name: "mossel-bay-motives",
      title: say(language, "Motif yang disebut abstrak itu", "The motives the abstract names"),
      summary: say(
        language,
        "Setiap motif disebut; satu disebut yang terpenting. Abstrak tidak memberi ukuran lain.",
        "Each motive is named; one is called the most important. The abstract gives no other measure.",
      ),
      data: { header: ["motive", "weight"], rows: rows.map((entry) => [entry.motive, entry.weight]) },
      language,
    },
  );
}

/** Denpasar–Mossel Bay's three layers. */
export function layersChart({ mosselBay }: MosselBay, { language, width }: NotebookView): HTMLElement {
  const cells = indicatorMatrix([mosselBay], { language }).filter((cell) => cell.framework === "three-layers");
  return chartFigure(
    matrixChart(cells, {
      width,
      fontSize: chartText({ language, width }),
      labels: { [mosselBay.id]: partnershipName(mosselBay) },
      legendLabels: SCORE_WORDS[language],
      ariaLabel: say(language, "Tiga lapisan Denpasar–Mossel Bay", "Denpasar–Mossel Bay's three layers"),
    }),
    {
      name: "mossel-bay-layers",
      title: say(
        language,
        "Tiga lapisan Denpasar–Mossel Bay (Alfiansyah dkk., t.t.)",
        "Denpasar–Mossel Bay's three layers (Alfiansyah et al., n.d.)",
      ),
      summary: say(
        language,
        "Skor 0–2 setiap sub-indikator; NA bila sumber tidak membahas.",
        "The 0–2 score of each sub-indicator; NA where the source is silent.",
      ),
      data: {
        header: ["layer", "indicator", "score", "locator"],
        rows: cells.map((cell) => [cell.groupLabel, cell.indicatorName, cell.score, cell.locator]),
      },
      language,
    },
  );
}

/** The abstract's words for each motive, with the coder's note. */
export function motivesEvidence({ codings }: MosselBay, { language }: NotebookView): HTMLElement {
  return textTable(
    say(language, "Kutipan abstrak untuk setiap motif", "The abstract's words for each motive"),
    language === "id" ? ["Motif", "Bukti", "Catatan pengode"] : ["Motive", "Evidence", "Coder's note"],
    codings.map((coding) => [
      motiveName(coding.indicator, language),
      coding.evidence,
      textIn(coding, "note", language),
    ]),
  );
}
