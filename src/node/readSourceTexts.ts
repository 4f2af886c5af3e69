import { lstat, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Reads the texts of sources from a folder, each from the file named as its
 * id (plain text or Markdown, UTF-8). Only regular files directly in the
 * folder are read: an id with a path separator or `..` is skipped, as is a
 * link or a missing file; `missing` lists them.
 */
export async function readSourceTexts(
  folder: string,
  ids: Iterable<string>,
): Promise<{ texts: Record<string, string>; missing: string[] }> {
  const texts: Record<string, string> = {};
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const path = join(folder, id);
    const plain = !/[\\/]/.test(id) && id !== "." && id !== "..";
    const info = plain ? await lstat(path).catch(() => undefined) : undefined;
    if (info?.isFile()) texts[id] = await readFile(path, "utf8");
    else missing.push(id);
  }
  return { texts, missing };
}
