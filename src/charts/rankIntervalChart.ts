import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin, wrapText } from "./wrapText.ts";
import * as Plot from "@observablehq/plot";

/** One partnership's rank interval, labelled for the chart. */
export interface RankIntervalRow {
  id: string;
  label: string;
  baseline: number;
  median: number;
  p05: number;
  p95: number;
}

export interface RankIntervalChartOptions {
  /** Size of the chart's text in px; default chartFontSize(width) (a slide sets the projector's). */
  fontSize?: number;
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** Label of the rank axis; default "Rank (1 = highest index)". */
  axisLabel?: string;
  /** Height of a partnership's row in px, at least room for its label's lines; default that room (26 px or more). A slide sets it taller, to fill the screen. */
  rowHeight?: number;
  /** Partnerships to draw in the highlight colour (the ones picked on the compare page). */
  highlight?: ReadonlySet<string>;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * Rank intervals (OECD/JRC 2008): for each partnership a line from the 5th
 * to the 95th percentile of its rank over the Monte Carlo draws, a dot at the
 * median and a tick at its rank as published; ordered by median rank, rank 1
 * at the left.
 */
export function rankIntervalChart(
  rows: RankIntervalRow[],
  options: RankIntervalChartOptions = {},
): SVGSVGElement | HTMLElement {
  const {
    width = 900,
    ariaLabel = "Rank intervals",
    axisLabel = "Rank (1 = highest index)",
    highlight = new Set(),
    document,
  } = options;
  const ordered = [...rows].sort((a, b) => a.median - b.median || a.baseline - b.baseline);
  const colour = (row: RankIntervalRow) => (highlight.has(row.id) ? "#D55E00" : "#0072B2");
  const ranks = Math.max(1, ...rows.map((row) => row.p95), ...rows.map((row) => row.baseline));
  const { fontSize = chartFontSize(width) } = options;
  const room = labelMargin(
    ordered.map((row) => row.label),
    fontSize,
    width,
  );
  // The axis title sits centred below its tick labels, never over them.
  // Wrapped to the plot's width (centred under it) on a phone.
  const title = wrapText(`${axisLabel} →`, width - room.marginLeft - Math.ceil(fontSize * 1.2 + 4), fontSize);
  const marginBottom = Math.ceil(fontSize * (2.2 + 1.2 * title.length) + 10);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: 20 + marginBottom + ordered.length * Math.max(options.rowHeight ?? 0, 26, room.lines * fontSize * 1.15 + 8),
    marginLeft: room.marginLeft,
    // Room for half of the last tick's label.
    marginRight: Math.ceil(fontSize * 1.2 + 4),
    marginBottom,
    ariaLabel,
    document,
    x: {
      domain: [0.5, ranks + 0.5],
      grid: true,
      label: title.join("\n"),
      labelArrow: "none",
      labelAnchor: "center",
      // The title's baseline a descender's depth above the chart's edge (Plot's 3 px cut the "g" and "p" of 24 px type).
      labelOffset: marginBottom - Math.ceil(fontSize * 0.3),
      ticks: Math.min(ranks, width < 640 ? 5 : 10),
    },
    y: { label: null, domain: ordered.map((row) => row.label), tickFormat: room.format },
    marks: [
      Plot.ruleY(ordered, { x1: "p05", x2: "p95", y: "label", stroke: colour, strokeWidth: 3 }),
      Plot.dot(ordered, {
        x: "median",
        y: "label",
        fill: colour,
        r: 5,
        title: (row: RankIntervalRow) =>
          `${row.label}: median ${row.median}, 5%–95% ${row.p05}–${row.p95}, published ${row.baseline}`,
      }),
      Plot.tickX(ordered, { x: "baseline", y: "label", stroke: "#000", strokeWidth: 2 }),
    ],
  });
}
