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
  let sumX = 0;
  let sumY = 0;
  let both = 0;
  let bothAndNot = 0;
  for (let index = 0; index < x.length; index++) {
    const xi = x[index]!;
    const yi = y[index]!;
    const min = Math.min(xi, yi);
    sumX += xi;
    sumY += yi;
    both += min;
    bothAndNot += Math.min(min, 1 - yi);
  }
  return {
    inclusion: sumX === 0 ? null : both / sumX,
    pri: sumX - bothAndNot === 0 ? null : (both - bothAndNot) / (sumX - bothAndNot),
    coverage: sumY === 0 ? null : both / sumY,
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
  let sumX = 0;
  let sumY = 0;
  let both = 0;
  let notX = 0;
  let notBoth = 0;
  for (let index = 0; index < x.length; index++) {
    const xi = x[index]!;
    const yi = y[index]!;
    const min = Math.min(xi, yi);
    sumX += xi;
    sumY += yi;
    both += min;
    notX += 1 - xi;
    notBoth += 1 - min;
  }
  return {
    inclusion: sumY === 0 ? null : both / sumY,
    coverage: sumX === 0 ? null : both / sumX,
    relevance: notBoth === 0 ? null : notX / notBoth,
  };
}
