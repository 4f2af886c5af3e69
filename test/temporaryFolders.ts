// Temporary folders for the tests, each removed after its test file (test/setup.ts). A module of its own, so that the
// setup every test file runs does not load the library.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const temporaryFolders: string[] = [];

/** A fresh temporary folder, removed after the test file's tests (see test/setup.ts). */
export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "paradiplomacy-"));
  temporaryFolders.push(folder);
  return folder;
}

/** Removes the temporary folders made so far. */
export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
