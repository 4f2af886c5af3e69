import { fileURLToPath } from "node:url";
import { EXIT, UsageError, choice, emit, load, parse, refuseOverwritingInput, type Io } from "./common.ts";
import { reliabilityCommand } from "./reliabilityCommand.ts";
import { qcaCommand } from "./qcaCommand.ts";
import { sensitivityCommand } from "./sensitivityCommand.ts";
import { statsCommand } from "./statsCommand.ts";

export type { Io } from "./common.ts";
import { existsSync } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { RESOURCES, RESOURCE_NAMES } from "../dataset/schemas.ts";
import { newDatasetDescriptor } from "../dataset/checkDataPackage.ts";
import { slugify } from "../schema/slugify.ts";
import { formatProblem } from "../problem.ts";
import type { DatasetReading } from "../dataset/readDataset.ts";
import type { ResourceName } from "../dataset/schemas.ts";
import { writeFileAtomic } from "../node/writeFileAtomic.ts";
import { scoreDataset } from "../score/scoreDataset.ts";
import { aggregateByLocalGovernment } from "../score/aggregateByLocalGovernment.ts";
import { scorePortfolios } from "../score/scorePortfolios.ts";
import { toPublicJson } from "../score/toPublicJson.ts";
import { localGovernmentSummary, partnershipSummary, type Summary } from "../score/scoreRows.ts";
import { formatTable } from "../format/formatTable.ts";
import { wrapWords } from "../format/wrapWords.ts";
import { TERMINAL_WIDTH } from "./paragraph.ts";
import { formatCsv, type FormatCsvOptions } from "../format/formatCsv.ts";
import { codebookCsv, codebookEntries, codebookMarkdown } from "../codebook/codebook.ts";
import { refiQdaCodebook } from "../codebook/refiQdaCodebook.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { parseOptionText } from "../frameworks/options.ts";
import type { FrameworkOption, SummaryValue } from "../frameworks/types.ts";
import { evidenceKinds, type EvidenceKind } from "../dataset/vocabularies.ts";
import { checkEvidenceCommand } from "./checkEvidenceCommand.ts";
import { exportQdpxCommand, importQdpxCommand } from "./qdpxCommands.ts";

const DEFAULT_DATASET = fileURLToPath(new URL("../../datasets/indonesia", import.meta.url));

const HELP = {
  main: `paradiplomacy — a toolkit for the study of paradiplomacy

Usage: paradiplomacy <command> [options]

Commands:
  init <folder>      start a new, empty dataset (the CSV files with their headers and datapackage.json)
  validate <path>…   check dataset folders or CSV files against the format and the codebook
  check-evidence <dataset> [--sources <folder>]
                     check that every quote appears in the source document it cites (.txt, .md, .pdf, .docx)
  export-qdpx <dataset> --out study.qdpx
                     the dataset and its source documents as a REFI-QDA project (ATLAS.ti, NVivo, MAXQDA, QualCoder)
  import-qdpx <study.qdpx> --out <folder> [--into <dataset>]
                     the codings of a REFI-QDA project coded with the codebook, as a dataset
  score <dataset>    score every partnership with every framework
  codebook           print the codebook generated from the frameworks
  reliability <dataset or codings.csv>…
                     agreement between coders (Krippendorff's alpha, kappa) and the disagreements to resolve;
                     --matrix FILE --level LEVEL for reliability data in the generic form
  qca <table.csv or dataset> --outcome NAME
                     Qualitative Comparative Analysis: truth table, necessity, conservative and parsimonious solutions
  sensitivity <dataset>
                     how robust the conditions score's ranking is to weights, aggregation and NA (rank intervals)
  stats <dataset>    which measures go together (Spearman, with n and permutation p), whether groups differ
                     (--by COLUMN), and the implementation rates with Wilson intervals
  data-path          print where the shipped dataset (datasets/indonesia) is, once installed:
                     paradiplomacy validate "$(paradiplomacy data-path)"

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
  --csv-delimiter , or ;    the CSV delimiter (default ,); ; suits spreadsheets in comma-decimal locales
  --bom                     start the CSV with a byte-order mark, so that Excel reads it as UTF-8
  --evidence KINDS          score only with evidence of these kinds, e.g. finding or finding,secondary
                            (kinds: finding, argument, secondary, inference; default: all)
  --columns A,B,…           the table's columns, e.g. id,conditions_score,not_met (default: those that fit
                            120 columns of id, highest, conditions_score, conditions_assessed, stage, stalled, rate)
  --wide                    the table with every column (CSV and JSON always have every column)
{frameworkOptions}

An invalid dataset is not scored: its problems are printed and the exit status is 1.`,
  codebook: `Usage: paradiplomacy codebook [options]

Options:
  --format md|csv|json|qdc
                         output format (default: md); qdc is the REFI-QDA codebook exchange format
                         (QDA-XML), which ATLAS.ti, NVivo, MAXQDA and QualCoder import
  --lang id|en           language of the Markdown and QDC codebook (default: en)
  --dataset PATH         dataset whose codings give the examples (default: the shipped Indonesian dataset)
  --out FILE             write to FILE atomically instead of standard output`,
} as const;

