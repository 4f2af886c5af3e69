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
  /** Bar colour; default the toolkit's blue. */
  fill?: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/** The partner countries of a set of places, most frequent first, as horizontal bars of their pair counts. */
export function partnerCountryBars(
  countries: Array<{ country: string; pairs: number }>,
  options: PartnerCountryBarsOptions = {},
): SVGSVGElement | HTMLElement {
  const { width = 900, ariaLabel = "Partner countries", top = 20, fill = "#0072B2", document } = options;
  const shown = [...countries].sort((a, b) => b.pairs - a.pairs).slice(0, top);
  const fontSize = chartFontSize(width);
  const room = labelMargin(
    shown.map((entry) => entry.country),
    fontSize,
    width,
  );
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: 40 + shown.length * Math.max(22, room.lines * fontSize * 1.15 + 6),
    marginLeft: room.marginLeft,
    marginRight: 16,
    ariaLabel,
    document,
    x: { grid: true, label: null },
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
