// Reads a researcher's files off the main thread, so that a large file never freezes the page.
import { importFiles, type ImportedFile } from "../../../src/workbench/importFiles.ts";
import { RESOURCE_NAMES, RESOURCES } from "../../../src/dataset/schemas.ts";
import type { Problem } from "../../../src/problem.ts";

/** What the worker sends back: progress as it goes, then the result (or the error that stopped it). */
export type ImportMessage =
  | { type: "progress"; stage: string; fraction: number }
  | {
      type: "done";
      problems: Problem[];
      files: Record<string, string>;
      partnerships: number;
      codings: number;
      portfolioCodings: number;
      rejectedRows: number;
      ignored: string[];
      /** Set on the page: imported codings of the site's own partnerships, opened as drafts (their names). */
      placed?: { codings: number; drafts: string[] };
      /** Set on the page: imported codings of partnerships found nowhere, by partnership. */
      unknown?: Record<string, number>;
    }
  | { type: "error"; message: string };

self.onmessage = (event: MessageEvent<{ files: ImportedFile[] }>) => {
  const post = (message: ImportMessage) => self.postMessage(message);
  try {
    const result = importFiles(event.data.files, {
      onProgress: (stage, fraction) => post({ type: "progress", stage, fraction }),
    });
    const files: Record<string, string> = {};
    for (const resource of RESOURCE_NAMES) {
      const entry = result.usable.resources[resource];
      if (entry !== undefined) files[RESOURCES[resource].path] = entry.text;
    }
    post({
      type: "done",
      problems: result.problems,
      files,
      partnerships: result.reading.dataset.partnerships.length,
      codings: result.reading.dataset.codings.length,
      portfolioCodings: result.reading.dataset.portfolioCodings.length,
      rejectedRows: result.rejectedRows,
      ignored: result.ignored,
    });
  } catch (error) {
    post({ type: "error", message: (error as Error).message });
  }
};