/** Every framework option of a registry, with the framework it belongs to; flags must be unique. */
function frameworkOptions(
  registry: Registry,
): Array<{ framework: string; key: string; option: FrameworkOption<unknown> }> {
  const entries = Object.keys(registry).flatMap((framework) =>
    Object.entries(registry[framework]!.options as Record<string, FrameworkOption<unknown>>).map(([key, option]) => ({
      framework,
      key,
      option,
    })),
  );
  const flags = entries.map((entry) => entry.option.flag);
  const repeated = flags.find((flag, index) => flags.indexOf(flag) !== index);
  if (repeated !== undefined) throw new Error(`two framework options use the flag --${repeated}`);
  return entries;
}

/** Scoring needs the whole dataset: a single file is refused rather than scored as an empty dataset. */
async function requireFolder(path: string, command: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined)
    throw new UsageError(
      `no such folder ${JSON.stringify(path)}${
        /(^|[\\/])datasets[\\/]indonesia[\\/]?$/.test(path)
          ? `; the dataset shipped with the toolkit is at ${DEFAULT_DATASET} (paradiplomacy data-path prints it)`
          : ""
      }`,
    );
  if (!info.isDirectory())
    throw new UsageError(
      `${command} needs a dataset folder, found the file ${JSON.stringify(path)} (a partnership is scored from all the dataset's files)`,
    );
}

/** The kinds of evidence named by `--evidence`, checked against the vocabulary. */
function evidenceOption(text: string | undefined): EvidenceKind[] | undefined {
  if (text === undefined) return undefined;
  const kinds = text.split(",").map((kind) => kind.trim());
  for (const kind of kinds)
    if (!(evidenceKinds.codes as readonly string[]).includes(kind))
      throw new UsageError(
        `--evidence: unknown kind of evidence ${JSON.stringify(kind)} (expected one or more of ${evidenceKinds.codes.join(", ")}, separated by commas)`,
      );
  return kinds as EvidenceKind[];
}

function scoreHelp(registry: Registry): string {
  const lines = frameworkOptions(registry).map(
    ({ framework, option }) => `  --${`${option.flag} VALUE`.padEnd(24)}${option.description.en} [${framework}]`,
  );
  return HELP.score.replace("{frameworkOptions}", lines.join("\n"));
}

async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help) return (io.stdout(`${HELP.validate}\n`), EXIT.ok);
  if (positionals.length === 0) throw new UsageError("validate needs at least one dataset folder or file");
  let invalid = false;
  for (const path of positionals) {
    const reading = await load(path, io.registry ?? frameworks);
    if (reading.problems.length > 0) {
      invalid = true;
      for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
      io.stderr(`✗ ${path}: ${reading.problems.length} problem${reading.problems.length === 1 ? "" : "s"}\n`);
    } else {
      // Counted from the tables: the rows as objects are never built to validate.
      const count = (resource: ResourceName) => reading.tables[resource]?.length ?? 0;
      io.stderr(
        `✓ ${path}: valid (${count("partnerships")} partnerships, ${count("events")} events, ${count("codings")} codings, ${count("sources")} sources)\n`,
      );
    }
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}

