import { element } from "../../../web/dom.ts";
import { nextTask } from "./nextTask.ts";
import { whenPainted } from "./whenPainted.ts";
import { whenFirstPainted } from "./whenFirstPainted.ts";

/**
 * A figure of `lazyCharts`, or a function that draws it: the first time, each such function is called in a task of
 * its own (a chart of Plot takes tens of milliseconds on a slow phone, a map more), so that the page stays responsive
 * between them and shows each as soon as it is drawn.
 */
export type LazyFigure = HTMLElement | (() => HTMLElement);

const drawFigure = (figure: LazyFigure) => (typeof figure === "function" ? figure() : figure);

/**
 * Charts whose code (Plot and the chart modules: most of a page's JavaScript) loads on demand, so that the text of the
 * page around them is drawn at once. Served without compression (a lecturer's USB stick, `python3 -m http.server`),
 * waiting for that code held back the first paint of the overview and a case page by seconds (bench/README.md).
 *
 * `draw(module, data)` returns the figures, drawn from `data` (the data of the page, or the promise of it while it is
 * still being read). The first time, a busy placeholder as tall as `minHeight` (so that nothing below moves much when
 * the figures arrive) stands in their place until the module (and the data) have arrived; from then on they are drawn
 * at once, like any other element, so that redrawing a page (resizing, printing, sorting) stays synchronous.
 * The first time, the figures given as functions are drawn one task each, in order, the placeholder below them keeping
 * the room of those still to come (then `onDrawn` is called).
 */
export function lazyCharts<Module>(
  load: () => Promise<Module>,
): <Data = undefined>(
  draw: (module: Module, data: Data) => LazyFigure[],
  options: { minHeight: number; onDrawn?: () => void; data?: Data | Promise<Data> },
) => HTMLElement[] {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  return <Data>(
    draw: (module: Module, data: Data) => LazyFigure[],
    { minHeight, onDrawn, data }: { minHeight: number; onDrawn?: () => void; data?: Data | Promise<Data> },
  ) => {
    if (loaded !== undefined && !(data instanceof Promise)) return draw(loaded, data as Data).map(drawFigure);
    const holder = element("div", { className: "lazy lazy-charts", attributes: { "aria-busy": "true" } });
    holder.style.minHeight = `${Math.round(minHeight)}px`;
    // Fetched once the page around them has been painted and the browser is idle, so that nothing of theirs holds
    // back that paint: their 240 KB, fetched as the text was being shown, could end before it was on screen and be
    // counted as part of it (bench/README.md).
    // (On the first page, while the data is still to come, once the browser has reported that paint.)
    const started = (data instanceof Promise ? whenFirstPainted() : whenPainted()).then(
      () => (loading ??= load().then((module) => (loaded = module))),
    );
    Promise.all([started, data]).then(
      async ([module, read]) => {
        let room = minHeight;
        for (const figure of draw(module, read as Data)) {
          if (typeof figure === "function") await nextTask();
          // The reader may have moved on to another page meanwhile (or the page was drawn again, at once).
          if (!holder.isConnected) return;
          const drawn = drawFigure(figure);
          holder.before(drawn);
          room = Math.max(0, room - drawn.getBoundingClientRect().height);
          holder.style.minHeight = `${Math.round(room)}px`;
        }
        holder.remove();
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
