/** How each key moves the end of a selection: `Selection.modify`'s direction and granularity, with Ctrl (or ⌥ on a Mac) and without. */
const MOVES: Readonly<Record<string, readonly [direction: string, plain: string, larger: string]>> = {
  ArrowRight: ["forward", "character", "word"],
  ArrowLeft: ["backward", "character", "word"],
  ArrowDown: ["forward", "line", "paragraph"],
  ArrowUp: ["backward", "line", "paragraph"],
  End: ["forward", "lineboundary", "documentboundary"],
  Home: ["backward", "lineboundary", "documentboundary"],
};

export interface KeyboardSelectionOptions {
  /** The elements of the region that hold its text (the selection starts in the first one in view). */
  textSelector: string;
  /** Called on Enter in the region (not on a control inside it) while text of it is selected. */
  onEnter: () => void;
}

/**
 * Lets a reader select text of a region with the keyboard alone, in any
 * browser and without caret browsing: with the region focused, Shift and
 * the arrow keys (Ctrl for words and paragraphs, Home and End for line
 * ends) extend the selection, which starts at the beginning of the text in
 * view (or where the caret is, when caret browsing placed one). Enter then
 * calls `onEnter` (the workbench opens its "code this passage" chooser).
 * Plain arrow keys keep scrolling the region, or moving the caret of caret
 * browsing, as the browser does. The selection is the browser's own, moved
 * with `Selection.modify`, so it is what a mouse or touch selection is.
 */
export function keyboardSelection(region: HTMLElement, options: KeyboardSelectionOptions): void {
  const { textSelector, onEnter } = options;
  /** The first text node of the region that shows in its box. */
  const firstTextInView = (): Text | null => {
    const top = region.getBoundingClientRect().top;
    for (const holder of region.querySelectorAll<HTMLElement>(textSelector)) {
      if (holder.getBoundingClientRect().bottom <= top) continue;
      const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node as Text;
        const range = document.createRange();
        range.selectNodeContents(text);
        if (range.getBoundingClientRect().bottom > top && text.data.trim() !== "") return text;
      }
    }
    return null;
  };
  region.addEventListener("keydown", (event) => {
    if (event.defaultPrevented) return;
    const selection = document.getSelection();
    if (selection === null) return;
    const inRegion =
      selection.rangeCount > 0 && region.contains(selection.anchorNode) && region.contains(selection.focusNode);
    if (event.key === "Enter" && event.target === region && inRegion && !selection.isCollapsed) {
      event.preventDefault();
      return onEnter();
    }
    const move = MOVES[event.key];
    if (move === undefined || !event.shiftKey || event.metaKey) return;
    if (!inRegion) {
      const start = firstTextInView();
      if (start === null) return;
      selection.collapse(start, start.data.length - start.data.trimStart().length);
    }
    event.preventDefault();
    const [direction, plain, larger] = move;
    selection.modify("extend", direction, event.ctrlKey || event.altKey ? larger : plain);
    // The moving end is kept in view, as the browser's own selection keeps it.
    if (selection.focusNode === null) return;
    const end = document.createRange();
    end.setStart(selection.focusNode, selection.focusOffset);
    const at = end.getBoundingClientRect();
    const box = region.getBoundingClientRect();
    if (at.height === 0) return;
    if (at.bottom > box.bottom) region.scrollTop += at.bottom - box.bottom + at.height;
    else if (at.top < box.top) region.scrollTop -= box.top - at.top + at.height;
  });
}