/** A summary as text: NA for missing values, yes and no for flags, numbers as they are. */
const cellText = (value: SummaryValue) =>
  value === null ? "NA" : typeof value === "boolean" ? (value ? "yes" : "no") : String(value);

/** The table's columns when none are asked for: the figures a reader looks at first, in a terminal of 120 columns. */
const COMPACT_COLUMNS = [
  "id",
  "highest",
  "conditions_score",
  "conditions_assessed",
  "mean_conditions_score",
  "partnerships",
  "scores_averaged",
  "stage",
  "furthest_stage",
  "stalled",
  "stalled_partnerships",
  "rate",
  "action_plan_rate",
];

/** What the table shows: every column, the columns asked for (each checked), or the compact default. */
type TableColumns = { kind: "wide" } | { kind: "chosen"; names: string[] } | { kind: "compact" };

/** The positions of the columns a table shows. The compact default drops its last columns until the table fits. */
function tableColumns(summary: Summary, rows: string[][], choice: TableColumns): number[] {
  const all = summary.columns.map((_, index) => index);
  if (choice.kind === "wide") return all;
  if (choice.kind === "chosen")
    return choice.names.map((name) => {
      const index = summary.columns.indexOf(name);
      if (index === -1)
        throw new UsageError(
          `--columns: there is no column ${JSON.stringify(name)} (the columns are ${summary.columns.join(", ")})`,
        );
      return index;
    });
  const width = (columns: number[]) =>
    columns.reduce(
      (sum, column) =>
        sum + 2 + rows.reduce((most, row) => Math.max(most, row[column]!.length), summary.columns[column]!.length),
      -2,
    );
  const preferred = all.filter((index) => COMPACT_COLUMNS.includes(summary.columns[index]!));
  const columns = preferred.length > 1 ? preferred : all;
  while (columns.length > 1 && width(columns) > TERMINAL_WIDTH) columns.pop();
  return columns;
}

function formatSummary(
  summary: Summary,
  format: "table" | "csv",
  csv: FormatCsvOptions = {},
  choice: TableColumns = { kind: "compact" },
): string {
  // In CSV numbers stay numbers, so that no spreadsheet reads them as text or dates.
  if (format === "csv")
    return formatCsv(
      summary.columns,
      summary.rows.map((row) => row.map((value) => (typeof value === "number" ? value : cellText(value)))),
      csv,
    );
  const rows = summary.rows.map((row) => row.map(cellText));
  const shown = tableColumns(summary, rows, choice);
  const names = shown.map((index) => summary.columns[index]!);
  const legend = summary.legend
    .filter((entry) => names.includes(entry.column))
    .flatMap((entry) =>
      wrapWords(`${entry.column}: ${entry.description}.`, TERMINAL_WIDTH - 2).map((line, index) =>
        index === 0 ? line : `  ${line}`,
      ),
    );
  const hidden = summary.columns.filter((name) => !names.includes(name));
  return [
    formatTable(
      names,
      rows.map((row) => shown.map((index) => row[index]!)),
    ),
    "",
    ...(hidden.length > 0
      ? [
          `${names.length} of ${summary.columns.length} columns shown; the others with --wide or --columns A,B,…, and always in --format csv or json:`,
          ...wrapWords(hidden.join(", "), TERMINAL_WIDTH - 2).map((line) => `  ${line}`),
        ]
      : []),
    "NA: the source is silent (never counted as 0).",
    ...legend,
    "Evidence for every score: paradiplomacy score <dataset> --format json.",
  ].join("\n");
}

