import { parseArgs, type ParseArgsConfig } from "node:util";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { formatProblem } from "../problem.ts";
import { readDataset, type DatasetReading } from "../dataset/readDataset.ts";
import type { ResourceName } from "../dataset/schemas.ts";
import { readDatasetFiles } from "../node/readDatasetFiles.ts";
import { writeFileAtomic } from "../node/writeFileAtomic.ts";
import { scoreDataset, type ScoreOptions } from "../score/scoreDataset.ts";
import { aggregateByLocalGovernment } from "../score/aggregateByLocalGovernment.ts";
import { toPublicJson } from "../score/toPublicJson.ts";
import { LOCAL_GOVERNMENT_COLUMNS, PARTNERSHIP_COLUMNS, localGovernmentRow, partnershipRow } from "../score/scoreRows.ts";
import { formatTable } from "../format/formatTable.ts";
import { formatCsv } from "../format/formatCsv.ts";
import { codebookCsv, codebookEntries, codebookMarkdown } from "../codebook/codebook.ts";
import { ELEMENT_ORDER } from "../frameworks/ringrose.ts";
import { frameworks } from "../frameworks/registry.ts";
import { decimalYear } from "../dataset/partialDate.ts";

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit statuses: 0 success, 1 invalid data, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {}

const DEFAULT_DATASET = fileURLToPath(new URL("../../datasets/indonesia", import.meta.url));

const HELP = {
  main: `paradiplomacy — a toolkit for the study of paradiplomacy

Usage: paradiplomacy <command> [options]

Commands:
  validate <path>…   check dataset folders or CSV files against the format and the codebook
  score <dataset>    score every partnership with every framework
  codebook           print the codebook generated from the frameworks

Options:
  -h, --help         show help (also: paradiplomacy <command> --help)

Exit status: 0 success, 1 invalid data, 2 usage error.`,
  validate: `Usage: paradiplomacy validate <dataset-folder or file>…

Checks types and constraints (Table Schemas), keys and references between
files, duplicates, and the codebook rules (known framework and indicator,
score on the scale, evidence and source for every score above 0). Prints
every problem as file:row:column: message (expected …, found …). Rows are
spreadsheet rows: the header is row 1.

Accepts UTF-8 with or without BOM, CRLF or LF, quoted fields with commas and
line breaks, and semicolon-delimited files (decimal commas allowed).

Exit status: 0 valid, 1 invalid, 2 usage error.`,
  score: `Usage: paradiplomacy score <dataset> [options]

Options:
  --format table|csv|json   output format (default: table)
  --out FILE                write to FILE atomically instead of standard output
  --by partnership|local-government
                            one result per partnership (default) or per local government
  --coder NAME              score only this coder's codings
  --as-of DATE              reference date for the stalled flag (default: latest event)
  --stalled-after YEARS     years without a realised event before a partnership is stalled (default: 3)
  --weights LIST            Ringrose weights, e.g. commitment=2,reciprocity=2 (default: equal)

An invalid dataset is not scored: its problems are printed and the exit status is 1.`,
  codebook: `Usage: paradiplomacy codebook [options]

Options:
  --format md|csv|json   output format (default: md)
  --lang id|en           language of the Markdown codebook (default: en)
  --dataset PATH         dataset whose codings give the examples (default: the shipped Indonesian dataset)
  --out FILE             write to FILE atomically instead of standard output`,
} as const;

