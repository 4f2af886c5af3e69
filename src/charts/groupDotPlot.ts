import * as Plot from "@observablehq/plot";
import type { Quartiles } from "../statistics/quartiles.ts";
import { chartFontSize } from "./chartFontSize.ts";

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
  return Plot.plot({
    width,
    height: 50 + rows.length * 64,
    marginLeft: Math.min(width * 0.4, Math.max(...rows.map((row) => row.length)) * fontSize * 0.6 + 14),
    marginRight: 20,
    style: { fontSize: `${fontSize}px` },
    ariaLabel,
    document,
    x: { label: axisLabel, grid: true, nice: true },
    // Within a row, the dots spread up and down from its middle: no vertical scale to read.
    y: { axis: null },
    fy: { domain: rows, label: null, axis: "left" },
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
