import { chartFontSize } from "./chartFontSize.ts";
import { textWidth, wrapText } from "./wrapText.ts";
import { legendSize } from "./legendSize.ts";
import * as Plot from "@observablehq/plot";
import type { MatrixCell } from "./indicatorMatrix.ts";
import { SCORE_COLORS, SCORE_WORDS } from "./scoreColors.ts";

export interface MatrixChartOptions {
  /** Width of the chart in CSS pixels; default 900. */
  width?: number;
  /** Row labels by partnership id (e.g. "Denpasar – Mossel Bay"); default the ids. */
  labels?: Record<string, string>;
  /** Accessible description of the chart. */
  ariaLabel?: string;
  /** The legend's words for each score ("0" … "2", "NA"); default English (SCORE_WORDS.en). */
  legendLabels?: Record<string, string>;
  /** Size of the chart's text in px; default chartFontSize(width) (slides set 24, for the back of a room). */
  fontSize?: number;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

/**
 * A heatmap of scores: one row per partnership, one column per indicator,
 * colour by score (NA light grey), the score written in each cell, the
 * evidence in the tooltip. Each cell's rect carries `data-cell`, the index
 * of its cell in `cells`, so a page can tell which was clicked. A function of
 * data and options to an element.
 */
export function matrixChart(
  cells: MatrixCell[],
  {
    width = 900,
    labels = {},
    ariaLabel = "Scores per partnership and indicator",
    legendLabels = SCORE_WORDS.en,
    document,
    fontSize = chartFontSize(width),
  }: MatrixChartOptions = {},
): SVGSVGElement | HTMLElement {
  const partnerships = [...new Set(cells.map((cell) => cell.partnership))];
  const indicators = [...new Set(cells.map((cell) => cell.indicatorName))];
  const lineHeight = fontSize * 1.15;
  // On a phone the table is turned: one row per indicator, one column per partnership, so that cells stay readable.
  const transposed = width < 640;
  const partnershipName = (id: string) => labels[id] ?? id;
  // Each group (a layer, the Ringrose elements) is named above its columns when the table is wide, in a header row
  // above its indicators when it is turned.
  const firstOfGroup = new Map<string, MatrixCell>();
  for (const cell of cells) if (!firstOfGroup.has(cell.group)) firstOfGroup.set(cell.group, cell);
  const groups = [...firstOfGroup.values()].map((cell) => ({
    indicator: cell.indicatorName,
    label: cell.groupLabel,
    count: new Set(cells.filter((other) => other.group === cell.group).map((other) => other.indicatorName)).size,
  }));
  const headers = new Map(groups.map((group) => [`\u2063${group.label}`, group.label]));
  const rows = transposed
    ? [...new Map(cells.map((cell) => [cell.group, cell]))].flatMap(([group, first]) => [
        `\u2063${first.groupLabel}`,
        ...new Set(cells.filter((cell) => cell.group === group).map((cell) => cell.indicatorName)),
      ])
    : partnerships;
  const columns = transposed ? partnerships : indicators;
  const rowName = transposed ? (row: string) => (headers.has(row) ? "" : row) : partnershipName;
  const columnName = transposed ? partnershipName : (column: string) => column;
  // The row labels on the left, wrapped within at most two fifths of the chart (words whole).
  const longestWord = (names: string[]) =>
    Math.max(...names.flatMap((name) => name.split(/\s+/u)).map((word) => textWidth(word, fontSize)));
  const rowNames = rows.map(rowName);
  const marginLeft = Math.ceil(
    Math.max(
      longestWord(rowNames),
      Math.min(width * 0.4, Math.max(...rowNames.map((name) => textWidth(name, fontSize)))),
    ) + 12,
  );
  const rowLines = new Map(rows.map((row) => [row, wrapText(rowName(row), marginLeft - 12, fontSize)]));
  // Turned on the table's side, a group's header row spans the chart: its name wraps within the chart's width.
  const headerLines = new Map(
    [...headers].map(([row, label]) => [row, wrapText(label, width - 8, fontSize, { bold: true })]),
  );
  const rowHeight = Math.ceil(
    Math.max(
      28,
      fontSize * 2,
      ...[...rowLines.values(), ...(transposed ? headerLines.values() : [])].map(
        (lines) => lines.length * lineHeight + 6,
      ),
    ),
  );
  // The column labels stand upright (turned a quarter), wrapped so that their lines fit side by side in a column.
  const step = (width - marginLeft - 10) / columns.length;
  const maxLines = Math.max(1, Math.floor((step - 2) / lineHeight));
  let labelWidth = Math.max(longestWord(columns.map(columnName)), fontSize * 8);
  const columnLines = () => columns.map((column) => wrapText(columnName(column), labelWidth, fontSize));
  while (columnLines().some((lines) => lines.length > maxLines) && labelWidth < width) labelWidth += fontSize;
  const marginBottom = Math.ceil(
    Math.max(...columnLines().map((lines) => Math.max(...lines.map((line) => textWidth(line, fontSize))))) + 12,
  );
  const wrappedColumn = new Map(columns.map((column, index) => [column, columnLines()[index]!.join("\n")]));
  // Wide, each group's name wraps within its own columns, above them.
  const groupLines = groups.map((group) => wrapText(group.label, group.count * step - 8, fontSize, { bold: true }));
  const marginTop = transposed ? 10 : Math.ceil(Math.max(...groupLines.map((lines) => lines.length)) * lineHeight + 14);
  const chart = Plot.plot({
    width,
    style: { fontSize: `${fontSize}px` },
    height: marginTop + rows.length * rowHeight + marginBottom,
    marginLeft,
    marginRight: 10,
    marginBottom,
    marginTop,
    ariaLabel,
    document,
    x: { domain: columns, label: null, axis: null },
    y: { domain: rows, label: null, axis: null },
    color: {
      type: "ordinal",
      domain: Object.keys(SCORE_COLORS),
      range: Object.values(SCORE_COLORS),
      legend: true,
      label: "score",
      tickFormat: (score: string) => legendLabels[score] ?? score,
      ...legendSize(fontSize),
    },
    marks: [
      Plot.axisX({ tickRotate: -90, tickFormat: (column: string) => wrappedColumn.get(column) ?? column }),
      Plot.axisY({
        tickSize: 0,
        tickFormat: (row: string) => rowLines.get(row)?.join("\n") ?? "",
      }),
      Plot.cell(cells, {
        x: transposed ? "partnership" : "indicatorName",
        y: transposed ? "indicatorName" : "partnership",
        fill: "scoreLabel",
        inset: 1,
        // A render transform: the mark draws one rect per index, in the order of the index it is given.
        render(index, scales, values, dimensions, context, next) {
          const group = next!(index, scales, values, dimensions, context)!;
          group
            .querySelectorAll("rect")
            .forEach((rect, position) => rect.setAttribute("data-cell", String(index[position])));
          return group;
        },
        title: (cell: MatrixCell) =>
          `${labels[cell.partnership] ?? cell.partnership} · ${cell.indicatorName}: ${cell.scoreLabel}${cell.evidence ? `\n“${cell.evidence}”${cell.evidenceKind ? ` (${cell.evidenceKind})` : ""}\n${cell.source}${cell.locator ? `, ${cell.locator}` : ""}` : ""}`,
      }),
      ...(transposed
        ? [
            Plot.text([...headers.keys()], {
              y: (row: string) => row,
              text: (row: string) => headerLines.get(row)!.join("\n"),
              frameAnchor: "left",
              textAnchor: "start",
              dx: -marginLeft + 4,
              fontWeight: "bold",
            }),
          ]
        : [
            Plot.text(groups, {
              x: "indicator",
              text: (group: (typeof groups)[number]) => groupLines[groups.indexOf(group)]!.join("\n"),
              frameAnchor: "top",
              textAnchor: "start",
              lineAnchor: "bottom",
              dx: -step / 2 + 4,
              dy: -8,
              fontWeight: "bold",
            }),
          ]),
      Plot.text(cells, {
        x: transposed ? "partnership" : "indicatorName",
        y: transposed ? "indicatorName" : "partnership",
        text: "scoreLabel",
        // White on the blue of 2 (5.2:1), black on the orange of 0 (5.4:1) and the rest: text on colour at 4.5:1 or more.
        fill: (cell: MatrixCell) => (cell.score === 2 ? "white" : "black"),
        fontSize,
      }),
    ],
  });
  // Pages that move the keyboard across the cells need to know which way the table is turned.
  chart.setAttribute("data-orientation", transposed ? "indicators-as-rows" : "partnerships-as-rows");
  return chart;
}
