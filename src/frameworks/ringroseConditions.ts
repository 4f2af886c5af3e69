/**
 * The four elements 001 (1.5.2) names as conditions "yang diperlukan dalam kerja sama antarkota agar berhasil":
 * what the Ringrose conditions score averages, in Ringrose's order. The fifth element, tangible results, is an
 * outcome and is kept apart.
 */
export const CONDITION_ORDER = [
  "commitment",
  "community_participation",
  "mutual_understanding",
  "reciprocity",
] as const;
/** One of the four Ringrose conditions (`CONDITION_ORDER`): what the conditions score's weights are keyed by. */
export type ConditionId = (typeof CONDITION_ORDER)[number];
/** The element that is an outcome of the cooperation, not a condition of it: reported beside the conditions score. */
export const OUTCOME_ELEMENT = "tangible_results";