function parse(args: string[], options: ParseArgsConfig["options"], allowPositionals = true): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(", ")}, found ${JSON.stringify(value)}`);
  return value as T;
}

async function load(path: string): Promise<DatasetReading & { readProblems: number }> {
  const loaded = await readDatasetFiles(path);
  const reading = readDataset(loaded.texts, loaded.name);
  return { ...reading, problems: [...loaded.problems, ...reading.problems], readProblems: loaded.problems.length };
}

async function emit(io: Io, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  else await writeFileAtomic(out, text.endsWith("\n") ? text : `${text}\n`);
}

async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help) return io.stdout(`${HELP.validate}\n`), EXIT.ok;
  if (positionals.length === 0) throw new UsageError("validate needs at least one dataset folder or file");
  let invalid = false;
  for (const path of positionals) {
    const reading = await load(path);
    if (reading.problems.length > 0) {
      invalid = true;
      for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
      io.stderr(`✗ ${path}: ${reading.problems.length} problem${reading.problems.length === 1 ? "" : "s"}\n`);
    } else {
      // Counted from the tables: the rows as objects are never built to validate.
      const count = (resource: ResourceName) => reading.tables[resource]?.length ?? 0;
      io.stderr(`✓ ${path}: valid (${count("partnerships")} partnerships, ${count("events")} events, ${count("codings")} codings, ${count("sources")} sources)\n`);
    }
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}

function parseWeights(text: string | undefined): ScoreOptions["weights"] {
  if (text === undefined) return undefined;
  const weights: Record<string, number> = {};
  for (const part of text.split(",")) {
    const [element, value] = part.split("=");
    if (!element || value === undefined || !ELEMENT_ORDER.includes(element.trim() as never) || !Number.isFinite(Number(value)) || Number(value) < 0)
      throw new UsageError(`--weights expects element=weight pairs with elements ${ELEMENT_ORDER.join(", ")} and weights ≥ 0, found ${JSON.stringify(part)}`);
    weights[element.trim()] = Number(value);
  }
  return weights;
}

async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    out: { type: "string" },
    by: { type: "string" },
    coder: { type: "string" },
    "as-of": { type: "string" },
    "stalled-after": { type: "string" },
    weights: { type: "string" },
  });
  if (values.help) return io.stdout(`${HELP.score}\n`), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError("score needs exactly one dataset folder");
  const format = choice(values.format as string | undefined, ["table", "csv", "json"] as const, "table", "format");
  const by = choice(values.by as string | undefined, ["partnership", "local-government"] as const, "partnership", "by");
  const asOf = values["as-of"] as string | undefined;
  if (asOf !== undefined) {
    try {
      decimalYear(asOf);
    } catch {
      throw new UsageError(`--as-of must be a year, year-month or date (YYYY, YYYY-MM, YYYY-MM-DD), found ${JSON.stringify(asOf)}`);
    }
  }
  const stalledAfter = values["stalled-after"] === undefined ? undefined : Number(values["stalled-after"]);
  if (stalledAfter !== undefined && !(stalledAfter > 0)) throw new UsageError(`--stalled-after must be a positive number of years, found ${JSON.stringify(values["stalled-after"])}`);
  const weights = parseWeights(values.weights as string | undefined);

  const reading = await load(positionals[0]!);
  if (reading.problems.length > 0) {
    for (const problem of reading.problems) io.stderr(`${formatProblem(problem)}\n`);
    io.stderr(`✗ ${positionals[0]}: ${reading.problems.length} problems; fix them before scoring (paradiplomacy validate ${positionals[0]})\n`);
    return EXIT.invalid;
  }
  const scores = scoreDataset(reading.dataset, { coder: values.coder as string | undefined, asOf, stalledAfterYears: stalledAfter, weights });
  let text: string;
  if (by === "local-government") {
    const aggregated = aggregateByLocalGovernment(scores);
    text =
      format === "json" ? JSON.stringify(aggregated, null, 2)
      : format === "csv" ? formatCsv(LOCAL_GOVERNMENT_COLUMNS, aggregated.map(localGovernmentRow))
      : `${formatTable(LOCAL_GOVERNMENT_COLUMNS, aggregated.map(localGovernmentRow))}\n\n${tableNotes(stalledAfter ?? 3)}`;
  } else {
    text =
      format === "json" ? JSON.stringify(scores.map(toPublicJson), null, 2)
      : format === "csv" ? formatCsv(PARTNERSHIP_COLUMNS, scores.map(partnershipRow))
      : `${formatTable(PARTNERSHIP_COLUMNS, scores.map(partnershipRow))}\n\n${tableNotes(stalledAfter ?? 3)}`;
  }
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}

async function codebookCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { format: { type: "string" }, lang: { type: "string" }, dataset: { type: "string" }, out: { type: "string" } }, false);
  if (values.help) return io.stdout(`${HELP.codebook}\n`), EXIT.ok;
  const format = choice(values.format as string | undefined, ["md", "csv", "json"] as const, "md", "format");
  const language = choice(values.lang as string | undefined, ["id", "en"] as const, "en", "lang");
  const datasetPath = (values.dataset as string | undefined) ?? (existsSync(DEFAULT_DATASET) ? DEFAULT_DATASET : undefined);
  let codings: DatasetReading["dataset"]["codings"] = [];
  if (datasetPath !== undefined) {
    const reading = await load(datasetPath);
    if (reading.problems.length > 0) {
      for (const problem of reading.problems) io.stderr(`${formatProblem(problem)}\n`);
      return EXIT.invalid;
    }
    codings = reading.dataset.codings;
  }
  const entries = codebookEntries(codings);
  const text = format === "json" ? JSON.stringify(entries, null, 2) : format === "csv" ? codebookCsv(entries) : codebookMarkdown(entries, language);
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}

/** Printed under score tables, so a quoted table carries its reading rules. */
const tableNotes = (stalledAfterYears: number) => [
  "Layers (Lecours): present = realised, partial = only planned or agreed on paper, absent = coded 0, not assessable = the source is silent (NA is never 0).",
  `success_index: weighted mean of the assessed Ringrose elements on [0, 1]; assessed says how many of five. ${frameworks.ringrose.notes[0]!.en}`,
  `stage: furthest stage reached by a realised event (Permendagri 25/2020); stalled: the source says so, or no realised event for ${stalledAfterYears} years before the reference date (--as-of; default the latest realised event in the data).`,
  "Evidence for every score: paradiplomacy score <dataset> --format json.",
].join("\n");

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = { validate: validateCommand, score: scoreCommand, codebook: codebookCommand };

/**
 * Runs the CLI with the given arguments (without `node` and the script) and
 * returns the exit status. Bad data and bad usage become messages, never
 * stack traces; only a bug in the toolkit itself escapes as an exception.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${HELP.main}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const handler = COMMANDS[command];
  if (handler === undefined) {
    io.stderr(`paradiplomacy: unknown command ${JSON.stringify(command)} (expected one of ${Object.keys(COMMANDS).join(", ")})\n\n${HELP.main}\n`);
    return EXIT.usage;
  }
  try {
    return await handler(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`paradiplomacy ${command}: ${error.message}\nSee: paradiplomacy ${command} --help\n`);
      return EXIT.usage;
    }
    if ((error as NodeJS.ErrnoException).code !== undefined && (error as NodeJS.ErrnoException).syscall !== undefined) {
      io.stderr(`paradiplomacy ${command}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
