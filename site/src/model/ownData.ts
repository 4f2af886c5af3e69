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
