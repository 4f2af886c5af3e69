import type { Dataset, PortfolioCoding } from "../../../src/dataset/types.ts";
import type { DatasetReading } from "../../../src/dataset/readDataset.ts";
import { validateDataset } from "../../../src/validate/validateDataset.ts";
import { filesToTexts } from "../../../src/workbench/draft.ts";
import type { StoredImport } from "./storage.ts";

/** The shipped dataset with this browser's imports beside it, and what of the imports could not be placed, in words. */
export interface MergedImports {
  reading: DatasetReading;
  /** The ids of the partnerships added from the imports. */
  own: ReadonlySet<string>;
  /** Imported partnerships left out because their id was already taken (by the shipped data or an earlier import), with their events and codings. */
  skipped: string[];
  /** Imported sources left out because a different source already has their id (the one already there is kept). */
  sourceConflicts: string[];
  /**
   * Imported events and codings of partnerships the import does not hold (codings.csv imported alone), by
   * partnership: not added to the shipped partnership's published rows. The workbench opens those of a shipped
   * partnership as drafts when they are imported; this lists them so that nothing is left out unsaid.
   */
  elsewhere: Record<string, number>;
}

/** A portfolio coding's identity: every field of the row, so that only an exact repeat counts as already present. */
const portfolioKey = (coding: PortfolioCoding) => JSON.stringify(Object.entries(coding).sort());

/**
 * The shipped dataset with this browser's imports beside it, file by file of the dataset format:
 *
 * - `partnerships.csv`: each imported partnership is added unless its id is already taken (it is then listed in
 *   `skipped`, with its events and codings);
 * - `events.csv`, `codings.csv`: the rows of the partnerships added;
 * - `portfolio_codings.csv`: every row, unless the same row (every field equal) is already there, as when a
 *   dataset exported from this site is imported again;
 * - `sources.csv`: each source unless its id is already taken; a different source under a taken id is listed in
 *   `sourceConflicts`.
 *
 * - events and codings of a partnership the import does not hold: listed in `elsewhere`.
 *
 * Nothing is dropped without being listed, except exact repeats of rows already present.
 *
 * @example mergeImports(loadIndonesia(), []).own.size // 0
 */
export function mergeImports(shipped: DatasetReading, stored: readonly StoredImport[]): MergedImports {
  if (stored.length === 0) return { reading: shipped, own: new Set(), skipped: [], sourceConflicts: [], elsewhere: {} };
  const base = shipped.dataset;
  const dataset: Dataset = {
    name: base.name,
    title: base.title,
    partnerships: [...base.partnerships],
    events: [...base.events],
    codings: [...base.codings],
    portfolioCodings: [...base.portfolioCodings],
    sources: [...base.sources],
  };
  const own = new Set<string>();
  const skipped: string[] = [];
  const sourceConflicts: string[] = [];
  const elsewhere: Record<string, number> = {};
  const taken = new Set(dataset.partnerships.map((partnership) => partnership.id));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const portfolio = new Set(dataset.portfolioCodings.map(portfolioKey));
  for (const entry of stored) {
    const reading = validateDataset(filesToTexts(entry.files));
    const added = new Set<string>();
    for (const partnership of reading.dataset.partnerships) {
      if (taken.has(partnership.id)) {
        skipped.push(partnership.id);
        continue;
      }
      taken.add(partnership.id);
      added.add(partnership.id);
      own.add(partnership.id);
      dataset.partnerships.push(partnership);
    }
    const held = new Set(reading.dataset.partnerships.map((partnership) => partnership.id));
    for (const row of [...reading.dataset.events, ...reading.dataset.codings])
      if (!held.has(row.partnership)) elsewhere[row.partnership] = (elsewhere[row.partnership] ?? 0) + 1;
    dataset.events.push(...reading.dataset.events.filter((event) => added.has(event.partnership)));
    dataset.codings.push(...reading.dataset.codings.filter((coding) => added.has(coding.partnership)));
    for (const coding of reading.dataset.portfolioCodings) {
      const key = portfolioKey(coding);
      if (portfolio.has(key)) continue;
      portfolio.add(key);
      dataset.portfolioCodings.push(coding);
    }
    for (const source of reading.dataset.sources) {
      const present = sources.get(source.id);
      if (present === undefined) {
        sources.set(source.id, source);
        dataset.sources.push(source);
      } else if (JSON.stringify(present) !== JSON.stringify(source)) sourceConflicts.push(source.id);
    }
  }
  return { reading: { ...shipped, dataset }, own, skipped, sourceConflicts, elsewhere };
}
