import { chartFontSize } from "./chartFontSize.ts";
import { textWidth } from "./wrapText.ts";
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
  /** Size of the chart's text in px; default chartFontSize(width) (a small chart on a large screen sets the screen's). */
  fontSize?: number;
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
  const { fontSize = chartFontSize(width) } = options;

  const marginTop = topMargin(points, fontSize);
  const labels = caseLabels(points, width, fontSize, marginTop);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: width,
    marginLeft: Math.ceil(fontSize * 3.6 + 12),
    marginRight: rightMargin(fontSize),
    marginTop,
    marginBottom: Math.ceil(fontSize * 3.2 + 8),
    ariaLabel,
    document,
    x: { domain: [0, 1], label: xLabel, labelAnchor: "center", grid: true },
    y: { domain: [0, 1], label: yLabel, labelAnchor: "center", labelArrow: "none", grid: true },
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
      // Cases at the same point share one label, a line each; each label stands where it overprints no other.
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(
          labels.filter((label) => label.anchor === anchor),
          { x: "x", y: "y", text: "text", textAnchor: anchor, lineAnchor: "bottom", fontSize },
        ),
      ),
    ],
  });
}

/**
 * The room above the plot: 24 px, or enough for the label of the most cases at one point (a line each) to stand
 * above a point at the top.
 */
function topMargin(points: XyPoint[], fontSize: number): number {
  const counts = new Map<string, number>();
  for (const point of points) {
    const key = `${point.x.toFixed(2)},${point.y.toFixed(2)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(24, Math.ceil(Math.max(0, ...counts.values()) * fontSize * 1.15 + 10));
}

/** The room right of the plot: half the last tick label ("1.0") at the chart's text size, 16 px at least. */
const rightMargin = (fontSize: number) => Math.max(16, Math.ceil(fontSize));

/**
 * The labels of the XY plot's cases: cases at the same point (to the
 * hundredth) in one label, a case a line; each label above its point, or
 * failing that below, left or right of it, wherever its box clears the labels
 * already placed and stays in the chart (a greedy placement, from the top).
 */
function caseLabels(
  points: XyPoint[],
  width: number,
  fontSize: number,
  marginTop: number,
): Array<{ x: number; y: number; text: string; anchor: "start" | "middle" | "end" }> {
  const at = new Map<string, XyPoint[]>();
  for (const point of points) {
    const key = `${point.x.toFixed(2)},${point.y.toFixed(2)}`;
    at.set(key, [...(at.get(key) ?? []), point]);
  }
  // Where a point is drawn, in px, for a square chart of this width and its margins.
  const inner = {
    left: Math.ceil(fontSize * 3.6 + 12),
    right: width - rightMargin(fontSize),
    top: marginTop,
    bottom: width - Math.ceil(fontSize * 3.2 + 8),
  };
  const place = (point: XyPoint) => ({
    px: inner.left + point.x * (inner.right - inner.left),
    py: inner.bottom - point.y * (inner.bottom - inner.top),
  });
  const placed: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  const clear = (box: (typeof placed)[number]) =>
    box.left >= 0 &&
    box.right <= width &&
    box.top >= 0 &&
    placed.every(
      (other) =>
        box.right <= other.left || box.left >= other.right || box.bottom <= other.top || box.top >= other.bottom,
    );
  return [...at.values()]
    .sort((a, b) => b[0]!.y - a[0]!.y || a[0]!.x - b[0]!.x)
    .map((group) => {
      const text = group.map((point) => point.case).join("\n");
      const { px, py } = place(group[0]!);
      const w = Math.max(...group.map((point) => textWidth(point.case, fontSize)));
      const h = group.length * fontSize * 1.15;
      const options = [
        {
          dx: 0,
          dy: -8,
          anchor: "middle" as const,
          box: { left: px - w / 2, right: px + w / 2, top: py - 8 - h, bottom: py - 8 },
        },
        {
          dx: 0,
          dy: 8 + h,
          anchor: "middle" as const,
          box: { left: px - w / 2, right: px + w / 2, top: py + 8, bottom: py + 8 + h },
        },
        {
          dx: -8,
          dy: h / 2,
          anchor: "end" as const,
          box: { left: px - 8 - w, right: px - 8, top: py - h / 2, bottom: py + h / 2 },
        },
        {
          dx: 8,
          dy: h / 2,
          anchor: "start" as const,
          box: { left: px + 8, right: px + 8 + w, top: py - h / 2, bottom: py + h / 2 },
        },
      ];
      // Above, failing that below, left or right; where none is clear, the first that stays inside the chart.
      options.push(
        { dx: 0, dy: -8, anchor: "end" as const, box: { left: px - w, right: px, top: py - 8 - h, bottom: py - 8 } },
        { dx: 0, dy: -8, anchor: "start" as const, box: { left: px, right: px + w, top: py - 8 - h, bottom: py - 8 } },
      );
      const inside = (box: (typeof placed)[number]) => box.left >= 0 && box.right <= width && box.top >= 0;
      const chosen =
        options.find((option) => clear(option.box)) ?? options.find((option) => inside(option.box)) ?? options[0]!;
      placed.push(chosen.box);
      // Plot's text offsets are one for a whole mark: each label's is carried into its position instead.
      return {
        x: group[0]!.x + chosen.dx / (inner.right - inner.left),
        y: group[0]!.y - chosen.dy / (inner.bottom - inner.top),
        text,
        anchor: chosen.anchor,
      };
    });
}
