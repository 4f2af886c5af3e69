import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin, wrapText } from "./wrapText.ts";
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
  /** Size of the chart's text in px; default chartFontSize(width) (slides set 24, for the back of a room). */
  fontSize?: number;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/** The conditions score ranked, highest first, each bar's tooltip giving the score and its coverage (x/4 conditions). */
export function indexBars(bars: IndexBar[], options: IndexBarsOptions = {}): SVGSVGElement | HTMLElement {
  const { width = 900, ariaLabel = "Conditions score", fill = "#0072B2", document } = options;
  const ranked = [...bars].sort((a, b) => b.index - a.index);
  const { fontSize = chartFontSize(width) } = options;
  const room = labelMargin(
    ranked.map((bar) => bar.label),
    fontSize,
    width,
  );
  // The axis title sits centred below its tick labels, never over them; ticks a tenth apart at most.
  // Wrapped to the plot's width (centred under it) on a phone.
  const title = wrapText(`${ariaLabel} →`, width - room.marginLeft - Math.ceil(fontSize * 1.2 + 4), fontSize);
  const marginBottom = Math.ceil(fontSize * (2.2 + 1.2 * title.length) + 10);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: 20 + marginBottom + ranked.length * Math.max(28, room.lines * fontSize * 1.15 + 8, fontSize * 1.6),
    marginLeft: room.marginLeft,
    // Room for half of the last tick's label ("1.0").
    marginRight: Math.ceil(fontSize * 1.2 + 4),
    marginBottom,
    ariaLabel,
    document,
    x: {
      domain: [0, 1],
      grid: true,
      label: title.join("\n"),
      labelArrow: "none",
      labelAnchor: "center",
      ticks: width < 640 ? 5 : 10,
    },
    y: { label: null, domain: ranked.map((bar) => bar.label), tickFormat: room.format },
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
