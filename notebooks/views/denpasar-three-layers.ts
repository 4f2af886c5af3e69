// The views of the Denpasar notebook: its cells call these and display what they return.
import * as Plot from "@observablehq/plot";
import { indicatorMatrix } from "../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../src/charts/matrixChart.ts";
import { SCORE_WORDS } from "../../src/charts/scoreColors.ts";
import { challenges } from "../../src/frameworks/challenges.ts";
import { codeLabel } from "../../src/frameworks/codeLabel.ts";
import { LAYER_ORDER, layerStatuses, layers } from "../../src/frameworks/threeLayers.ts";
import { legendSize } from "../../src/charts/legendSize.ts";
import { labelMargin, textWidth } from "../../src/charts/wrapText.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { indonesia, partnershipName, partnershipsOf } from "../kit/data.ts";
import { textTable } from "../kit/table.ts";
import { chartText, labelledRowsHeight, say, type NotebookView } from "../kit/view.ts";

/** Denpasar's partnerships scored, its portfolio, and their names. */
export function denpasarData() {
  const data = indonesia();
  const denpasar = partnershipsOf(data, "Denpasar");
  const portfolio = data.localGovernments.find((localGovernment) => localGovernment.name === "Denpasar")!;
  const names: Record<string, string> = Object.fromEntries(denpasar.map((score) => [score.id, partnershipName(score)]));
  return { data, denpasar, portfolio, names };
}
export type Denpasar = ReturnType<typeof denpasarData>;

/** The three layers' sub-indicators per Denpasar partnership. */
export function layerMatrix({ denpasar, names }: Denpasar, { language, width }: NotebookView): HTMLElement {
  const cells = indicatorMatrix(denpasar, { language }).filter((cell) => cell.framework === "three-layers");
  return chartFigure(
    matrixChart(cells, {
      width,
      fontSize: chartText({ language, width }),
      labels: names,
      legendLabels: SCORE_WORDS[language],
      ariaLabel: say(
        language,
        "Skor tiga lapisan per kerja sama Denpasar",
        "Three-layer scores per Denpasar partnership",
      ),
    }),
    {
      name: "denpasar-three-layers",
      title: say(language, "Tiga lapisan per kerja sama Denpasar", "The three layers per Denpasar partnership"),
      summary: say(
        language,
        "Skor 0–2 setiap sub-indikator; NA bila sumber tidak membahas.",
        "The 0–2 score of each sub-indicator; NA where the source is silent.",
      ),
      data: {
        header: ["partnership", "layer", "indicator", "score", "evidence_kind", "locator"],
        rows: cells.map((cell) => [
          names[cell.partnership] ?? cell.partnership,
          cell.groupLabel,
          cell.indicatorName,
          cell.score,
          cell.evidenceKind,
          cell.locator,
        ]),
      },
      language,
    },
  );
}

const STATUSES = ["present", "partial", "absent", "not assessable"] as const;

/** Each layer's status across Denpasar's partnerships. */
export function layerStatus({ denpasar }: Denpasar, { language, width }: NotebookView): HTMLElement {
  const statusCounts = LAYER_ORDER.flatMap((layer) =>
    STATUSES.map((status) => ({
      layer: layers.labels[layer][language],
      status,
      count: denpasar.filter((score) => score["three-layers"].layers[layer].status === status).length,
    })),
  ).filter((entry) => entry.count > 0);
  const fontSize = chartText({ language, width });
  const room = labelMargin(
    LAYER_ORDER.map((layer) => layers.labels[layer][language]),
    fontSize,
    width,
  );
  return chartFigure(
    Plot.plot({
      width,
      // Text at the site's sizes (12 px on a phone), the layers' names given room and wrapped within it.
      style: { fontSize: `${fontSize}px` },
      height: labelledRowsHeight(LAYER_ORDER.length, room.lines, fontSize, 40 + fontSize * 2.5),
      marginLeft: room.marginLeft,
      // The axis title on a line of its own below the tick labels.
      marginBottom: Math.ceil(fontSize * 2.5 + 10),
      x: {
        label: say(language, "kerja sama Denpasar", "Denpasar partnerships"),
        grid: true,
        // Whole partnerships: a tick for each.
        ticks: denpasar.length,
        tickFormat: "d",
      },
      y: { label: null, tickFormat: room.format },
      // The legend in the notebook's language, at the chart's text size.
      color: {
        legend: true,
        domain: [...STATUSES],
        range: ["#0072B2", "#E69F00", "#999999", "#DDDDDD"],
        tickFormat: (status: (typeof STATUSES)[number]) => layerStatuses.labels[status][language],
        ...legendSize(fontSize),
      },
      marks: [Plot.barX(statusCounts, { y: "layer", x: "count", fill: "status", tip: true }), Plot.ruleX([0])],
    }),
    {
      name: "denpasar-layer-status",
      title: say(
        language,
        "Status setiap lapisan di kerja sama Denpasar",
        "Each layer's status across Denpasar's partnerships",
      ),
      summary: say(language, "Jumlah kerja sama menurut status lapisan.", "Partnerships by the layer's status."),
      data: {
        header: ["layer", "status", "partnerships"],
        rows: statusCounts.map((entry) => [entry.layer, entry.status, entry.count]),
      },
      language,
    },
  );
}

