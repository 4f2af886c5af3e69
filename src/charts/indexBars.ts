import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin } from "./wrapText.ts";
import * as Plot from "@observablehq/plot";

/** One bar: a partnership's success index and how many of the five elements it rests on. */
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

/** The success index ranked, highest first, each bar's tooltip giving the index and its coverage (x/5). */
export function indexBars(bars: IndexBar[], options: IndexBarsOptions = {}): SVGSVGElement | HTMLElement {
  const { width = 900, ariaLabel = "Success index", fill = "#0072B2", document } = options;
  const ranked = [...bars].sort((a, b) => b.index - a.index);
  const fontSize = chartFontSize(width);
  const room = labelMargin(
    ranked.map((bar) => bar.label),
    fontSize,
    width,
  );
  // The axis title sits centred below its tick labels, never over them; ticks a tenth apart at most.
  const marginBottom = Math.ceil(fontSize * 3.2 + 8);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: 20 + marginBottom + ranked.length * Math.max(28, room.lines * fontSize * 1.15 + 8),
    marginLeft: room.marginLeft,
    marginRight: 16,
    marginBottom,
    ariaLabel,
    document,
    x: { domain: [0, 1], grid: true, label: ariaLabel, labelAnchor: "center", ticks: width < 640 ? 5 : 10 },
    y: { label: null, domain: ranked.map((bar) => bar.label), tickFormat: room.format },
    marks: [
      Plot.barX(ranked, {
        x: "index",
        y: "label",
        fill,
        title: (bar: IndexBar) => `${bar.label}: ${bar.index.toFixed(2)} (${bar.assessedCount}/5)`,
      }),
      Plot.ruleX([0]),
    ],
  });
}
