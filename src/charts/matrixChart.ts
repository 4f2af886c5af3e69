import * as Plot from "@observablehq/plot";
import type { MatrixCell } from "./indicatorMatrix.ts";
import { SCORE_COLORS } from "./scoreColors.ts";

export interface MatrixChartOptions {
  width?: number;
  /** Row labels by partnership id (e.g. "Denpasar – Mossel Bay"). */
  labels?: Record<string, string>;
  /** Accessible description. */
  ariaLabel?: string;
  document?: Document;
}

/**
 * A heatmap of scores: one row per partnership, one column per indicator,
 * colour by score (NA light grey), the score written in each cell, the
 * evidence in the tooltip. A function of data and options to an element.
 */
export function matrixChart(cells: MatrixCell[], { width = 900, labels = {}, ariaLabel = "Scores per partnership and indicator", document }: MatrixChartOptions = {}): SVGSVGElement | HTMLElement {
  const partnerships = [...new Set(cells.map((cell) => cell.partnership))];
  const indicators = [...new Set(cells.map((cell) => cell.indicatorName))];
  return Plot.plot({
    width,
    height: 60 + partnerships.length * 28 + 120,
    marginLeft: 180,
    marginBottom: 130,
    ariaLabel,
    ...(document ? { document } : {}),
    x: { domain: indicators, tickRotate: -40, label: null },
    y: { domain: partnerships, tickFormat: (id: string) => labels[id] ?? id, label: null },
    color: { type: "ordinal", domain: Object.keys(SCORE_COLORS), range: Object.values(SCORE_COLORS), legend: true, label: "score" },
    marks: [
      Plot.cell(cells, { x: "indicatorName", y: "partnership", fill: "scoreLabel", inset: 1, title: (cell: MatrixCell) => `${labels[cell.partnership] ?? cell.partnership} · ${cell.indicatorName}: ${cell.scoreLabel}${cell.evidence ? `\n“${cell.evidence}”\n${cell.source}${cell.locator ? `, ${cell.locator}` : ""}` : ""}` }),
      Plot.text(cells, { x: "indicatorName", y: "partnership", text: "scoreLabel", fill: (cell: MatrixCell) => (cell.score === 2 || cell.score === 0 ? "white" : "black"), fontSize: 10 }),
    ],
  });
}
