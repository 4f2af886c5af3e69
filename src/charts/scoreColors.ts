import type { Language } from "../language.ts";
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

/**
 * The score colours' legend in words, in each language: what 0, 1, 2 and NA
 * mean across the 0–2 scales (realisation and fulfilment alike).
 */
export const SCORE_WORDS: Record<Language, Record<string, string>> = {
  id: {
    "0": "0 tidak ada",
    "1": "1 direncanakan / di atas kertas",
    "2": "2 terlaksana",
    NA: "NA sumber tidak membahas",
  },
  en: {
    "0": "0 absent",
    "1": "1 planned or on paper",
    "2": "2 realised",
    NA: "NA source silent",
  },
};

/**
 * Colours that tell partnerships apart, none of them a score colour (nor the
 * grey of NA), so that a colour never means a score in one chart and a
 * partnership in the next: the rest of Okabe–Ito, then Tableau's.
 */
export const PARTNERSHIP_COLORS: readonly string[] = [
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#000000",
  "#8C564B",
  "#9467BD",
  "#BCBD22",
  "#17BECF",
];
