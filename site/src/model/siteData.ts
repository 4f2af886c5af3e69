import type { DatasetReading } from "../../../src/dataset/readDataset.ts";
import { scoreDataset, type PartnershipScore } from "../../../src/score/scoreDataset.ts";
import type { EvidenceKind } from "../../../src/dataset/vocabularies.ts";
import { mergeImports, type MergedImports } from "./mergeImports.ts";
import type { StoredImport } from "./storage.ts";

export { loadIndonesia } from "../../../web/data.ts";

/** What every page reads: the dataset and its scores, computed once. */
export interface SiteData {
  reading: DatasetReading;
  scores: PartnershipScore[];
  /** Partnerships imported into this browser (shown beside the shipped ones, marked as its own). */
  own: ReadonlySet<string>;
}

/**
 * The data of the site's views (`data`) and what of this browser's imports the merge could not place (`merged`,
 * `mergeImports`): the shipped dataset with this browser's imports beside it, scored (with every kind
 * of evidence, or only those of `evidence`) when a page first asks for the scores: the overview never does, so that
 * its text is drawn without waiting for the scoring of every partnership. Nothing is scored if the shipped dataset
 * does not validate (the shell shows its problems instead).
 *
 * This module, with the dataset's files and their validation, is a chunk of its own: the shell fetches it beside
 * the first page's code, so that neither the files nor their reading hold back the first paint.
 */
export function siteData(
  shipped: DatasetReading,
  imports: readonly StoredImport[],
  evidence: readonly EvidenceKind[] | null,
): { data: SiteData; merged: MergedImports } {
  const merged = mergeImports(shipped, imports);
  const { reading, own } = merged;
  let scores: PartnershipScore[] | undefined;
  return {
    data: {
      reading,
      own,
      get scores() {
        return (scores ??=
          shipped.problems.length === 0 ? scoreDataset(reading.dataset, evidence === null ? {} : { evidence }) : []);
      },
    },
    merged,
  };
}
