import { whenIdle } from "./whenIdle.ts";
import { whenPainted } from "./whenPainted.ts";

/** How long to wait at most for the browser to report the page's first paint. */
const AT_MOST_MS = 3000;

/**
 * Resolves once the browser has reported the page's first contentful paint (the Paint Timing API, which reports it
 * once it is on screen; frames alone say only that it was drawn, and a busy phone can show it much later) and is
 * idle; where that is not reported, as `whenPainted` does; after three seconds at most.
 */
export function whenFirstPainted(): Promise<void> {
  if (document.visibilityState === "hidden" || !PerformanceObserver.supportedEntryTypes.includes("paint"))
    return whenPainted();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      whenIdle(resolve);
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) done();
    });
    const timer = setTimeout(done, AT_MOST_MS);
    observer.observe({ type: "paint", buffered: true });
  });
}
