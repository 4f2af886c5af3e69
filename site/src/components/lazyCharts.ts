import { element } from "../../../web/dom.ts";

/**
 * Charts whose code (Plot and the chart modules: most of a page's JavaScript) loads on demand, so that the text of the
 * page around them is drawn at once. Served without compression (a lecturer's USB stick, `python3 -m http.server`),
 * waiting for that code held back the first paint of the overview and a case page by seconds (bench/README.md).
 *
 * `draw(module)` returns the figures. The first time, a busy placeholder as tall as `minHeight` (so that nothing below
 * moves much when the figures arrive) stands in their place until the module has arrived; from then on they are drawn
 * at once, like any other element, so that redrawing a page (resizing, printing, sorting) stays synchronous.
 */
export function lazyCharts<Module>(
  load: () => Promise<Module>,
): (draw: (module: Module) => HTMLElement[], options: { minHeight: number; onDrawn?: () => void }) => HTMLElement[] {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  return (draw, { minHeight, onDrawn }) => {
    if (loaded !== undefined) return draw(loaded);
    const holder = element("div", { className: "lazy lazy-charts", attributes: { "aria-busy": "true" } });
    holder.style.minHeight = `${Math.round(minHeight)}px`;
    // Fetched once the page around them has been painted (a frame that begins after the next one has, as a frame
    // comes only after the one before was painted; at once in a tab not shown, where no frame comes), so that nothing
    // of theirs holds back that first paint.
    const start = () => (loading ??= load().then((module) => (loaded = module)));
    const started = new Promise<Module>((resolve, reject) => {
      const begin = () => start().then(resolve, reject);
      if (document.visibilityState === "hidden") begin();
      else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(begin)));
    });
    started.then(
      (module) => {
        // The reader may have moved on to another page meanwhile.
        if (!holder.isConnected) return;
        holder.replaceWith(...draw(module));
        onDrawn?.();
      },
      (error: Error) => {
        holder.removeAttribute("aria-busy");
        holder.replaceChildren(element("p", { className: "error", text: error.message }));
      },
    );
    return [holder];
  };
}
