import { rmSync } from "node:fs";
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files being written now, removed if the process is ended before they are renamed. */
const pending = new Set<string>();
let cleanupInstalled = false;

/**
 * Removes temporary files still being written when the process exits or is
 * interrupted (SIGINT, SIGTERM, SIGHUP), then exits as the signal asks. For
 * the command-line program, which owns its process; a library user decides
 * about signals itself.
 */
export function removeTemporaryFilesOnExit(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanUp = () => {
    for (const file of pending) {
      // Synchronously: the process is going away.
      rmSync(file, { force: true });
    }
  };
  process.once("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.once(signal, () => {
      cleanUp();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
}

/**
 * Writes a file (text as UTF-8, or bytes) so that readers see the old content or the new, never half:
 * the text goes to a temporary file beside the target, which is then renamed
 * over it (rename is atomic on one file system). The target keeps its
 * permissions. On failure, or if the process is interrupted, the temporary
 * file is removed and the target is left untouched.
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(temporary);
  try {
    const existing = await stat(path).catch(() => undefined);
    await writeFile(temporary, text, typeof text === "string" ? "utf8" : undefined);
    if (existing !== undefined) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}
