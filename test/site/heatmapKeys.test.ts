import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import type { MatrixCell } from "../../src/charts/indicatorMatrix.ts";
import { heatmapKeys } from "../../site/src/components/heatmapKeys.ts";

// Two partnerships × three indicators, drawn as rects in the order of the cells.
const cells: MatrixCell[] = ["p", "q"].flatMap((partnership) =>
  ["A", "B", "C"].map((indicatorName) => ({
    partnership,
    framework: "ringrose" as const,
    indicator: indicatorName.toLowerCase(),
    indicatorName,
    group: "elements",
    groupLabel: "Elements",
    score: 2,
    scoreLabel: "met",
    evidence: null,
    evidenceKind: null,
    source: null,
    locator: null,
  })),
);

function drawn(orientation: "partnerships-as-rows" | "indicators-as-rows") {
  const { document, KeyboardEvent } = new JSDOM("<!doctype html><body></body>").window;
  const matrix = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  matrix.setAttribute("data-orientation", orientation);
  cells.forEach((_, index) => {
    const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("data-cell", String(index));
    matrix.append(rect);
  });
  document.body.append(matrix);
  const selected: MatrixCell[] = [];
  heatmapKeys(matrix, { cells, labels: { p: "P", q: "Q" }, onSelect: (cell) => selected.push(cell) });
  const rects = [...matrix.querySelectorAll("rect")];
  const press = (key: string) =>
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  const focused = () => cells[Number(document.activeElement!.getAttribute("data-cell"))]!;
  return { document, rects, selected, press, focused };
}

describe("heatmapKeys(matrix, {cells, labels, onSelect})", () => {
  it("makes each cell a named button, with one Tab stop: the first cell", () => {
    const { rects } = drawn("partnerships-as-rows");
    expect(rects.map((rect) => rect.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1", "-1"]);
    expect(rects[4]!.getAttribute("role")).toBe("button");
    expect(rects[4]!.getAttribute("aria-label")).toBe("Q · B: met");
  });

  it("moves the focus with the arrow keys along rows of partnerships, and stops at the edges", () => {
    const { rects, press, focused } = drawn("partnerships-as-rows");
    (rects[0] as unknown as HTMLElement).focus();
    press("ArrowRight");
    expect(focused()).toMatchObject({ partnership: "p", indicatorName: "B" });
    press("ArrowDown");
    expect(focused()).toMatchObject({ partnership: "q", indicatorName: "B" });
    press("ArrowDown");
    expect(focused()).toMatchObject({ partnership: "q", indicatorName: "B" });
    // The roving tabindex follows the focus: the heatmap stays one Tab stop.
    expect(rects.filter((rect) => rect.getAttribute("tabindex") === "0")).toEqual([rects[4]]);
  });

  it("follows the drawing where a phone turns the table (indicators as rows)", () => {
    const { rects, press, focused } = drawn("indicators-as-rows");
    (rects[0] as unknown as HTMLElement).focus();
    press("ArrowRight");
    expect(focused()).toMatchObject({ partnership: "q", indicatorName: "A" });
    press("ArrowDown");
    expect(focused()).toMatchObject({ partnership: "q", indicatorName: "B" });
  });

  it("selects the focused cell with Enter or Space, and a clicked cell", () => {
    const { rects, press, selected, document } = drawn("partnerships-as-rows");
    (rects[0] as unknown as HTMLElement).focus();
    press("Enter");
    press("ArrowRight");
    press(" ");
    rects[5]!.dispatchEvent(new document.defaultView!.MouseEvent("click", { bubbles: true }));
    expect(selected.map((cell) => `${cell.partnership}${cell.indicatorName}`)).toEqual(["pA", "pB", "qC"]);
  });
});
