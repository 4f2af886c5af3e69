import { whenIdle } from "./whenIdle.ts";

/**
 * Resolves once the page as drawn now has been painted (a frame that begins after the next one has, as a frame comes
 * only after the one before was painted) and the browser is idle; at once in a tab not shown, where no frame comes.
 * What is fetched then cannot hold back that paint, nor be taken for part of it.
 */
export function whenPainted(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === "hidden") resolve();
    else requestAnimationFrame(() => requestAnimationFrame(() => whenIdle(resolve)));
  });
}
