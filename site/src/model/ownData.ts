import type { Dataset } from "../../../src/dataset/types.ts";
import type { DatasetReading } from "../../../src/dataset/readDataset.ts";
import { validateDataset } from "../../../src/validate/validateDataset.ts";
import { filesToTexts } from "../../../src/workbench/draft.ts";
import { storage, type StoredImport } from "./storage.ts";

/** The datasets imported into this browser, kept in its storage; the site shows their partnerships beside the shipped ones. */
let imports: StoredImport[] = [];
const listeners = new Set<() => void>();

/** Loads this browser's imports from storage, then tells the listeners. */
export async function loadImports(): Promise<void> {
  const before = imports.map((entry) => entry.id).join();
  try {
    imports = await storage.imports();
  } catch {
    imports = [];
  }
  if (imports.map((entry) => entry.id).join() !== before) for (const listener of listeners) listener();
}

export const currentImports = (): readonly StoredImport[] => imports;

export function onImportsChange(listener: () => void): void {
  listeners.add(listener);
}

export async function addImport(stored: StoredImport): Promise<void> {
  await storage.saveImport(stored);
  await loadImports();
}

export async function removeImport(id: string): Promise<void> {
  await storage.deleteImport(id);
  await loadImports();
}

/**
 * The shipped dataset with this browser's imports beside it: each imported
 * partnership is added unless its id is already taken (by the shipped data or
 * an earlier import), with its events and codings; `own` holds the ids added.
 */
export function mergeImports(
  shipped: DatasetReading,
  stored: readonly StoredImport[],
): { reading: DatasetReading; own: ReadonlySet<string>; skipped: string[] } {
  if (stored.length === 0) return { reading: shipped, own: new Set(), skipped: [] };
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
  const taken = new Set(dataset.partnerships.map((partnership) => partnership.id));
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
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
    dataset.events.push(...reading.dataset.events.filter((event) => added.has(event.partnership)));
    dataset.codings.push(...reading.dataset.codings.filter((coding) => added.has(coding.partnership)));
    for (const source of reading.dataset.sources)
      if (!sourceIds.has(source.id)) {
        sourceIds.add(source.id);
        dataset.sources.push(source);
      }
  }
  return { reading: { ...shipped, dataset }, own, skipped };
}
