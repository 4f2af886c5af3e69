import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { RESOURCES, RESOURCE_NAMES } from "../dataset/schemas.ts";
import { evidenceKinds, type EvidenceKind } from "../dataset/vocabularies.ts";
import { frameworks } from "../frameworks/registry.ts";
import { readDatasetFiles } from "../node/readDatasetFiles.ts";
import { readSourceDocuments } from "../node/readSourceDocuments.ts";
import { writeFileAtomic } from "../node/writeFileAtomic.ts";
import { formatProblem } from "../problem.ts";
import { exportQdpx } from "../refi/exportQdpx.ts";
import { importProject, type DatasetFileTexts, type ImportProjectOptions } from "../refi/importProject.ts";
import { QdpxError, readQdpx } from "../refi/readQdpx.ts";
import { validateDataset } from "../validate/validateDataset.ts";
import { filesToTexts } from "../workbench/draft.ts";
import { EXIT, UsageError, choice, load, parse, type Io } from "./common.ts";

export const EXPORT_QDPX_HELP = `Usage: paradiplomacy export-qdpx <dataset> [--sources <folder>] --out study.qdpx [--lang en|id]

Writes the dataset as a REFI-QDA project (.qdpx), which ATLAS.ti, NVivo, MAXQDA,
QualCoder and Taguette import: the codebook (the codes and GUIDs of
codebook --format qdc), the coders as users, each source document as a text
source with its plain text, each coding whose quote is found in its source as
a coded selection (its note as the selection's description, its evidence kind
and locator in a note), and the partnerships as cases. Selections count
Unicode code points from 0, end exclusive.

The source documents are read as check-evidence reads them (default folder:
<dataset>/sources). Each quote that cannot be placed in its source is listed
as file:row:column; the project is written without it, and the exit status
is 1.

Options:
  --sources FOLDER   the folder of the source documents (default: <dataset>/sources)
  --out FILE         the .qdpx to write (required)
  --lang en|id       language of the codes' names and descriptions (default: en)

Exit status: 0 every quote placed, 1 a quote not placed or the dataset
invalid, 2 usage error.`;

export const IMPORT_QDPX_HELP = `Usage: paradiplomacy import-qdpx <study.qdpx> --out <folder> [--into <dataset>] [--evidence-kind KIND]

Reads a REFI-QDA project coded with this toolkit's codebook (import
codebook --format qdc into the QDA program first) and writes a dataset: every
text selection coded with one of the codebook's codes becomes a row of
codings.csv (quote = the selected text, source, locator, coder = the user who
coded it, partnership = the case naming the selection or its source).
Selections coded with other codes, selections without a code, and pictures,
PDF regions, audio and video are counted in the report by name.

Without --into, partnerships.csv and sources.csv are made from the project's
cases and sources, and the sources' texts are written to <folder>/sources/.
With --into, the codings are added to a copy of that dataset, whose
partnerships and sources they must name; a coding whose key (partnership,
framework, indicator, coder) is already there is reported as a conflict and
never overwritten.

The result is validated before anything is written: if it is not valid, the
command says what is missing and writes nothing.

Options:
  --out FOLDER           a new or empty folder for the dataset (required)
  --into DATASET         add the codings to a copy of this dataset
  --evidence-kind KIND   the evidence kind of codings whose project gives none
                         (${evidenceKinds.codes.join(", ")}); a project from another program gives none

Exit status: 0 imported, 1 the result would be invalid (nothing written) or
conflicts were left out (the rest written), 2 usage error.`;

async function requireSourcesFolder(dataset: string, given: string | undefined): Promise<string> {
  const folder = given ?? join(dataset, "sources");
  if (!(await stat(folder).catch(() => undefined))?.isDirectory())
    throw new UsageError(
      given === undefined
        ? `the dataset has no sources folder (${JSON.stringify(folder)}): put the source documents there, named by their ids, or give --sources <folder>`
        : `--sources ${JSON.stringify(given)}: no such folder`,
    );
  return folder;
}

/** `paradiplomacy export-qdpx`: a dataset and its documents as a REFI-QDA project. */
export async function exportQdpxCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    sources: { type: "string" },
    out: { type: "string" },
    lang: { type: "string" },
  });
  if (values.help) return (io.stdout(`${EXPORT_QDPX_HELP}\n`), EXIT.ok);
  if (positionals.length !== 1) throw new UsageError("export-qdpx needs exactly one dataset folder");
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError("export-qdpx needs --out <file.qdpx>");
  const language = choice(values.lang as string | undefined, ["en", "id"] as const, "en", "lang");
  const path = positionals[0]!;
  if (!(await stat(path).catch(() => undefined))?.isDirectory())
    throw new UsageError(`export-qdpx needs a dataset folder, found ${JSON.stringify(path)}`);
  const folder = await requireSourcesFolder(path, values.sources as string | undefined);
  const registry = io.registry ?? frameworks;
  const reading = await load(path, registry);
  if (reading.problems.length > 0) {
    for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
    io.stderr(
      `✗ ${path}: ${reading.problems.length} problems; fix them before exporting (paradiplomacy validate ${path})\n`,
    );
    return EXIT.invalid;
  }
  const { dataset } = reading;
  const cited = new Set(
    dataset.codings
      .filter((coding) => coding.evidence !== null && coding.source !== null)
      .map((coding) => coding.source!),
  );
  const read = await readSourceDocuments(folder, cited);
  const result = exportQdpx(
    {
      partnerships: dataset.partnerships,
      sources: dataset.sources,
      codings: reading.tables.codings!,
      documents: read.documents,
    },
    { language, registry, name: dataset.name },
  );
  await writeFileAtomic(out, result.bytes);
  for (const problem of [...read.problems, ...result.unplaced]) io.stdout(`${formatProblem(problem)}\n`);
  const notes = [
    result.withoutQuote > 0 ? `${result.withoutQuote} codings without a quote have no passage to select` : undefined,
    dataset.portfolioCodings.length > 0
      ? `the ${dataset.portfolioCodings.length} portfolio codings are not in the project (a case is a partnership)`
      : undefined,
  ].filter((note) => note !== undefined);
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const summary = `${out}: ${count(result.exported, "coding")} as coded selections in ${count(Object.keys(read.documents).length, "source")}, ${count(dataset.partnerships.length, "partnership")} as cases${notes.length > 0 ? `; ${notes.join("; ")}` : ""}`;
  if (result.unplaced.length > 0 || read.problems.length > 0) {
    io.stderr(`✗ ${summary}; ${result.unplaced.length} quotes could not be placed (listed above) and are not in it\n`);
    return EXIT.invalid;
  }
  io.stderr(`✓ ${summary}\n`);
  return EXIT.ok;
}