async function scoreCommand(args: string[], io: Io): Promise<number> {
  const registry: Registry = io.registry ?? frameworks;
  const optionsOfFrameworks = frameworkOptions(registry);
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    out: { type: "string" },
    by: { type: "string" },
    coder: { type: "string" },
    evidence: { type: "string" },
    "csv-delimiter": { type: "string" },
    bom: { type: "boolean" },
    columns: { type: "string" },
    wide: { type: "boolean" },
    ...Object.fromEntries(optionsOfFrameworks.map(({ option }) => [option.flag, { type: "string" as const }])),
  });
  if (values.help) return (io.stdout(`${scoreHelp(registry)}\n`), EXIT.ok);
  if (positionals.length !== 1) throw new UsageError("score needs exactly one dataset folder");
  await requireFolder(positionals[0]!, "score");
  await refuseOverwritingInput(values.out as string | undefined, positionals[0]);
  const format = choice(values.format as string | undefined, ["table", "csv", "json"] as const, "table", "format");
  const by = choice(values.by as string | undefined, ["partnership", "local-government"] as const, "partnership", "by");
  const evidence = evidenceOption(values.evidence as string | undefined);
  const columnsText = values.columns as string | undefined;
  if ((columnsText !== undefined || values.wide === true) && format !== "table")
    throw new UsageError("--columns and --wide choose the table's columns; CSV and JSON always have every column");
  if (columnsText !== undefined && values.wide === true) throw new UsageError("give --columns or --wide, not both");
  const tableChoice: TableColumns =
    values.wide === true
      ? { kind: "wide" }
      : columnsText !== undefined
        ? {
            kind: "chosen",
            names: columnsText
              .split(",")
              .map((name) => name.trim())
              .filter(Boolean),
          }
        : { kind: "compact" };
  const csvOptions: FormatCsvOptions = {
    delimiter: choice(values["csv-delimiter"] as string | undefined, [",", ";"] as const, ",", "csv-delimiter"),
    bom: values.bom === true,
  };
  // Each framework's options from their flags, read by their type and checked by the framework's own checks.
  const options: Record<string, Record<string, unknown>> = {};
  for (const { framework, key, option } of optionsOfFrameworks) {
    const text = values[option.flag] as string | undefined;
    if (text === undefined) continue;
    try {
      const value = parseOptionText(option.type, text);
      option.check(value);
      (options[framework] ??= {})[key] = value;
    } catch (error) {
      throw new UsageError(`--${option.flag}: ${(error as Error).message}`);
    }
  }

  const reading = await load(positionals[0]!, registry);
  if (reading.problems.length > 0) {
    for (const problem of reading.problems) io.stderr(`${formatProblem(problem)}\n`);
    io.stderr(
      `✗ ${positionals[0]}: ${reading.problems.length} problems; fix them before scoring (paradiplomacy validate ${positionals[0]})\n`,
    );
    return EXIT.invalid;
  }
  const coder = values.coder as string | undefined;
  if (coder !== undefined) {
    const coders = [...new Set(reading.dataset.codings.map((coding) => coding.coder))].sort();
    if (!coders.includes(coder))
      throw new UsageError(
        `--coder: no codings by ${JSON.stringify(coder)} in ${positionals[0]} (coders: ${coders.join(", ") || "none"})`,
      );
  }
  const scores = scoreDataset(reading.dataset, { coder, options, registry, evidence });
  let text: string;
  if (by === "local-government") {
    const portfolios = scorePortfolios(reading.dataset, { coder, options, registry, evidence });
    const aggregated = aggregateByLocalGovernment(scores, registry, portfolios);
    text =
      format === "json"
        ? JSON.stringify(aggregated, null, 2)
        : formatSummary(localGovernmentSummary(aggregated, registry), format, csvOptions, tableChoice);
  } else {
    text =
      format === "json"
        ? JSON.stringify(
            scores.map((score) => toPublicJson(score, registry)),
            null,
            2,
          )
        : formatSummary(partnershipSummary(scores, registry), format, csvOptions, tableChoice);
  }
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}

