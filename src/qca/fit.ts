/** The sums both parameters of fit are read from: Σ X, Σ Y, Σ min(X, Y), Σ min(X, Y, 1 − Y), Σ (1 − X), Σ (1 − min(X, Y)). */
function setSums(x: ArrayLike<number>, y: ArrayLike<number>) {
  const sums = { x: 0, y: 0, both: 0, bothAndNotY: 0, notX: 0, notBoth: 0 };
  for (let index = 0; index < x.length; index++) {
    const xi = x[index]!;
    const yi = y[index]!;
    const min = Math.min(xi, yi);
    sums.x += xi;
    sums.y += yi;
    sums.both += min;
    sums.bothAndNotY += Math.min(min, 1 - yi);
    sums.notX += 1 - xi;
    sums.notBoth += 1 - min;
  }
  return sums;
}

/**
 * Parameters of fit of a set X (a term or a solution, as memberships per
 * case) as sufficient for the outcome Y (Ragin 2006, "Set relations in
 * social research", Political Analysis 14(3); Ragin 2008, ch. 3):
 *
 * - inclusion (consistency) = Σ min(X, Y) / Σ X;
 * - PRI, the proportional reduction in inconsistency =
 *   (Σ min(X, Y) − Σ min(X, Y, 1 − Y)) / (Σ X − Σ min(X, Y, 1 − Y));
 * - coverage = Σ min(X, Y) / Σ Y.
 *
 * Each is null when its denominator is 0.
 *
 * @example sufficiency([1, 1, 0], [1, 0, 0]) // {inclusion: 0.5, pri: 0.5, coverage: 1}
 */
export function sufficiency(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { inclusion: number | null; pri: number | null; coverage: number | null } {
  const sums = setSums(x, y);
  return {
    inclusion: sums.x === 0 ? null : sums.both / sums.x,
    pri: sums.x - sums.bothAndNotY === 0 ? null : (sums.both - sums.bothAndNotY) / (sums.x - sums.bothAndNotY),
    coverage: sums.y === 0 ? null : sums.both / sums.y,
  };
}

/**
 * Parameters of fit of X as necessary for Y (Ragin 2006; Schneider &
 * Wagemann 2012, Set-Theoretic Methods, ch. 9): inclusion = Σ min(X, Y) / Σ Y;
 * coverage = Σ min(X, Y) / Σ X; relevance of necessity (RoN) =
 * Σ (1 − X) / Σ (1 − min(X, Y)), low for a trivially necessary condition.
 *
 * @example necessity([1, 1, 0], [1, 0, 0]) // {inclusion: 1, coverage: 0.5, relevance: 0.5}
 */
export function necessity(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { inclusion: number | null; coverage: number | null; relevance: number | null } {
  const sums = setSums(x, y);
  return {
    inclusion: sums.y === 0 ? null : sums.both / sums.y,
    coverage: sums.x === 0 ? null : sums.both / sums.x,
    relevance: sums.notBoth === 0 ? null : sums.notX / sums.notBoth,
  };
}
