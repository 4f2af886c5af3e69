import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { qcaDataFromScores, registrySets } from "../analysis/qcaFromScores.ts";
import { formatTable } from "../format/formatTable.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { readTextFile } from "../node/readTextFile.ts";
import { formatProblem } from "../problem.ts";
import { qca, type QcaResult } from "../qca/qca.ts";
import type { QcaData } from "../qca/qcaData.ts";
import { readQcaTable } from "../qca/readQcaTable.ts";
import { scoreDataset } from "../score/scoreDataset.ts";
import { EXIT, UsageError, emit, load, parse, type Io } from "./common.ts";
import { paragraph } from "./paragraph.ts";

const QCA_HELP = `Usage: paradiplomacy qca <table.csv> --outcome NAME [options]
       paradiplomacy qca <dataset> --outcome SET --conditions A,B,… [options]

Qualitative Comparative Analysis: the truth table, the necessity of each
condition and its negation, and the conservative and parsimonious solutions
(Quine–McCluskey), with inclusion, PRI and coverage, written as the QCA
literature writes them: ~A for not A, * for and, + for or.

A table has one row per case: a case column, the condition columns and the
outcome column, each a membership (0 or 1, or in [0, 1] with --fuzzy). A table
with no case column (R's write.csv(row.names = FALSE) writes one) names its
cases by their row numbers, 1 for the first row after the header, as R's QCA
does, and says so.
A dataset gives the sets its frameworks define, calibrated (a middle score of
a 0–2 scale is 0.33, never 0.5); a partnership with NA in a chosen set is
left out and listed.

The output flags limited diversity (how many of the 2^k configurations of k
conditions hold a case: the parsimonious solution makes assumptions about the
rest), and every term and model whose inclusion is below --incl-cut.

Sets of a dataset:
{sets}

Options:
  --outcome NAME        the outcome column or set (required)
  --conditions A,B,…    the conditions (default for a table: every other column but case)
  --fuzzy               memberships may lie between 0 and 1 (a table)
  --incl-cut X          the lowest inclusion of a sufficient configuration (default 0.8)
  --n-cut N             the fewest cases a configuration needs (default 1)
  --max-models N        list at most N models of each solution (default 100); the output says how many there are
  --json                print {"truth_table", "solutions": {"conservative", "parsimonious"}, "necessity",
                        "models_total", "diversity", "sets", …}
  --out FILE            write to FILE atomically instead of standard output

Exit status: 0 success, 1 invalid data, 2 usage error.`;

const number = (value: number | null) => (value === null ? "NA" : value.toFixed(3));

/** What the text output says besides the result: how the cases were named, and what the sets mean. */
interface QcaContext {
  leftOut: Array<{ case: string; missing: string[] }>;
  casesNamedByRow: boolean;
  /** Each set's name and what it stands for (a dataset's sets). */
  sets: Array<{ name: string; description: string }>;
  inclCut: number;
  maxModels: number;
}

function qcaText(result: QcaResult, data: QcaData, context: QcaContext): string {
  const { leftOut, casesNamedByRow, sets, inclCut, maxModels } = context;
  const { observed, possible } = result.diversity;
  const below = (inclusion: number | null) =>
    inclusion !== null && inclusion < inclCut ? `below ${number(inclCut)}` : "";
  const lines = [
    `Outcome: ${data.outcomeName}; conditions: ${data.conditions.join(", ")}; ${data.cases.length} cases.`,
    // Prose wrapped to the terminal's 120 columns; the tables below keep one row a line.
    ...sets.flatMap((set) => paragraph(`${set.name}: ${set.description}`, "  ")),
    ...(casesNamedByRow
      ? paragraph(
          "The table has no case column: its cases are named by their row numbers (1 = the first row after the header), as R's QCA names them.",
        )
      : []),
    ...(leftOut.length > 0
      ? paragraph(`Left out (NA): ${leftOut.map((entry) => `${entry.case} (${entry.missing.join(", ")})`).join("; ")}.`)
      : []),
    ...(result.ambiguous.length > 0
      ? paragraph(`Left out (a membership of exactly 0.5): ${result.ambiguous.join(", ")}.`)
      : []),
    ...paragraph(
      observed < possible
        ? `Limited diversity: ${observed} of the ${possible} configurations of ${data.conditions.length} conditions hold a case; the parsimonious solution assumes whatever simplifies it about the other ${possible - observed} (logical remainders). Read the solutions as descriptions of these ${data.cases.length} cases, not as a general pattern.`
        : `Every one of the ${possible} configurations of ${data.conditions.length} conditions holds a case.`,
    ),
    "",
    "Truth table",
    formatTable(
      [...data.conditions, "OUT", "n", "incl", "PRI", "cases"],
      result.truth_table.map((row) => [
        ...row.configuration.map(String),
        String(row.outcome),
        String(row.n),
        number(row.inclusion),
        number(row.pri),
        row.cases.join(", "),
      ]),
    ),
  ];
  for (const kind of ["conservative", "parsimonious"] as const) {
    const solutions = result.solutions[kind];
    const total = result.models_total[kind];
    const capped = total > solutions.length;
    lines.push(
      "",
      `${kind[0]!.toUpperCase()}${kind.slice(1)} solution${total > 1 ? "s" : ""}${
        total > 1
          ? ` (model ambiguity: ${result.models_total.exact ? "" : "at least "}${total} models, each as minimal as the others, fit the truth table)`
          : ""
      }`,
    );
    if (capped)
      lines.push(
        `${solutions.length} of ${result.models_total.exact ? "" : "at least "}${total} models shown; --max-models ${Math.max(total, maxModels + 1)} lists more.`,
      );
    if (solutions.length === 0) lines.push("(none: no configuration is sufficient)");
    if (!result.complete[kind])
      lines.push("The search stopped at its budget: the smallest solutions found, not proven minimal.");
    solutions.forEach((solution, index) => {
      const flagged = [solution.inclusion, ...solution.terms.map((term) => term.inclusion)].some(
        (inclusion) => below(inclusion) !== "",
      );
      lines.push(
        `M${index + 1}: ${solution.expression} -> ${data.outcomeName}`,
        formatTable(
          ["term", "incl", "PRI", "cov.r", "cov.u", ...(flagged ? ["incl cut"] : [])],
          [
            ...solution.terms.map((term) => [
              term.expression,
              number(term.inclusion),
              number(term.pri),
              number(term.raw_coverage),
              number(term.unique_coverage),
              ...(flagged ? [below(term.inclusion)] : []),
            ]),
            [
              `M${index + 1}`,
              number(solution.inclusion),
              number(solution.pri),
              number(solution.coverage),
              "",
              ...(flagged ? [below(solution.inclusion)] : []),
            ],
          ],
        ),
      );
      if (below(solution.inclusion) !== "")
        lines.push(
          `M${index + 1}'s inclusion, ${number(solution.inclusion)}, is below the inclusion cut ${number(inclCut)}: it is not sufficient for ${data.outcomeName} at that cut.`,
        );
    });
  }
  lines.push(
    "",
    "Necessity",
    formatTable(
      ["condition", "incl", "cov", "RoN"],
      result.necessity.map((row) => [
        row.condition,
        number(row.inclusion),
        number(row.coverage),
        number(row.relevance),
      ]),
    ),
  );
  return lines.join("\n");
}

