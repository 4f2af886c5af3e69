import * as Plot from "@observablehq/plot";
import type { Quartiles } from "../statistics/quartiles.ts";
import { chartFontSize } from "./chartFontSize.ts";
import { labelMargin, wrapText } from "./wrapText.ts";

/** A group's values of a measure and their quartiles, as `compareGroups` gives them. */
export interface GroupValues {
  group: string;
  n: number;
  quartiles: Quartiles | null;
  values: readonly number[];
}

export interface GroupDotPlotOptions {
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** The measure's name, the label of the value axis. */
  axisLabel?: string;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** Below this n a group's median and quartiles are drawn grey: they describe a handful of cases. Default 5. */
  minN?: number;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/** A group's row label: its name and n. */
export const groupRowLabel = (group: Pick<GroupValues, "group" | "n">) => `${group.group} (n ${group.n})`;

/**
 * One measure compared between groups: a row per group (named with its n),
 * a dot per partnership at its value (equal values spread apart, never
 * stacked out of sight), the interquartile range as a bar and the median as
 * a tick. Groups with no partnership assessed keep their row, empty; groups
 * below `minN` have their median and quartiles in grey.
 */
export function groupDotPlot(
  groups: readonly GroupValues[],
  options: GroupDotPlotOptions = {},
): SVGSVGElement | HTMLElement {
  const { width = 900, axisLabel = "value", ariaLabel = "Values by group", minN = 5, document } = options;
  const rows = groups.map(groupRowLabel);
  const dots = groups.flatMap((group) => group.values.map((value) => ({ row: groupRowLabel(group), value })));
  const summaries = groups
    .filter((group) => group.quartiles !== null)
    .map((group) => ({ row: groupRowLabel(group), ...group.quartiles!, small: group.n < minN }));
  const fontSize = chartFontSize(width);
  // Row names wrapped within two fifths of the chart; the axis title centred under the ticks, wrapped to the plot.
  const room = labelMargin(rows, fontSize, width);
  // Half the widest tick label overhangs the last tick, and the dots at either end their radius.
  const marginRight = Math.ceil(fontSize * 1.5 + 6);
  const title = wrapText(`${axisLabel} →`, width - room.marginLeft - marginRight, fontSize);
  const marginBottom = Math.ceil(fontSize * (2.2 + 1.2 * title.length) + 10);
  return Plot.plot({
    width,
    height: 20 + marginBottom + rows.length * Math.max(64, room.lines * fontSize * 1.15 + 12),
    marginTop: 20,
    marginLeft: room.marginLeft,
    marginRight,
    marginBottom,
    style: { fontSize: `${fontSize}px` },
    ariaLabel,
    document,
    x: {
      label: title.join("\n"),
      labelArrow: "none",
      labelAnchor: "center",
      grid: true,
      nice: true,
      ticks: Math.max(2, Math.floor(width / 120)),
    },
    // Within a row, the dots spread up and down from its middle: no vertical scale to read.
    y: { axis: null },
    fy: { domain: rows, label: null, axis: "left", tickFormat: room.format },
    marks: [
      Plot.frame({ stroke: "#e5e5e5" }),
      // The quartiles as a band across the middle of the row, behind the dots.
      Plot.barX(summaries, {
        fy: "row",
        x1: "q1",
        x2: "q3",
        insetTop: 22,
        insetBottom: 22,
        fill: (row: { small: boolean }) => (row.small ? "#ddd" : "#b8cde6"),
        title: (row: { row: string; q1: number; q3: number }) => `${row.row}: quartiles ${row.q1}–${row.q3}`,
      }),
      Plot.dot(dots, Plot.dodgeY("middle", { x: "value", fy: "row", r: 4.5, fill: "#333", fillOpacity: 0.8 })),
      Plot.tickX(summaries, {
        fy: "row",
        x: "median",
        strokeWidth: 3,
        stroke: (row: { small: boolean }) => (row.small ? "#888" : "#c0392b"),
        title: (row: { row: string; median: number }) => `${row.row}: median ${row.median}`,
      }),
    ],
  });
}
