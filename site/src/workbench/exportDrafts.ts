import { slugify } from "../../../src/schema/slugify.ts";
import { draftFiles, type Draft } from "../../../src/workbench/draft.ts";
import { zipDataset } from "../../../src/workbench/zipDataset.ts";
import { downloadFile } from "../../../web/dom.ts";

/** Downloads drafts as one dataset, a ZIP named after `name` with its files in a folder of that name. */
export function exportDrafts(list: readonly Draft[], name: string): void {
  const folder = slugify(name) || "workbench";
  downloadFile(
    `${folder}.zip`,
    zipDataset(draftFiles([...list], { name: folder }), folder) as BlobPart,
    "application/zip",
  );
}