function cut(text: string | undefined, option: string, fallback: number, integer: boolean): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || (integer ? !Number.isInteger(value) || value < 1 : value <= 0 || value > 1))
    throw new UsageError(
      `--${option} must be ${integer ? "a whole number of at least 1" : "a number above 0 and at most 1"}, found ${JSON.stringify(text)}`,
    );
  return value;
}

/** Runs `paradiplomacy qca`. */
export async function qcaCommand(args: string[], io: Io): Promise<number> {
  const registry: Registry = io.registry ?? frameworks;
  const { values, positionals } = parse(args, {
    outcome: { type: "string" },
    conditions: { type: "string" },
    fuzzy: { type: "boolean" },
    "incl-cut": { type: "string" },
    "n-cut": { type: "string" },
    "max-models": { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
  });
  if (values.help)
    return (
      io.stdout(
        `${QCA_HELP.replace(
          "{sets}",
          registrySets(registry)
            .map((entry) => `  ${entry.set.name.padEnd(8)}${entry.set.description.en} [${entry.framework}]`)
            .join("\n"),
        )}\n`,
      ),
      EXIT.ok
    );
  if (positionals.length !== 1) throw new UsageError("qca needs exactly one table or dataset");
  const outcome = values.outcome as string | undefined;
  if (outcome === undefined || outcome === "") throw new UsageError("--outcome is required");
  const conditions = (values.conditions as string | undefined)
    ?.split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const inclCut = cut(values["incl-cut"] as string | undefined, "incl-cut", 0.8, false);
  const nCut = cut(values["n-cut"] as string | undefined, "n-cut", 1, true);
  const maxModels = cut(values["max-models"] as string | undefined, "max-models", 100, true);
  const path = positionals[0]!;
  const info = await stat(path).catch(() => undefined);
  let data: QcaData;
  let leftOut: Array<{ case: string; missing: string[] }> = [];
  let casesNamedByRow = false;
  let sets: QcaContext["sets"] = [];
  if (info?.isDirectory()) {
    if (conditions === undefined || conditions.length === 0)
      throw new UsageError("a dataset needs --conditions (the sets to compare)");
    const reading = await load(path, registry);
    if (reading.problems.length > 0) {
      for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
      return EXIT.invalid;
    }
    try {
      ({ data, leftOut } = qcaDataFromScores(scoreDataset(reading.dataset, { registry }), {
        outcome,
        conditions,
        registry,
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const described = registrySets(registry);
    sets = [...conditions, outcome].map((name) => ({
      name,
      description: described.find((entry) => entry.set.name === name)!.set.description.en,
    }));
  } else {
    const read = await readTextFile(dirname(resolve(path)), basename(path), path);
    if (!("text" in read)) {
      io.stdout(`${"problem" in read ? formatProblem(read.problem) : `${path}:0:0: no such file`}\n`);
      return EXIT.invalid;
    }
    const table = readQcaTable(read.text, path, { outcome, conditions, fuzzy: values.fuzzy === true });
    if (table.problems.length > 0) {
      for (const problem of table.problems) io.stdout(`${formatProblem(problem)}\n`);
      io.stderr(`✗ ${path}: ${table.problems.length} problem${table.problems.length === 1 ? "" : "s"}\n`);
      return EXIT.invalid;
    }
    data = table.data;
    casesNamedByRow = table.casesNamedByRow;
  }
  if (data.cases.length === 0) {
    io.stderr("paradiplomacy qca: no case is left to compare\n");
    return EXIT.invalid;
  }
  const result = qca(data, { inclCut, nCut, limit: maxModels });
  const text =
    values.json === true
      ? JSON.stringify(
          {
            ...result,
            left_out: leftOut,
            incl_cut: inclCut,
            n_cut: nCut,
            max_models: maxModels,
            cases_named_by_row: casesNamedByRow,
            sets,
          },
          null,
          2,
        )
      : qcaText(result, data, { leftOut, casesNamedByRow, sets, inclCut, maxModels });
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}
