import { whenIdle } from "./whenIdle.ts";

/** How long to wait at most, once the page has been drawn, for the browser to report its largest paint since. */
const LARGEST_PAINT_MS = 300;

/**
 * Resolves once the page as drawn now has been painted (a frame that begins after the next one has, as a frame comes
 * only after the one before was painted) and the browser is idle; at once in a tab not shown, where no frame comes.
 * Where the browser reports its largest paints (Largest Contentful Paint), it waits, 0.3 s at most, for one since
 * now: a busy phone shows a frame some time after it was drawn, and what is fetched meanwhile would be counted as part
 * of that paint. What is fetched then cannot hold back that paint, nor be taken for part of it.
 */
export function whenPainted(): Promise<void> {
  const since = performance.now();
  return new Promise((resolve) => {
    if (document.visibilityState === "hidden") return resolve();
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        whenIdle(() => {
          if (!PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint")) return resolve();
          const done = () => {
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          };
          const observer = new PerformanceObserver((list) => {
            if (list.getEntries().some((entry) => entry.startTime >= since)) done();
          });
          const timer = setTimeout(done, LARGEST_PAINT_MS);
          observer.observe({ type: "largest-contentful-paint", buffered: true });
        }),
      ),
    );
  });
}