/** `paradiplomacy import-qdpx`: the codings of a REFI-QDA project as a dataset. */
export async function importQdpxCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    into: { type: "string" },
    "evidence-kind": { type: "string" },
  });
  if (values.help) return (io.stdout(`${IMPORT_QDPX_HELP}\n`), EXIT.ok);
  if (positionals.length !== 1) throw new UsageError("import-qdpx needs exactly one .qdpx file");
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError("import-qdpx needs --out <folder>, a new or empty folder");
  const existing = await readdir(out).catch(() => undefined);
  if (existing !== undefined && existing.length > 0)
    throw new UsageError(
      `--out ${JSON.stringify(out)} is not empty; import-qdpx writes only into a new or empty folder`,
    );
  const kind = values["evidence-kind"] as string | undefined;
  if (kind !== undefined && !(evidenceKinds.codes as readonly string[]).includes(kind))
    throw new UsageError(
      `--evidence-kind must be one of ${evidenceKinds.codes.join(", ")}, found ${JSON.stringify(kind)}`,
    );
  const registry = io.registry ?? frameworks;
  const file = positionals[0]!;
  const bytes = await readFile(file).catch(() => {
    throw new UsageError(`no such file: ${JSON.stringify(file)}`);
  });
  let project;
  try {
    project = readQdpx(new Uint8Array(bytes));
  } catch (error) {
    if (!(error instanceof QdpxError)) throw error;
    io.stderr(`✗ ${file}: ${error.message}\n`);
    return EXIT.invalid;
  }
  let into: ImportProjectOptions["into"];
  const intoPath = values.into as string | undefined;
  if (intoPath !== undefined) {
    const reading = await load(intoPath, registry);
    if (reading.problems.length > 0) {
      for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
      io.stderr(`✗ ${intoPath}: ${reading.problems.length} problems; fix them before importing into it\n`);
      return EXIT.invalid;
    }
    const loaded = await readDatasetFiles(intoPath);
    const files: DatasetFileTexts = {};
    if (loaded.texts.datapackage !== undefined) files["datapackage.json"] = loaded.texts.datapackage.text;
    for (const resource of RESOURCE_NAMES) {
      const text = loaded.texts.resources[resource]?.text;
      if (text !== undefined) files[RESOURCES[resource].path] = text;
    }
    into = { files, dataset: reading.dataset };
  }
  const result = importProject(project, { registry, into, evidenceKind: kind as EvidenceKind | undefined });
  for (const line of result.report.leftOut) io.stdout(`left out: ${line}\n`);
  for (const line of result.report.renamed) io.stdout(`renamed: ${line}\n`);
  for (const line of result.report.conflicts) io.stdout(`conflict: ${line}\n`);
  const validation = validateDataset(filesToTexts(result.files, `${out}/`), "imported", registry);
  if (result.report.missing.length > 0 || validation.problems.length > 0) {
    for (const line of result.report.missing) io.stdout(`missing: ${line}\n`);
    for (const problem of validation.problems) io.stdout(`${formatProblem(problem)}\n`);
    io.stderr(
      `✗ ${file}: the dataset would not be valid (${result.report.missing.length + validation.problems.length} problems above); nothing was written\n`,
    );
    return EXIT.invalid;
  }
  await mkdir(out, { recursive: true });
  for (const [name, text] of Object.entries(result.files)) await writeFileAtomic(join(out, name), text);
  if (Object.keys(result.sourceTexts).length > 0) {
    await mkdir(join(out, "sources"), { recursive: true });
    for (const [name, text] of Object.entries(result.sourceTexts))
      await writeFileAtomic(join(out, "sources", name), text);
  }
  const summary = `${out}: ${result.added} codings imported from ${file}${intoPath === undefined ? "" : ` into a copy of ${intoPath}`}`;
  if (result.report.conflicts.length > 0) {
    io.stderr(`✗ ${summary}; ${result.report.conflicts.length} conflicts left out (listed above)\n`);
    return EXIT.invalid;
  }
  io.stderr(`✓ ${summary}; check it with: paradiplomacy check-evidence ${out}\n`);
  return EXIT.ok;
}
