import type { MatrixCell } from "../../../src/charts/indicatorMatrix.ts";

/** What `heatmapKeys` needs besides the drawn heatmap. */
export interface HeatmapKeysOptions {
  /** The cells the heatmap was drawn from: each rect's `data-cell` is its index here. */
  cells: readonly MatrixCell[];
  /** The name of each partnership, by id, for the cells' accessible names. */
  labels: Readonly<Record<string, string>>;
  /** Called with the cell clicked, or focused and chosen with Enter or Space. */
  onSelect: (cell: MatrixCell) => void;
}

const STEPS: Readonly<Record<string, readonly [row: number, column: number]>> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
};

/**
 * Makes a drawn heatmap (`matrixChart`) usable with a pointer and a keyboard:
 * each cell is a named button; the heatmap is one Tab stop, and the arrow
 * keys move the focus across the grid as it is drawn (a roving tabindex), so
 * they follow the rows and columns even where a phone turns the table.
 * Clicking a cell, or pressing Enter or Space on it, selects it.
 */
export function heatmapKeys(matrix: Element, { cells, labels, onSelect }: HeatmapKeysOptions): void {
  const rowOrder = [...new Set(cells.map((cell) => cell.partnership))];
  const columnOrder = [...new Set(cells.map((cell) => cell.indicatorName))];
  // On a phone the table is turned (indicators as rows): the arrow keys follow what is drawn.
  const turned = matrix.closest("[data-orientation]")?.getAttribute("data-orientation") === "indicators-as-rows";
  const rects = [...matrix.querySelectorAll<SVGRectElement>("rect[data-cell]")];
  // No instanceof checks: the heatmap may belong to another window's document (a test's, a print frame's).
  const cellOf = (target: EventTarget | null) => {
    const candidate = target as Element | null;
    return typeof candidate?.matches === "function" && candidate.matches("rect[data-cell]")
      ? cells[Number(candidate.getAttribute("data-cell"))]
      : undefined;
  };
  const gridPosition = new Map(
    rects.map((rect) => {
      const cell = cellOf(rect)!;
      const partnership = rowOrder.indexOf(cell.partnership);
      const indicator = columnOrder.indexOf(cell.indicatorName);
      return [rect, turned ? { row: indicator, column: partnership } : { row: partnership, column: indicator }];
    }),
  );
  rects.forEach((rect, index) => {
    const cell = cellOf(rect)!;
    rect.setAttribute("tabindex", index === 0 ? "0" : "-1");
    rect.setAttribute("role", "button");
    rect.setAttribute("aria-label", `${labels[cell.partnership]} · ${cell.indicatorName}: ${cell.scoreLabel}`);
  });
  const moveFocus = (from: SVGRectElement, [rowStep, columnStep]: readonly [number, number]) => {
    const position = gridPosition.get(from)!;
    const target = rects.find((rect) => {
      const other = gridPosition.get(rect)!;
      return other.row === position.row + rowStep && other.column === position.column + columnStep;
    });
    if (target === undefined) return;
    from.setAttribute("tabindex", "-1");
    target.setAttribute("tabindex", "0");
    target.focus();
  };
  matrix.addEventListener("click", (event) => {
    const cell = cellOf(event.target);
    if (cell) onSelect(cell);
  });
  matrix.addEventListener("keydown", (event) => {
    const { key } = event as KeyboardEvent;
    const cell = cellOf(event.target);
    if (cell === undefined) return;
    const step = STEPS[key];
    if (key === "Enter" || key === " ") {
      event.preventDefault();
      onSelect(cell);
    } else if (step !== undefined) {
      event.preventDefault();
      moveFocus(event.target as SVGRectElement, step);
    }
  });
}
