// The tutorial's worked dataset (notebooks/data/tutorial), as texts the toolkit reads.
import partnerships from "../data/tutorial/partnerships.csv?raw";
import sources from "../data/tutorial/sources.csv?raw";
import ayu from "../data/tutorial/ayu/codings.csv?raw";
import budi from "../data/tutorial/budi/codings.csv?raw";
import draft from "../data/tutorial/draft/codings.csv?raw";
import type { DatasetTexts } from "../../src/dataset/readDataset.ts";

/** The files of the worked dataset, by name. */
export const TUTORIAL_FILES = {
  "partnerships.csv": partnerships,
  "sources.csv": sources,
  "ayu/codings.csv": ayu,
  "budi/codings.csv": budi,
  "draft/codings.csv": draft,
} as const;

/** The partnership and its source with one coder's codings file, as `validateDataset` reads them. */
export function tutorialTexts(codings: "ayu/codings.csv" | "budi/codings.csv" | "draft/codings.csv"): DatasetTexts {
  return {
    resources: {
      partnerships: { file: "partnerships.csv", text: partnerships },
      sources: { file: "sources.csv", text: sources },
      codings: { file: codings, text: TUTORIAL_FILES[codings] },
    },
  };
}
