import * as Plot from "@observablehq/plot";
import { chartFontSize } from "./chartFontSize.ts";
import { textWidth } from "./wrapText.ts";

/** A correlation between two measures, as `measureCorrelations` gives it. */
export interface HeatmapCorrelation {
  a: string;
  b: string;
  n: number;
  rho: number | null;
  p: number | null;
  p_holm: number | null;
  reason: string | null;
}

/** One cell of the correlation heatmap: a pair of measures, with its ρ and n, or why there is none. */
export interface HeatmapCell {
  row: string;
  column: string;
  rho: number | null;
  n: number;
  /** What the cell says: "ρ 0.77" and "n 11", or "n 3" and "no figure". */
  lines: [string, string];
  /** The cell's tooltip, in words. */
  title: string;
}

/**
 * The heatmap's cells from the correlations: one per pair, below the
 * diagonal (row: the later measure, column: the earlier), labelled by the
 * measures' names. A pair below the minimum n keeps its cell, empty, with
 * its n and "no figure" written in it and the reason in its tooltip.
 *
 * @example heatmapCells([{a: "x", b: "y", n: 3, rho: null, p: null, p_holm: null, reason: "3 partnerships have both; at least 5 are needed"}])[0].lines // ["n 3", "no figure"]
 */
export function heatmapCells(
  correlations: readonly HeatmapCorrelation[],
  options: { names?: Record<string, string>; noFigure?: string } = {},
): HeatmapCell[] {
  const { names = {}, noFigure = "no figure" } = options;
  const name = (id: string) => names[id] ?? id;
  return correlations.map((correlation) => {
    const [row, column] = [name(correlation.b), name(correlation.a)];
    if (correlation.rho === null)
      return {
        row,
        column,
        rho: null,
        n: correlation.n,
        lines: [`n ${correlation.n}`, noFigure],
        title: `${row} · ${column}: ${noFigure} (${correlation.reason ?? ""})`,
      };
    const rho = correlation.rho.toFixed(2).replace("-", "−");
    return {
      row,
      column,
      rho: correlation.rho,
      n: correlation.n,
      lines: [`ρ ${rho}`, `n ${correlation.n}`],
      title: `${row} · ${column}: ρ ${rho}, n ${correlation.n}, p ${correlation.p!.toFixed(3)}, p (Holm) ${correlation.p_holm!.toFixed(3)}`,
    };
  });
}

export interface CorrelationHeatmapOptions {
  /** The tallest the chart may be drawn, in px (a slide's room): its cells shrink to fit, and its width with them. */
  maxHeight?: number;
  /** Size of the chart's text in px; default chartFontSize(width) (a slide sets the projector's). */
  fontSize?: number;
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** The measures' names in their order (rows and columns); default the order found in the cells. */
  order?: string[];
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** Label of the colour legend; default "Spearman's ρ". */
  legendLabel?: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * The correlations between measures as a heatmap: each cell coloured by ρ in
 * five classes from −1 (red) through 0 (white) to +1 (blue) and
 * labelled with ρ and n; a pair below the minimum n is an empty cell that
 * says "no figure" with its n, so that an absent figure is never read as 0.
 * Where the cells are too small for their lines at the chart's text size, the
 * figures are only in each cell's tooltip: the chart's `data-figures`
 * attribute says which ("written" or "tooltip"), for its caption to say so.
 */
export function correlationHeatmap(
  cells: readonly HeatmapCell[],
  options: CorrelationHeatmapOptions = {},
): SVGSVGElement | HTMLElement {
  const {
    width: givenWidth = 900,
    maxHeight = Infinity,
    ariaLabel = "Spearman correlations between measures",
    legendLabel = "Spearman's ρ",
    document,
  } = options;
  const order = options.order ?? [...new Set(cells.flatMap((cell) => [cell.column, cell.row]))];
  const rows = order.slice(1);
  const columns = order.slice(0, -1);
  const { fontSize = chartFontSize(givenWidth) } = options;
  // The measures' names as drawn (at most half the chart: a phone's).
  const marginLeft = Math.ceil(
    Math.min(givenWidth * 0.5, Math.max(...order.map((name) => textWidth(name, fontSize))) + 12),
  );
  // The column names, turned 45°, hang below the grid.
  const marginBottom = Math.min(
    givenWidth * 0.5,
    Math.max(...columns.map((name) => name.length)) * fontSize * 0.45 + 20,
  );
  const cellSize = Math.max(
    8,
    Math.min(
      (givenWidth - marginLeft - 10) / Math.max(1, columns.length),
      (maxHeight - marginBottom - 60 - (fontSize * 2 + 30)) / Math.max(1, rows.length),
    ),
  );
  const width = Math.min(givenWidth, Math.ceil(marginLeft + 10 + cellSize * columns.length));
  // A cell's lines are written, at the chart's text size, when they fit in it; an empty cell whose "no figure" does not
  // fit (Indonesian "tanpa angka" is longer) keeps its n alone, its dashed border saying there is no figure.
  const fits = (lines: readonly string[]) =>
    cellSize >= Math.max(...lines.map((line) => textWidth(line, fontSize))) + 8 &&
    cellSize >= lines.length * fontSize * 1.15 + 6;
  const written = cells.flatMap((cell) => {
    const lines = fits(cell.lines)
      ? cell.lines
      : cell.rho === null && fits(cell.lines.slice(0, 1))
        ? [cell.lines[0]]
        : [];
    return lines.length === 0 ? [] : [{ ...cell, text: lines.join("\n") }];
  });
  // Every figure in its cell, or (in smaller cells) none: then they stay in the tooltips and the data table.
  const writes = cells.every((cell) => cell.rho === null || fits(cell.lines));
  const figures = cells.filter((cell) => cell.rho !== null);
  const empty = cells.filter((cell) => cell.rho === null);
  const chart = Plot.plot({
    width,
    height: rows.length * cellSize + marginBottom + 60,
    marginLeft,
    marginBottom,
    marginRight: 10,
    style: { fontSize: `${fontSize}px` },
    ariaLabel,
    document,
    x: { domain: columns, label: null, tickRotate: -45 },
    y: { domain: rows, label: null },
    // Five classes of ρ, from strongly negative (red) to strongly positive (blue); white around 0.
    color: {
      type: "threshold",
      scheme: "rdbu",
      domain: [-0.6, -0.2, 0.2, 0.6],
      legend: true,
      label: legendLabel,
      // Plot's colour ramp is set in 10 px type: at the chart's size here, with room above and below for it.
      style: { fontSize: `${fontSize}px`, overflow: "visible" },
      width: Math.min(width, Math.max(240, fontSize * 22)),
      marginTop: fontSize + 8,
      marginBottom: fontSize + 12,
      height: fontSize * 2 + 30,
    } as Plot.ScaleOptions,
    marks: [
      Plot.cell(figures, { x: "column", y: "row", fill: "rho", inset: 0.5, title: "title" }),
      Plot.cell(empty, {
        x: "column",
        y: "row",
        fill: "white",
        stroke: "#bbb",
        strokeDasharray: "3,3",
        inset: 1.5,
        title: "title",
      }),
      ...(writes
        ? [
            Plot.text(written, {
              x: "column",
              y: "row",
              text: "text",
              lineHeight: 1.15,
              fill: (cell: HeatmapCell) => (cell.rho !== null && Math.abs(cell.rho) > 0.6 ? "white" : "#333"),
            }),
          ]
        : []),
    ],
  });
  // Whether the cells show their figures, for the text around the chart to say where they are.
  chart.setAttribute("data-figures", writes ? "written" : "tooltip");
  return chart;
}
