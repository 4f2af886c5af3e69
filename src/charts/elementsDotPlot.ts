import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin } from "./wrapText.ts";
import { legendSize } from "./legendSize.ts";
import * as Plot from "@observablehq/plot";
import { PARTNERSHIP_COLORS } from "./scoreColors.ts";
import type { PartnershipScore } from "../score/scoreDataset.ts";
import { ELEMENT_ORDER } from "../frameworks/ringrose.ts";
import { elementLabel } from "./elementLabel.ts";
import type { Language } from "../language.ts";

export interface ElementDot {
  partnership: string;
  element: string;
  elementName: string;
  /** Score 0–2; NA elements are left out of the dots (and listed in `notAssessed`). */
  score: number;
  evidence: string | null;
}

/** The dots of the five-elements plot: one per partnership and assessed element. NA draws nothing. */
export function elementDots(scores: PartnershipScore[], { language = "en" as Language } = {}): ElementDot[] {
  return scores.flatMap((score) =>
    ELEMENT_ORDER.flatMap((element) => {
      const entry = score.ringrose.elements[element];
      if (entry.score === null) return [];
      const name = elementLabel(element, language);
      return [
        {
          partnership: score.id,
          element,
          elementName: name,
          score: entry.score,
          evidence: entry.coding?.evidence ?? null,
        },
      ];
    }),
  );
}

export interface ElementsDotPlotOptions {
  /** Size of the chart's text in px; default chartFontSize(width) (a slide sets the projector's). */
  fontSize?: number;
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Legend labels by partnership id; default the ids. */
  labels?: Record<string, string>;
  /** The elements' names in their order, one row each; default the names found in the dots. */
  elementNames?: string[];
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** Label of the score axis; default "score". */
  axisLabel?: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/** The five elements side by side: one row per element, a dot per partnership at its score, partnerships told apart by colour. */
export function elementsDotPlot(dots: ElementDot[], options: ElementsDotPlotOptions = {}): SVGSVGElement | HTMLElement {
  const {
    width = 900,
    labels = {},
    elementNames = [],
    ariaLabel = "Five success elements",
    axisLabel = "score",
    document,
  } = options;
  const partnerships = [...new Set(dots.map((dot) => dot.partnership))];
  const names = elementNames.length ? elementNames : [...new Set(dots.map((dot) => dot.elementName))];
  const { fontSize = chartFontSize(width) } = options;
  const room = labelMargin(names, fontSize, width);
  return Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: 60 + fontSize * 3 + names.length * Math.max(56, room.lines * fontSize * 1.15 + 10),
    marginLeft: room.marginLeft,
    marginBottom: Math.ceil(fontSize * 3.2 + 8),
    marginRight: 20,
    ariaLabel,
    document,
    x: { domain: [-0.2, 2.2], ticks: [0, 1, 2], tickFormat: "d", label: axisLabel, labelAnchor: "center", grid: true },
    fy: { domain: names, label: null, tickFormat: room.format },
    color: {
      type: "categorical",
      range: PARTNERSHIP_COLORS,
      domain: partnerships,
      legend: true,
      tickFormat: (id: string) => labels[id] ?? id,
      ...legendSize(fontSize),
    },
    marks: [
      Plot.frame({ stroke: "#e5e5e5" }),
      // Dots of equal score spread vertically within their element's row, so no partnership hides another.
      Plot.dot(
        dots,
        Plot.dodgeY("middle", {
          x: "score",
          fy: "elementName",
          fill: "partnership",
          r: 6,
          title: (dot: ElementDot) =>
            `${labels[dot.partnership] ?? dot.partnership} · ${dot.elementName}: ${dot.score}${dot.evidence ? `\n“${dot.evidence}”` : ""}`,
        }),
      ),
    ],
  });
}
