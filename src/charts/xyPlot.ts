import { chartFontSize } from "./chartFontSize.ts";
import * as Plot from "@observablehq/plot";

/** A case in an XY plot of set membership: its membership in the solution (x) and in the outcome (y). */
export interface XyPoint {
  case: string;
  x: number;
  y: number;
}

export interface XyPlotOptions {
  /** Width of the chart in CSS pixels; default 500 (the plot is square). */
  width?: number;
  /** Axis labels: the solution (x) and the outcome (y). */
  xLabel?: string;
  yLabel?: string;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * The XY plot of QCA (Ragin 2008, ch. 3): each case at its membership in a
 * solution (x) and in the outcome (y), labelled; cases on or above the
 * diagonal are consistent with the solution being sufficient.
 */
export function xyPlot(points: XyPoint[], options: XyPlotOptions = {}): SVGSVGElement | HTMLElement {
  const { width = 500, xLabel = "Solution", yLabel = "Outcome", ariaLabel = "XY plot", document } = options;
  return Plot.plot({
    width,
    style: { fontSize: `${chartFontSize(width)}px` },
    height: width,
    ariaLabel,
    document,
    x: { domain: [0, 1], label: xLabel, grid: true },
    y: { domain: [0, 1], label: yLabel, grid: true },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: "#999", strokeDasharray: "4 4" },
      ),
      Plot.dot(points, {
        x: "x",
        y: "y",
        fill: "#0072B2",
        r: 4,
        title: (point: XyPoint) => `${point.case}: ${point.x.toFixed(2)}, ${point.y.toFixed(2)}`,
      }),
      Plot.text(points, { x: "x", y: "y", text: "case", dy: -9, fontSize: chartFontSize(width) }),
    ],
  });
}
