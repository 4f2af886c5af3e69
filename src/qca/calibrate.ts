import { cumulativeStdLogisticProbability, logit } from "simple-statistics";

/** The three anchors of the direct method: full exclusion, the crossover (0.5) and full inclusion. */
export interface CalibrationAnchors {
  exclusion: number;
  crossover: number;
  inclusion: number;
}

/**
 * Calibrates a raw value into a fuzzy-set membership by the direct method
 * with three anchors (Ragin 2008, Redesigning Social Inquiry, ch. 5): the
 * distance from the crossover is scaled to log odds so that the inclusion
 * anchor gets `degree` (default 0.95) and the exclusion anchor 1 − `degree`,
 * then turned into a membership with the logistic function, as the R
 * package QCA's `calibrate(type = "fuzzy", logistic = TRUE, idm = 0.95)`
 * does. Anchors in decreasing order (exclusion above inclusion) calibrate a
 * set whose membership falls as the value rises.
 *
 * @example calibrateDirect(550, {exclusion: 400, crossover: 550, inclusion: 900}) // 0.5
 */
export function calibrateDirect(value: number, anchors: CalibrationAnchors, degree = 0.95): number {
  const { exclusion, crossover, inclusion } = anchors;
  const increasing = exclusion < crossover && crossover < inclusion;
  const decreasing = exclusion > crossover && crossover > inclusion;
  if (!increasing && !decreasing)
    throw new Error(
      `the anchors must be in order (exclusion < crossover < inclusion, or all reversed); found ${exclusion}, ${crossover}, ${inclusion}`,
    );
  if (!(degree > 0.5 && degree < 1))
    throw new Error(`the degree of membership at the anchors must be between 0.5 and 1, found ${degree}`);
  const logOdds = logit(degree);
  const above = increasing ? value >= crossover : value <= crossover;
  const scaled = above
    ? (logOdds * (value - crossover)) / (inclusion - crossover)
    : (logOdds * (value - crossover)) / (crossover - exclusion);
  return cumulativeStdLogisticProbability(scaled);
}

/**
 * Calibrates a raw value into a crisp set by thresholds: 0 below the first,
 * 1 at or above it (with one threshold); with several, the number of
 * thresholds reached (multi-value sets).
 *
 * @example calibrateCrisp(720, [550]) // 1
 */
export function calibrateCrisp(value: number, thresholds: readonly number[]): number {
  let reached = 0;
  for (const threshold of thresholds) if (value >= threshold) reached++;
  return reached;
}
