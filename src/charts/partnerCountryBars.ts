import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin } from "./wrapText.ts";
import * as Plot from "@observablehq/plot";

export interface PartnerCountryBarsOptions {
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** How many countries to draw, most frequent first; default 20. */
  top?: number;
  /** Title of the x axis (what a bar counts), drawn below its ticks; default none. */
  axisLabel?: string | null;
  /** Bar colour; default the toolkit's blue. */
  fill?: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * The partner countries of a set of places, most frequent first, as
 * horizontal bars of their pair counts: the `top` most frequent only (the
 * caller says so in the chart's caption, and gives them all in its data).
 */
export function partnerCountryBars(
  countries: Array<{ country: string; pairs: number }>,
  options: PartnerCountryBarsOptions = {},
): SVGSVGElement | HTMLElement {
  const {
    width = 900,
    ariaLabel = "Partner countries",
    top = 20,
    axisLabel = null,
    fill = "#0072B2",
    document,
  } = options;
  const shown = [...countries].sort((a, b) => b.pairs - a.pairs).slice(0, top);
  const fontSize = chartFontSize(width);
  const room = labelMargin(
    shown.map((entry) => entry.country),
    fontSize,
    width,
  );
  // The axis title's line sits below the tick labels, with room under it for its descenders.
  const titleOffset = Math.ceil(fontSize * 2.2 + 8);
  const titleRoom = titleOffset + Math.ceil(fontSize * 0.6);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    // An axis title takes a line of its own below the tick labels.
    height: 40 + (axisLabel ? titleRoom - 30 : 0) + shown.length * Math.max(22, room.lines * fontSize * 1.15 + 6),
    marginLeft: room.marginLeft,
    marginRight: 16,
    ...(axisLabel ? { marginBottom: titleRoom } : {}),
    ariaLabel,
    document,
    x: axisLabel
      ? {
          grid: true,
          label: axisLabel,
          labelAnchor: "right",
          labelArrow: "none",
          labelOffset: titleOffset,
        }
      : { grid: true, label: null },
    y: { label: null, domain: shown.map((entry) => entry.country), tickFormat: room.format },
    marks: [
      Plot.barX(shown, {
        x: "pairs",
        y: "country",
        fill,
        title: (entry: { country: string; pairs: number }) => `${entry.country}: ${entry.pairs}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}
