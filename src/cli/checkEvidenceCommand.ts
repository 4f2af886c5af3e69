import { stat } from "node:fs/promises";
import { join } from "node:path";
import { frameworks } from "../frameworks/registry.ts";
import { readSourceDocuments } from "../node/readSourceDocuments.ts";
import { appendProblems, formatProblem, type Problem } from "../problem.ts";
import { checkQuotes, type QuoteOnPage } from "../validate/checkEvidence.ts";
import { EXIT, UsageError, load, parse, type Io } from "./common.ts";

export const CHECK_EVIDENCE_HELP = `Usage: paradiplomacy check-evidence <dataset> [--sources <folder>]

Checks that every quote in codings.csv and portfolio_codings.csv (their
evidence column) appears in the document of the source it cites. The folder
(default: the dataset's own sources/ folder) holds the source documents, each
named as the source's id in sources.csv, with or without its extension:
000_3d052c1bdfd84016.txt may be 000_3d052c1bdfd84016.pdf. Formats: plain text
and Markdown (UTF-8), PDF (its text layer) and Word .docx.

A quote is found across line and page breaks, a word hyphenated at a line end
(ekono-/mi) and a hyphenated word broken at its hyphen (acara-/acara); white
space, Markdown emphasis and straight versus curly quotes are ignored, and a
quote may leave text out with "..." or "…". Each quote not found is printed
as file:row:column with the nearest passage. For a PDF, the page of every
quote found is printed, and a locator naming another page is a problem.

The documents of the shipped dataset (datasets/indonesia) are not distributed
with the toolkit: docs/sources.md gives each one's bibliographic details and,
where one is known, its address.

Options:
  --sources FOLDER   the folder of the source documents (default: <dataset>/sources)

Exit status: 0 every quote found, 1 a quote not found or not checkable, a
locator that disagrees, or the dataset invalid, 2 usage error (a missing
dataset or sources folder).`;

/** `paradiplomacy check-evidence`: every quote in the document of its source. */
export async function checkEvidenceCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { sources: { type: "string" } });
  if (values.help) return (io.stdout(`${CHECK_EVIDENCE_HELP}\n`), EXIT.ok);
  if (positionals.length !== 1) throw new UsageError("check-evidence needs exactly one dataset folder");
  const path = positionals[0]!;
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new UsageError(`no such dataset folder: ${JSON.stringify(path)}`);
  if (!info.isDirectory())
    throw new UsageError(
      `check-evidence needs a dataset folder, found the file ${JSON.stringify(path)} (a partnership is scored from all the dataset's files)`,
    );
  const given = values.sources as string | undefined;
  const folder = given ?? join(path, "sources");
  if (!(await stat(folder).catch(() => undefined))?.isDirectory())
    throw new UsageError(
      given === undefined
        ? `the dataset has no sources folder (${JSON.stringify(folder)}): put the source documents there, named by their ids, or give --sources <folder>`
        : `--sources ${JSON.stringify(given)}: no such folder`,
    );
  const reading = await load(path, io.registry ?? frameworks);
  if (reading.problems.length > 0) {
    for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
    io.stderr(
      `✗ ${path}: ${reading.problems.length} problems; fix them before checking quotes (paradiplomacy validate ${path})\n`,
    );
    return EXIT.invalid;
  }
  const quoted = [...reading.dataset.codings, ...reading.dataset.portfolioCodings].filter(
    (coding) => coding.evidence !== null && coding.source !== null,
  );
  const read = await readSourceDocuments(folder, new Set(quoted.map((coding) => coding.source!)));
  const problems: Problem[] = [...read.problems];
  const onPages: QuoteOnPage[] = [];
  for (const table of [reading.tables.codings, reading.tables.portfolio_codings]) {
    if (table === undefined) continue;
    const check = checkQuotes(table, read.documents, read.unreadable);
    appendProblems(problems, check.problems);
    onPages.push(...check.onPages);
  }
  if (onPages.length > 0) {
    io.stdout("Pages of the quotes found in PDFs:\n");
    for (const quote of onPages)
      io.stdout(`${quote.file}:${quote.row}:${quote.column}: ${quote.pages} of ${quote.document}\n`);
  }
  for (const problem of problems) io.stdout(`${formatProblem(problem)}\n`);
  const unchecked = quoted.filter((coding) => read.unreadable.has(coding.source!)).length;
  const notFound = problems.filter((problem) => problem.field === "evidence").length;
  const locators = problems.filter((problem) => problem.field === "locator").length;
  if (problems.length > 0) {
    const parts = [
      notFound > 0 ? `${notFound} of ${quoted.length} quotes not found in their sources` : undefined,
      unchecked > 0
        ? `${unchecked} not checkable (${read.unreadable.size} source${read.unreadable.size === 1 ? "" : "s"} unreadable)`
        : undefined,
      locators > 0 ? `${locators} locator${locators === 1 ? "" : "s"} disagreeing with the page` : undefined,
    ].filter((part) => part !== undefined);
    io.stderr(`✗ ${path}: ${parts.join("; ")} (${folder})\n`);
    return EXIT.invalid;
  }
  io.stderr(`✓ ${path}: all ${quoted.length} quotes found in their sources (${folder})\n`);
  return EXIT.ok;
}
