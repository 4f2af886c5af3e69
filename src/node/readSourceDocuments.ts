import { lstat, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DocumentError } from "../documents/documentError.ts";
import { DOCUMENT_EXTENSIONS } from "../documents/documentFormat.ts";
import { readDocument } from "../documents/readDocument.ts";
import type { SourceDocument } from "../documents/sourceDocument.ts";
import { sourceFileName } from "../documents/sourceFileName.ts";
import type { Problem } from "../problem.ts";
import { leavesFolder } from "./readTextFile.ts";

/** The largest source document read: 512 MB, as for a dataset's files. */
const MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

/** The source documents read from a folder: each by its source id, and one problem for each source that could not be read. */
export interface SourceDocuments {
  documents: Record<string, SourceDocument>;
  problems: Problem[];
  /** The ids of the sources that have a problem: their quotes are not reported one by one. */
  unreadable: Set<string>;
}

/**
 * Reads the documents of the given sources from a folder: each found by
 * its id, with or without an extension (`sourceFileName`), in any format
 * `readDocument` reads. A source without a file, with several candidate
 * files, or whose file cannot be read (a scan, a password, a damaged file)
 * is one problem naming the file and what to do; the others are read.
 * The folder must exist (the caller says so once when it does not).
 */
export async function readSourceDocuments(folder: string, ids: Iterable<string>): Promise<SourceDocuments> {
  const names = (await readdir(folder, { withFileTypes: true })).map((entry) => entry.name);
  const result: SourceDocuments = { documents: {}, problems: [], unreadable: new Set() };
  const fail = (id: string, file: string, message: string, expected?: string) => {
    result.unreadable.add(id);
    result.problems.push({ file: join(folder, file), row: 0, column: 0, message, ...(expected ? { expected } : {}) });
  };
  for (const id of ids) {
    if (leavesFolder(id)) {
      fail(id, "", `the source id ${JSON.stringify(id)} leaves the folder, and was not read`);
      continue;
    }
    const match = sourceFileName(id, names);
    if ("missing" in match) {
      fail(
        id,
        id,
        `no document of the source ${JSON.stringify(id)}: its quotes could not be checked`,
        `a file named ${JSON.stringify(id)}, or so named with its extension replaced by one of ${Object.keys(DOCUMENT_EXTENSIONS).join(", ")}`,
      );
      continue;
    }
    if ("ambiguous" in match) {
      fail(
        id,
        id,
        `several files could be the document of the source ${JSON.stringify(id)}: ${match.ambiguous.join(", ")}`,
        "one file per source: keep one, or name the one to use exactly as the source's id",
      );
      continue;
    }
    const path = join(folder, match.file);
    const info = await lstat(path);
    if (!info.isFile()) {
      fail(id, match.file, "not a regular file (a link, a folder or a device), and was not read");
      continue;
    }
    if (info.size > MAX_DOCUMENT_BYTES) {
      fail(id, match.file, `the file is over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, and was not read`);
      continue;
    }
    try {
      result.documents[id] = await readDocument(match.file, new Uint8Array(await readFile(path)));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      fail(id, match.file, error.message.slice(match.file.length + 2));
    }
  }
  return result;
}
