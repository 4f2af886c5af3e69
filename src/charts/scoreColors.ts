/**
 * Colours of the 0–2 scale with NA, from the Okabe–Ito colour-blind-safe
 * palette; NA is a light grey so that silence never looks like a low score.
 */
export const SCORE_COLORS: Record<string, string> = {
  "0": "#D55E00",
  "1": "#E69F00",
  "2": "#0072B2",
  NA: "#DDDDDD",
};

/** The label of a score for charts and legends: "NA" for null. */
export function scoreLabel(score: number | null): string {
  return score === null ? "NA" : String(score);
}
