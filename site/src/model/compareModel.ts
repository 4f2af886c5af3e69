import type { IndexBar } from "../../../src/charts/indexBars.ts";
import { isCoded, type PartnershipScore } from "../../../src/score/scoreDataset.ts";

/** The compare view's data: the partnerships one can pick, those picked (in the order picked), their labels and ranked indices. */
export function compareModel(
  scores: PartnershipScore[],
  selected: readonly string[],
  own: ReadonlySet<string> = new Set(),
  ownMark = "",
) {
  const coded = scores.filter((score) => isCoded(score));
  const byId = new Map(coded.map((score) => [score.id, score]));
  const picked = selected.flatMap((id) => byId.get(id) ?? []);
  const labels = Object.fromEntries(
    scores.map((score) => [
      score.id,
      `${score.partnership.local_government} – ${score.partnership.partner}${own.has(score.id) ? ` ${ownMark}` : ""}`,
    ]),
  );
  // Only an index on enough elements is ranked; the others are counted, and the page says so.
  const unranked = picked
    .filter((score) => score.ringrose.index !== null && !score.ringrose.rankable)
    .map((score) => score.id);
  const ranked: IndexBar[] = picked.flatMap((score) =>
    score.ringrose.index === null || !score.ringrose.rankable
      ? []
      : [
          {
            id: score.id,
            label: labels[score.id]!,
            index: score.ringrose.index,
            assessedCount: score.ringrose.assessedCount,
          },
        ],
  );
  return { coded, picked, labels, ranked, unranked };
}