/** Denpasar's portfolio: each layer's aggregated status, breadth, and the partnerships it is present in. */
export function portfolioTable({ portfolio, names }: Denpasar, { language }: NotebookView): HTMLElement {
  const rows = LAYER_ORDER.map((layer) => {
    const aggregated = portfolio["three-layers"].layers[layer];
    return [
      layers.labels[layer][language],
      layerStatuses.labels[aggregated.status][language],
      aggregated.breadth,
      aggregated.presentIn.map((id) => names[id]).join("; ") || null,
    ];
  });
  return textTable(
    say(language, "Portofolio Denpasar", "Denpasar's portfolio"),
    language === "id"
      ? ["Lapisan", "Status", "Sub-indikator terlaksana", "Ada di"]
      : ["Layer", "Status", "Realised sub-indicators", "Present in"],
    rows,
  );
}

/** The evidence for each realised sub-indicator. */
export function realisedEvidence({ denpasar, names }: Denpasar, { language }: NotebookView): HTMLElement {
  const realised = indicatorMatrix(denpasar, { language }).filter(
    (cell) => cell.framework === "three-layers" && cell.score === 2,
  );
  return textTable(
    say(language, "Bukti setiap sub-indikator yang terlaksana", "The evidence for each realised sub-indicator"),
    language === "id"
      ? ["Kerja sama", "Lapisan", "Sub-indikator", "Bukti (kutipan sumber)", "Jenis", "Lokasi"]
      : ["Partnership", "Layer", "Sub-indicator", "Evidence (the source's words)", "Kind", "Locator"],
    realised.map((cell) => [
      names[cell.partnership] ?? cell.partnership,
      cell.groupLabel,
      cell.indicatorName,
      cell.evidence,
      cell.evidenceKind === null ? null : codeLabel("evidence_kind", cell.evidenceKind, language),
      cell.locator,
    ]),
  );
}

/** The challenges, and where the source names them. */
export function challengesChart({ portfolio, names }: Denpasar, { language, width }: NotebookView): HTMLElement {
  const challengeNames: Record<string, string> = Object.fromEntries(
    challenges.indicators.map((indicator) => [indicator.id, indicator.name[language]]),
  );
  const where = Object.entries(portfolio.challenges.presentIn).flatMap(([challenge, members]) =>
    members.map((member) => ({
      challenge: challengeNames[challenge] ?? challenge,
      where: names[member] ?? say(language, "(seluruh portofolio)", "(whole portfolio)"),
    })),
  );
  const fontSize = chartText({ language, width });
  const rowNames = [...new Set(where.map((entry) => entry.challenge))];
  const columnNames = [...new Set(where.map((entry) => entry.where))];
  const room = labelMargin(rowNames, fontSize, width);
  // The partnerships' names turned by 30°: their height is half their length, plus a line.
  const longest = Math.max(...columnNames.map((name) => textWidth(name, fontSize)));
  return chartFigure(
    Plot.plot({
      width,
      // Text at the site's sizes (the slides' when presented), the challenges given room and wrapped within it.
      style: { fontSize: `${fontSize}px` },
      height: labelledRowsHeight(rowNames.length, room.lines, fontSize, Math.ceil(longest / 2 + fontSize * 2)),
      // The first name, turned, reaches left of its column by 0.87 of its length.
      marginLeft: Math.max(
        room.marginLeft,
        Math.ceil(longest * 0.87 - (width - room.marginLeft) / columnNames.length / 2),
      ),
      marginBottom: Math.ceil(longest / 2 + fontSize * 2),
      x: { label: null, tickRotate: -30 },
      y: { label: null, tickFormat: room.format },
      marks: [Plot.cell(where, { x: "where", y: "challenge", fill: "#D55E00", inset: 2, tip: true })],
    }),
    {
      name: "denpasar-challenges",
      title: say(
        language,
        "Tantangan dan di mana sumber menyebutnya",
        "The challenges, and where the source names them",
      ),
      summary: say(
        language,
        "Sel berwarna: sumber menyebut tantangan ini untuk kerja sama itu, atau untuk seluruh portofolio.",
        "A filled cell: the source names this challenge for that partnership, or for the whole portfolio.",
      ),
      data: { header: ["challenge", "where"], rows: where.map((entry) => [entry.challenge, entry.where]) },
      language,
    },
  );
}
