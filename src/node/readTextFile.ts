import { lstat, open } from "node:fs/promises";
import { isAbsolute, join, normalize } from "node:path";
import { decodeText } from "../dsv/decodeText.ts";
import type { Problem } from "../problem.ts";

/** The largest file the toolkit reads: 512 MB, several times the largest dataset the bench reads (2 million codings, 180 MB). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads one file of a dataset as text, safely: the path must stay inside
 * the dataset folder (no absolute path, no `..`, as the Frictionless spec
 * requires), the file must be a regular file (not a link, a pipe or a
 * device) no larger than `MAX_FILE_BYTES`, and its bytes must be UTF-8 (or
 * UTF-16 with a byte-order mark). Anything else is one problem naming the
 * path, and nothing is read.
 */
/** Whether a path given in a dataset leaves its folder: an absolute path, or one with `..` in it. */
export function leavesFolder(path: string): boolean {
  return isAbsolute(path) || normalize(path).split(/[\\/]/).includes("..");
}

export async function readTextFile(
  folder: string,
  path: string,
  shown: string,
): Promise<{ text: string } | { problem: Problem } | { missing: true }> {
  const at = { file: shown, row: 0, column: 0 };
  if (leavesFolder(path))
    return {
      problem: {
        ...at,
        message: `the path ${JSON.stringify(path)} leaves the dataset folder, and was not read`,
        expected: "a path inside the dataset folder, without .. or a leading /",
      },
    };
  const full = join(folder, path);
  const info = await lstat(full).catch(() => undefined);
  if (info === undefined) return { missing: true };
  if (!info.isFile())
    return {
      problem: {
        ...at,
        message: `${JSON.stringify(path)} is not a regular file (${info.isSymbolicLink() ? "a symbolic link" : info.isDirectory() ? "a folder" : "a device, pipe or socket"}), and was not read`,
        expected: "a regular file inside the dataset folder",
      },
    };
  if (info.size > MAX_FILE_BYTES)
    return {
      problem: {
        ...at,
        message: `the file is ${(info.size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB the toolkit reads, and was not read`,
      },
    };
  const handle = await open(full, "r");
  try {
    const bytes = await handle.readFile();
    const decoded = decodeText(bytes, shown);
    return "text" in decoded ? { text: decoded.text } : decoded;
  } finally {
    await handle.close();
  }
}
