/** Calls `then` when the browser is next idle (within half a second), or in a task of its own where it cannot tell. */
export function whenIdle(then: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(then, { timeout: 500 });
  else setTimeout(then);
}
