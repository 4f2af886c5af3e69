import { normalQuantile } from "./normalQuantile.ts";

/** A share with its Wilson score interval. */
export interface WilsonInterval {
  successes: number;
  trials: number;
  /** successes / trials. */
  estimate: number;
  low: number;
  high: number;
  /** The confidence level, e.g. 0.95. */
  confidence: number;
}

/**
 * The Wilson score interval of a share: `successes` of `trials` (Wilson
 * 1927, "Probable inference, the law of succession, and statistical
 * inference", JASA 22(158); method 3 of Newcombe 1998, "Two-sided confidence
 * intervals for the single proportion", Statistics in Medicine 17(8)). It
 * stays inside [0, 1] and widens as the trials fall, so 1 of 2 (0.09–0.91)
 * no longer looks like 50 of 100 (0.40–0.60). The normal quantile comes
 * from simple-statistics' `probit` (see `normalQuantile`). O(1).
 *
 * @param options.confidence the confidence level (default 0.95)
 * @example wilsonInterval(1, 2).low // 0.09453120838137652
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: { confidence?: number } = {},
): WilsonInterval {
  const { confidence = 0.95 } = options;
  if (!Number.isInteger(trials) || trials < 1)
    throw new Error(`wilsonInterval: trials must be a whole number of at least 1, found ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new Error(`wilsonInterval: successes must be a whole number from 0 to ${trials}, found ${successes}`);
  if (!(confidence > 0 && confidence < 1))
    throw new Error(`wilsonInterval: confidence must be strictly between 0 and 1, found ${confidence}`);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const share = successes / trials;
  const z2 = z * z;
  const centre = (share + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials));
  // At 0 and at every trial the bound is exactly 0 or 1; rounding must not move it.
  return {
    successes,
    trials,
    estimate: share,
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
    confidence,
  };
}