async function codebookCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(
    args,
    { format: { type: "string" }, lang: { type: "string" }, dataset: { type: "string" }, out: { type: "string" } },
    false,
  );
  if (values.help) return (io.stdout(`${HELP.codebook}\n`), EXIT.ok);
  const format = choice(values.format as string | undefined, ["md", "csv", "json", "qdc"] as const, "md", "format");
  const language = choice(values.lang as string | undefined, ["id", "en"] as const, "en", "lang");
  const datasetPath =
    (values.dataset as string | undefined) ?? (existsSync(DEFAULT_DATASET) ? DEFAULT_DATASET : undefined);
  await refuseOverwritingInput(values.out as string | undefined, datasetPath);
  let codings: DatasetReading["dataset"]["codings"] = [];
  if (datasetPath !== undefined) {
    const reading = await load(datasetPath, io.registry ?? frameworks);
    if (reading.problems.length > 0) {
      for (const problem of reading.problems) io.stderr(`${formatProblem(problem)}\n`);
      return EXIT.invalid;
    }
    codings = reading.dataset.codings;
  }
  const registry: Registry = io.registry ?? frameworks;
  const entries = codebookEntries(codings, registry);
  const text =
    format === "qdc"
      ? refiQdaCodebook({ language, registry })
      : format === "json"
        ? JSON.stringify(entries, null, 2)
        : format === "csv"
          ? codebookCsv(entries)
          : codebookMarkdown(entries, language, registry);
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}

async function dataPathCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {}, false);
  if (values.help)
    return (
      io.stdout(
        'Usage: paradiplomacy data-path\n\nPrints the folder of the dataset shipped with the toolkit (datasets/indonesia), wherever it is installed,\nfor example inside node_modules. Use it as a path:\n\n  paradiplomacy score "$(paradiplomacy data-path)"\n',
      ),
      EXIT.ok
    );
  if (!existsSync(DEFAULT_DATASET)) {
    io.stderr(`paradiplomacy data-path: the shipped dataset is missing from this installation (${DEFAULT_DATASET})\n`);
    return EXIT.invalid;
  }
  io.stdout(`${DEFAULT_DATASET}\n`);
  return EXIT.ok;
}

async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help)
    return (
      io.stdout(
        "Usage: paradiplomacy init <folder>\n\nWrites an empty dataset into a new or empty folder: every CSV file of the format with its\nheader row, and a datapackage.json describing them. It validates as it is; fill in the rows.\n",
      ),
      EXIT.ok
    );
  if (positionals.length !== 1) throw new UsageError("init needs exactly one folder");
  const folder = positionals[0]!;
  const existing = await readdir(folder).catch(() => undefined);
  if (existing !== undefined && existing.length > 0)
    throw new UsageError(
      `${JSON.stringify(folder)} is not empty; init writes a new dataset only into a new or empty folder`,
    );
  await mkdir(folder, { recursive: true });
  const name = slugify(basename(resolve(folder))) || "dataset";
  const descriptor = newDatasetDescriptor(
    name,
    "A dataset of paradiplomacy: partnerships, their events and codings, and the sources they cite.",
  );
  for (const resource of RESOURCE_NAMES) {
    const header = RESOURCES[resource].schema.fields.map((field) => field.name);
    await writeFileAtomic(join(folder, RESOURCES[resource].path), formatCsv(header, []));
  }
  await writeFileAtomic(join(folder, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  io.stderr(
    `✓ ${folder}: an empty dataset (${RESOURCE_NAMES.map((resource) => RESOURCES[resource].path).join(", ")}, datapackage.json); check it with: paradiplomacy validate ${folder}\n`,
  );
  return EXIT.ok;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  init: initCommand,
  validate: validateCommand,
  "check-evidence": checkEvidenceCommand,
  "export-qdpx": exportQdpxCommand,
  "import-qdpx": importQdpxCommand,
  score: scoreCommand,
  codebook: codebookCommand,
  reliability: reliabilityCommand,
  qca: qcaCommand,
  sensitivity: sensitivityCommand,
  stats: statsCommand,
  "data-path": dataPathCommand,
};

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
    io.stderr(
      `paradiplomacy: unknown command ${JSON.stringify(command)} (expected one of ${Object.keys(COMMANDS).join(", ")})\n\n${HELP.main}\n`,
    );
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
