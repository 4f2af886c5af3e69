import { unzipSync } from "fflate";
import { decodeText } from "../dsv/decodeText.ts";
import type { DatasetReading, DatasetTexts } from "../dataset/readDataset.ts";
import { RESOURCE_NAMES, RESOURCES, resourceForFile } from "../dataset/schemas.ts";
import { formatCsv } from "../format/formatCsv.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { compareProblems, type Problem } from "../problem.ts";
import { validateDataset } from "../validate/validateDataset.ts";
import { fieldsOf } from "./draft.ts";
import { readRawRows } from "./readDraftRows.ts";

/** A file as the browser hands it over: its name (a path inside a folder, when a folder was picked) and its bytes. */
export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

/** What an import found: every problem, and the dataset made of the rows without one. */
export interface DatasetImport {
  /** Every problem of the files as given, located by file, row and column. */
  problems: Problem[];
  /** The texts with every row that has a problem left out (and files that could not be read at all). */
  usable: DatasetTexts;
  /** The usable texts, read and validated: the rows the site can show. */
  reading: DatasetReading;
  /** Rows left out because of their problems. */
  rejectedRows: number;
  /** Files given that are not part of the format (ignored, and said so). */
  ignored: string[];
}

export interface ImportOptions {
  registry?: Registry;
  /** Called as the import advances: what it is doing, and how far it is (0 to 1). */
  onProgress?: (stage: string, fraction: number) => void;
}

const base = (name: string) => name.split(/[\\/]/).pop() ?? name;

/**
 * Imports a dataset from what a researcher drops on the page: a dataset ZIP,
 * a folder's files, or single CSV files. Text must be UTF-8 (or UTF-16 with
 * a byte-order mark), as `validate` requires. Every problem is reported with
 * its file, row and column, and the rows without a problem stay usable: rows
 * with a problem are left out, and the rest read again until no row-level
 * problem is left (leaving out a partnership leaves its codings without a
 * partnership). Files given on their own are read `alone`: their references
 * to files not given are not checked. Pure: it runs in a Web Worker.
 */
export function importFiles(files: readonly ImportedFile[], options: ImportOptions = {}): DatasetImport {
  const registry = options.registry ?? frameworks;
  const progress = options.onProgress ?? (() => {});
  const entries: ImportedFile[] = [];
  const ignored: string[] = [];
  const problems: Problem[] = [];
  files.forEach((file, index) => {
    progress(`reading ${base(file.name)}`, (index / files.length) * 0.3);
    if (/\.zip$/i.test(file.name)) {
      try {
        const unzipped = unzipSync(file.bytes, {
          filter: (entry) => {
            const placed =
              entry.name === "datapackage.json" ||
              entry.name.endsWith("/datapackage.json") ||
              resourceForFile(entry.name) !== undefined;
            // A folder's own entry is no file; any other entry left aside is named in the report.
            if (!placed && !entry.name.endsWith("/")) {
              ignored.push(`${file.name}/${entry.name}`);
              problems.push(unplacedFile(`${file.name}/${entry.name}`));
            }
            return placed;
          },
        });
        for (const [name, bytes] of Object.entries(unzipped)) entries.push({ name: `${file.name}/${name}`, bytes });
      } catch (error) {
        problems.push({
          file: file.name,
          row: 0,
          column: 0,
          message: `the ZIP file could not be read: ${(error as Error).message}`,
          expected: "a ZIP file as the workbench or a zip program writes it",
        });
      }
    } else entries.push(file);
  });
  const texts: DatasetTexts = { resources: {} };
  for (const entry of entries) {
    const resource = resourceForFile(entry.name);
    const isPackage = base(entry.name) === "datapackage.json";
    if (resource === undefined && !isPackage) {
      ignored.push(entry.name);
      problems.push(unplacedFile(entry.name, entry.bytes));
      continue;
    }
    const decoded = decodeText(entry.bytes, entry.name);
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      if (resource !== undefined) (texts.unread ??= []).push(resource);
      continue;
    }
    if (isPackage) texts.datapackage = { file: entry.name, text: decoded.text };
    else if (texts.resources[resource!] !== undefined)
      problems.push({
        file: entry.name,
        row: 0,
        column: 0,
        message: `a second ${RESOURCES[resource!].path} was given; the first one is used`,
        expected: "one file of each kind",
      });
    else texts.resources[resource!] = { file: entry.name, text: decoded.text };
  }
  const missingFolder = RESOURCE_NAMES.some(
    (resource) => texts.resources[resource] === undefined && !RESOURCES[resource].optional,
  );
  texts.alone = missingFolder;
  progress("checking the files", 0.4);
  const first = validateDataset(texts, "import", registry);
  problems.push(...first.problems);
  progress("keeping the rows without problems", 0.5);
  const { usable, reading, rejectedRows } = usableRows(texts, first, registry);
  progress("done", 1);
  const reported = new Set(
    problems.filter((problem) => problem.row > 0).map((problem) => `${problem.file}:${problem.row}`),
  ).size;
  if (rejectedRows > reported)
    problems.push({
      file: "",
      row: 0,
      column: 0,
      message: `${rejectedRows - reported} more row${rejectedRows - reported === 1 ? " was" : "s were"} left out because a row they refer to (a partnership or source) was left out, or their file could not be read`,
    });
  problems.sort(compareProblems);
  return { problems, usable, reading, rejectedRows, ignored };
}

