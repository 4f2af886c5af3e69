/**
 * Holm's step-down adjustment of p-values for multiple tests (Holm 1979, "A
 * simple sequentially rejective multiple test procedure", Scandinavian
 * Journal of Statistics 6(2)), as R's `p.adjust(p, "holm")` computes it: the
 * i-th smallest of m p-values is multiplied by m − i + 1, kept at least as
 * large as the one before, and capped at 1. Rejecting where the adjusted p
 * is below α keeps the chance of any false rejection among the m tests below
 * α. Null (a test not run) stays null and does not count in m. O(m log m).
 *
 * @example holmAdjust([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 */
export function holmAdjust(pValues: ReadonlyArray<number | null>): Array<number | null> {
  const run = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  for (const { p, index } of run)
    if (!(p >= 0 && p <= 1)) throw new Error(`holmAdjust: p-value ${index + 1} is not between 0 and 1, found ${p}`);
  run.sort((a, b) => a.p - b.p || a.index - b.index);
  const adjusted: Array<number | null> = pValues.map(() => null);
  let previous = 0;
  run.forEach(({ p, index }, rank) => {
    previous = Math.min(1, Math.max(previous, (run.length - rank) * p));
    adjusted[index] = previous;
  });
  return adjusted;
}
