// The cross-case statistics charts rendered in jsdom: what they draw and write for the correlations and groups.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { correlationHeatmap, heatmapCells } from "../../src/charts/correlationHeatmap.ts";
import { groupDotPlot } from "../../src/charts/groupDotPlot.ts";
import { compareGroups } from "../../src/analysis/groupComparison.ts";
import { measureCorrelations } from "../../src/analysis/measureCorrelations.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;
const label = { id: "x", en: "x" };

describe("correlationHeatmap(cells, {width})", () => {
  const { correlations } = measureCorrelations({
    ids: ["p1", "p2", "p3", "p4", "p5", "p6"],
    measures: [
      { id: "a", label, values: [1, 2, 3, 4, 5, 6] },
      { id: "b", label, values: [2, 1, 4, 3, 6, 5] },
      { id: "c", label, values: [null, null, null, 1, 2, 0] },
    ],
  });
  const cells = heatmapCells(correlations, { names: { a: "Commitment" } });

  it("labels each cell with ρ and n, and leaves a pair below the minimum n empty, saying so", () => {
    expect(cells.map((cell) => [cell.row, cell.column, ...cell.lines])).toEqual([
      ["b", "Commitment", "ρ 0.83", "n 6"],
      ["c", "Commitment", "n 3", "no figure"],
      ["c", "b", "n 3", "no figure"],
    ]);
    expect(cells[1]!.title).toBe("c · Commitment: no figure (3 partnerships have both; at least 5 are needed)");
  });

  it("draws coloured cells for figures and dashed empty ones for no figure, with the words in them", () => {
    const chart = correlationHeatmap(cells, { width: 600, document });
    const cellGroups = [...chart.querySelectorAll("g[aria-label='cell']")];
    expect(cellGroups).toHaveLength(2);
    const [figures, empty] = cellGroups.map((group) => [...group.querySelectorAll("rect")]);
    expect(figures).toHaveLength(1);
    expect(empty).toHaveLength(2);
    // Constant attributes are set on the mark's group: white, dashed.
    expect(empty![0]!.closest("g")!.getAttribute("fill")).toBe("white");
    expect(empty![0]!.closest("g")!.getAttribute("stroke-dasharray")).toBe("3,3");
    const texts = [...chart.querySelectorAll("g[aria-label='text'] text")].map((text) => text.textContent);
    expect(texts).toEqual(["ρ 0.83n 6", "n 3no figure", "n 3no figure"]);
    // A positive ρ is blue on the diverging scale (RdBu), never the white of an empty cell.
    expect(figures![0]!.getAttribute("fill")).toMatch(/^(#|rgb)/);
    expect(figures![0]!.getAttribute("fill")).not.toBe("white");
  });

  it("keeps the figures in the tooltips when the cells are too small to write in", () => {
    const many = heatmapCells(
      measureCorrelations({
        ids: ["1", "2", "3", "4", "5"],
        measures: Array.from({ length: 12 }, (_, index) => ({
          id: `m${index}`,
          label,
          values: [1, 2, 3, 4, (index % 5) + 1],
        })),
      }).correlations,
    );
    const chart = correlationHeatmap(many, { width: 390, document });
    expect(chart.querySelectorAll("g[aria-label='text'] text")).toHaveLength(0);
    // The caption reads this to say where the figures are (crossCaseSection.ts).
    expect(chart.getAttribute("data-figures")).toBe("tooltip");
    expect(correlationHeatmap(cells, { width: 600, document }).getAttribute("data-figures")).toBe("written");
    expect(chart.querySelector("g[aria-label='cell'] rect title")?.textContent).toMatch(
      /^m1 · m0: ρ 0\.92, n 5, p 0\.\d{3}, p \(Holm\) /,
    );
  });
});

describe("correlationHeatmap(cells, {width}) where only the words of an empty cell do not fit", () => {
  it("writes every figure, and the empty cells' n alone", () => {
    const { correlations } = measureCorrelations({
      ids: ["p1", "p2", "p3", "p4", "p5", "p6"],
      measures: [
        { id: "a", label, values: [1, 2, 3, 4, 5, 6] },
        { id: "b", label, values: [2, 1, 4, 3, 6, 5] },
        { id: "c", label, values: [null, null, null, 1, 2, 0] },
      ],
    });
    // A "no figure" far wider than a cell (at 600 px the cells are about 250 px): the figures still fit.
    const cells = heatmapCells(correlations, { noFigure: "no figure ".repeat(12).trim() });
    const chart = correlationHeatmap(cells, { width: 600, document });
    const texts = [...chart.querySelectorAll("g[aria-label='text'] text")].map((text) => text.textContent);
    expect(texts).toEqual(["ρ 0.83n 6", "n 3", "n 3"]);
    expect(chart.getAttribute("data-figures")).toBe("written");
  });
});

describe("groupDotPlot(groups, {width, minN})", () => {
  const comparison = compareGroups(
    {
      ids: ["1", "2", "3", "4", "5", "6", "7", "8"],
      measures: [{ id: "stage_reached", label, values: [3, 8, 9, 9, 8, 3, 9, null] }],
    },
    [
      "sister-city",
      "sister-city",
      "sister-city",
      "sister-city",
      "sister-city",
      "sister-province",
      "sister-province",
      "friendship-city",
    ],
    { by: "kind" },
  );
  const chart = groupDotPlot(comparison.measures[0]!.groups, { width: 700, axisLabel: "stage reached", document });

  it("names each group's row with its n, keeping a group with nothing assessed", () => {
    expect(
      [...chart.querySelectorAll("g[aria-label='fy-axis tick label'] text")].map((text) => text.textContent),
    ).toEqual(["friendship-city (n 0)", "sister-city (n 5)", "sister-province (n 2)"]);
  });

  it("draws a dot per partnership, equal values apart, and the median and quartiles of each group with values", () => {
    const circles = [...chart.querySelectorAll("g[aria-label='dot'] circle")];
    expect(circles).toHaveLength(7);
    const ticks = [...chart.querySelectorAll("g[aria-label='tick'] line")];
    expect(ticks).toHaveLength(2);
    // sister-city: R's quantile(c(3, 8, 9, 9, 8)) → 3, 8, 8, 9, 9: median 8, quartiles 8–9.
    expect([...chart.querySelectorAll("g[aria-label='tick'] title")].map((title) => title.textContent)).toEqual([
      "sister-city (n 5): median 8",
      "sister-province (n 2): median 6",
    ]);
    expect([...chart.querySelectorAll("g[aria-label='bar'] title")].map((title) => title.textContent)).toEqual([
      "sister-city (n 5): quartiles 8–9",
      "sister-province (n 2): quartiles 4.5–7.5",
    ]);
    // The group below the minimum n has its median in grey: it describes two partnerships.
    expect(ticks.map((line) => line.getAttribute("stroke"))).toEqual(["#c0392b", "#888"]);
  });
});
