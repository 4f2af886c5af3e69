import { chartFontSize } from "./chartFontSize.ts";
import * as Plot from "@observablehq/plot";

/** One bar: a partnership's Ringrose conditions score and how many of the four conditions it rests on. */
export interface IndexBar {
  id: string;
  label: string;
  index: number;
  assessedCount: number;
}

export interface IndexBarsOptions {
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Accessible description of the chart, and the label of the index axis. */
  ariaLabel?: string;
  /** Bar colour; default the toolkit's blue. */
  fill?: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/** The conditions score ranked, highest first, each bar's tooltip giving the score and its coverage (x/4 conditions). */
export function indexBars(bars: IndexBar[], options: IndexBarsOptions = {}): SVGSVGElement | HTMLElement {
  const { width = 900, ariaLabel = "Conditions score", fill = "#0072B2", document } = options;
  const ranked = [...bars].sort((a, b) => b.index - a.index);
  return Plot.plot({
    width,
    style: { fontSize: `${chartFontSize(width)}px` },
    height: 40 + ranked.length * 28,
    marginLeft: Math.max(210, chartFontSize(width) * 15),
    ariaLabel,
    document,
    x: { domain: [0, 1], grid: true, label: ariaLabel },
    y: { label: null, domain: ranked.map((bar) => bar.label) },
    marks: [
      Plot.barX(ranked, {
        x: "index",
        y: "label",
        fill,
        title: (bar: IndexBar) => `${bar.label}: ${bar.index.toFixed(2)} (${bar.assessedCount}/4)`,
      }),
      Plot.ruleX([0]),
    ],
  });
}
