import { strToU8, zipSync } from "fflate";
import type { DatasetFiles } from "./draft.ts";

/**
 * A dataset's files in one ZIP, in a folder named after the dataset, as
 * `paradiplomacy validate` reads it once unpacked. Deterministic: the same
 * files give the same bytes (the entries carry a fixed date).
 */
export function zipDataset(files: DatasetFiles, folder: string): Uint8Array {
  const mtime = new Date("2000-01-01T00:00:00Z");
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, [strToU8(text), { mtime }]])),
    { level: 6 },
  );
}
