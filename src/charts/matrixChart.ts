import { chartFontSize } from "./chartFontSize.ts";
import * as Plot from "@observablehq/plot";
import type { MatrixCell } from "./indicatorMatrix.ts";
import { SCORE_COLORS, SCORE_WORDS } from "./scoreColors.ts";

export interface MatrixChartOptions {
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Row labels by partnership id (e.g. "Denpasar – Mossel Bay"); default the ids. */
  labels?: Record<string, string>;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** The legend's words for each score ("0" … "2", "NA"); default English (SCORE_WORDS.en). */
  legendLabels?: Record<string, string>;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * A heatmap of scores: one row per partnership, one column per indicator,
 * colour by score (NA light grey), the score written in each cell, the
 * evidence in the tooltip. Each cell's rect carries `data-cell`, the index
 * of its cell in `cells`, so a page can tell which was clicked. A function of
 * data and options to an element.
 */
export function matrixChart(
  cells: MatrixCell[],
  {
    width = 900,
    labels = {},
    ariaLabel = "Scores per partnership and indicator",
    legendLabels = SCORE_WORDS.en,
    document,
  }: MatrixChartOptions = {},
): SVGSVGElement | HTMLElement {
  const partnerships = [...new Set(cells.map((cell) => cell.partnership))];
  const indicators = [...new Set(cells.map((cell) => cell.indicatorName))];
  const fontSize = chartFontSize(width);
  // On a phone the table is turned: one row per indicator, one column per partnership, so that cells stay readable.
  const transposed = width < 640;
  const partnershipAxis = { domain: partnerships, tickFormat: (id: string) => labels[id] ?? id, label: null };
  // Each group (a layer, the Ringrose elements) named above its first column when the table is wide.
  const groups = [...new Map(cells.map((cell) => [cell.group, cell])).values()].map((cell) => ({
    indicator: cell.indicatorName,
    label: cell.groupLabel,
  }));
  // On a phone, each group (a layer, the Ringrose elements) gets a header row above its indicators.
  const headers = new Map(groups.map((group) => [`\u2063${group.label}`, group.label]));
  const rows = transposed
    ? [...new Map(cells.map((cell) => [cell.group, cell]))].flatMap(([group, first]) => [
        `\u2063${first.groupLabel}`,
        ...new Set(cells.filter((cell) => cell.group === group).map((cell) => cell.indicatorName)),
      ])
    : indicators;
  const chart = Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: transposed
      ? 40 + rows.length * Math.max(24, fontSize * 2) + Math.max(110, fontSize * 9)
      : 60 + partnerships.length * Math.max(28, fontSize * 2) + Math.max(130, fontSize * 12) + 24,
    marginLeft: transposed ? Math.max(150, fontSize * 12) : Math.max(180, fontSize * 15),
    marginBottom: transposed ? Math.max(110, fontSize * 9) : Math.max(130, fontSize * 12),
    marginTop: transposed ? 20 : 44,
    ariaLabel,
    document,
    x: transposed ? { ...partnershipAxis, tickRotate: -40 } : { domain: indicators, tickRotate: -40, label: null },
    y: transposed
      ? {
          domain: rows,
          label: null,
          // A group's header row is named by the text mark across it, not by a tick.
          tickFormat: (row: string) => (headers.has(row) ? "" : row),
        }
      : partnershipAxis,
    color: {
      type: "ordinal",
      domain: Object.keys(SCORE_COLORS),
      range: Object.values(SCORE_COLORS),
      legend: true,
      label: "score",
      tickFormat: (score: string) => legendLabels[score] ?? score,
    },
    marks: [
      Plot.cell(cells, {
        x: transposed ? "partnership" : "indicatorName",
        y: transposed ? "indicatorName" : "partnership",
        fill: "scoreLabel",
        inset: 1,
        // A render transform: the mark draws one rect per index, in the order of the index it is given.
        render(index, scales, values, dimensions, context, next) {
          const group = next!(index, scales, values, dimensions, context)!;
          group
            .querySelectorAll("rect")
            .forEach((rect, position) => rect.setAttribute("data-cell", String(index[position])));
          return group;
        },
        title: (cell: MatrixCell) =>
          `${labels[cell.partnership] ?? cell.partnership} · ${cell.indicatorName}: ${cell.scoreLabel}${cell.evidence ? `\n“${cell.evidence}”${cell.evidenceKind ? ` (${cell.evidenceKind})` : ""}\n${cell.source}${cell.locator ? `, ${cell.locator}` : ""}` : ""}`,
      }),
      ...(transposed
        ? [
            Plot.text([...headers], {
              y: ([row]: [string, string]) => row,
              text: ([, label]: [string, string]) => label,
              frameAnchor: "left",
              textAnchor: "start",
              dx: -Math.max(150, fontSize * 12) + 4,
              fontWeight: "bold",
            }),
          ]
        : [
            Plot.text(groups, {
              x: "indicator",
              text: "label",
              frameAnchor: "top",
              textAnchor: "start",
              dx: -8,
              dy: -30,
              fontWeight: "bold",
            }),
          ]),
      Plot.text(cells, {
        x: transposed ? "partnership" : "indicatorName",
        y: transposed ? "indicatorName" : "partnership",
        text: "scoreLabel",
        // White on the blue of 2 (5.2:1), black on the orange of 0 (5.4:1) and the rest: text on colour at 4.5:1 or more.
        fill: (cell: MatrixCell) => (cell.score === 2 ? "white" : "black"),
        fontSize: chartFontSize(width),
      }),
    ],
  });
  // Pages that move the keyboard across the cells need to know which way the table is turned.
  chart.setAttribute("data-orientation", transposed ? "indicators-as-rows" : "partnerships-as-rows");
  return chart;
}