/**
 * The file of the format whose columns a CSV file's header holds (every
 * required column, and most of its columns), when one does.
 *
 * @example formatFileOfHeader("partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator") // "codings.csv"
 * @example formatFileOfHeader("name,age") // undefined
 */
export function formatFileOfHeader(header: string): string | undefined {
  const columns = new Set(
    header
      .replace(/^\uFEFF/, "")
      .split(/[,;\t]/)
      .map((cell) => cell.trim().replace(/^"|"$/g, "")),
  );
  let best: { path: string; share: number } | undefined;
  for (const resource of RESOURCE_NAMES) {
    const fields = RESOURCES[resource].schema.fields;
    if (!fields.every((field) => field.constraints?.required !== true || columns.has(field.name))) continue;
    const share = fields.filter((field) => columns.has(field.name)).length / Math.max(fields.length, columns.size);
    if (best === undefined || share > best.share) best = { path: RESOURCES[resource].path, share };
  }
  return best?.path;
}

/**
 * Why a file given to the import was left aside, and what to do: the import
 * knows a file by its name, so a CSV under another name (`my codings.csv`) is
 * named, with the name its columns call for when they match a file of the
 * format.
 */
export function unplacedFile(name: string, bytes?: Uint8Array): Problem {
  const names = RESOURCE_NAMES.map((resource) => RESOURCES[resource].path).join(", ");
  const isCsv = /\.(csv|tsv|txt)$/i.test(name);
  let match: string | undefined;
  if (isCsv && bytes !== undefined) {
    const decoded = decodeText(bytes.subarray(0, 4096), name);
    if (!("problem" in decoded)) match = formatFileOfHeader(decoded.text.split(/\r?\n/)[0] ?? "");
  }
  return {
    file: name,
    row: 0,
    column: 0,
    message:
      match !== undefined
        ? `not imported: the import knows a file by its name, and this file's columns are those of ${match}. Rename it to ${match} and import it again`
        : isCsv
          ? `not imported: its name is not one of the dataset's files. Rename it to the file it holds (one of ${names}) and import it again, or import the dataset's ZIP`
          : `not imported: it is not a file of the dataset format (${names}, datapackage.json), and was left aside`,
  };
}

/**
 * The rows of a dataset that have no problem: rows with a problem are left
 * out, and the rest read again until no row-level problem is left (leaving
 * out a partnership leaves its codings without a partnership); a file with a
 * problem of its own (a column missing, say) is left out whole. What the
 * workbench scores while a draft is still being written.
 */
export function usableRows(
  texts: DatasetTexts,
  first: DatasetReading = validateDataset(texts, "dataset"),
  registry: Registry = frameworks,
): { usable: DatasetTexts; reading: DatasetReading; rejectedRows: number } {
  let usable: DatasetTexts = texts;
  let reading = first;
  let rejectedRows = 0;
  for (let pass = 0; pass < 5; pass++) {
    const resourceFiles = new Set(Object.values(usable.resources).map((entry) => entry.file));
    const rowProblems = reading.problems.filter((problem) => problem.row > 0);
    const fileProblems = reading.problems.filter((problem) => problem.row === 0 && resourceFiles.has(problem.file));
    if (rowProblems.length === 0 && fileProblems.length === 0) break;
    const next: DatasetTexts = { resources: {}, alone: usable.alone, unread: usable.unread };
    for (const resource of RESOURCE_NAMES) {
      const entry = usable.resources[resource];
      if (entry === undefined) continue;
      const rows = readRawRows(entry.text, entry.file);
      if (fileProblems.some((problem) => problem.file === entry.file)) {
        rejectedRows += rows.length;
        (next.unread ??= []).push(resource);
        continue;
      }
      const bad = new Set(rowProblems.filter((problem) => problem.file === entry.file).map((problem) => problem.row));
      const kept = rows.filter((row) => !bad.has(row.row));
      rejectedRows += rows.length - kept.length;
      const fields = fieldsOf(resource);
      next.resources[resource] = {
        file: entry.file,
        text: formatCsv(
          fields,
          kept.map((row) => fields.map((field) => row.cells[field] ?? "")),
          { escapeFormulae: false },
        ),
      };
    }
    usable = next;
    reading = validateDataset(usable, "dataset", registry);
  }
  return { usable, reading, rejectedRows };
}
