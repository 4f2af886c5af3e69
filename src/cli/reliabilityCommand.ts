import { alphaBootstrap } from "../agreement/alphaBootstrap.ts";
import { cohenKappa } from "../agreement/cohenKappa.ts";
import { fleissKappa } from "../agreement/fleissKappa.ts";
import { krippendorffAlpha } from "../agreement/krippendorffAlpha.ts";
import { MEASUREMENT_LEVELS } from "../agreement/measurementLevel.ts";
import { percentAgreement } from "../agreement/percentAgreement.ts";
import { readReliabilityMatrix } from "../agreement/readReliabilityMatrix.ts";
import type { Coding } from "../dataset/types.ts";
import { formatCsv } from "../format/formatCsv.ts";
import { formatTable } from "../format/formatTable.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { readTextFile } from "../node/readTextFile.ts";
import { formatProblem, type Problem } from "../problem.ts";
import { agreementCaveat } from "../reliability/agreementCaveat.ts";
import {
  alphaReading,
  codingReliability,
  type AgreementRow,
  type CodingReliability,
} from "../reliability/codingReliability.ts";
import { EXIT, UsageError, choice, emit, load, parse, type Io } from "./common.ts";
import { dirname, resolve, basename } from "node:path";

const RELIABILITY_HELP = `Usage: paradiplomacy reliability <dataset or codings.csv>… [options]
       paradiplomacy reliability --matrix <file.csv> --level nominal|ordinal|interval|ratio [--json]

Agreement between coders. With datasets or codings files (one per coder, or
one file holding several coders' codings), Krippendorff's alpha with its
bootstrap interval, percent agreement, and Cohen's or Fleiss' kappa where
they apply: per indicator, per framework, and over all indicators of each
level of measurement (ordinal for the 0–2 scales, nominal for checklists).
Then every disagreement to resolve, with each coder's score, evidence and
its kind. An NA score (the source is silent) is a missing value for alpha;
NA against a score is listed as a disagreement.

With --matrix, the generic reliability data other tools use: a header row of
coder names, an optional first column named unit, one row per unit; an empty
cell, NA or . is a missing value.

Options:
  --matrix FILE            read reliability data in the generic form
  --level LEVEL            nominal, ordinal, interval or ratio (with --matrix; default nominal)
  --format table|json|csv  output format (default: table; csv gives the agreement rows)
  --json                   the same as --format json
  --draws N                bootstrap draws for the interval of alpha (default 1000; 0 for none)
  --seed S                 seed of the bootstrap, for a reproducible interval (default 1)
  --out FILE               write to FILE atomically instead of standard output

Exit status: 0 success, 1 invalid data or fewer than two coders, 2 usage error.`;

function wholeNumber(text: string | undefined, option: string, fallback: number, minimum: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || value < minimum)
    throw new UsageError(`--${option} must be a whole number of at least ${minimum}, found ${JSON.stringify(text)}`);
  return value;
}

const number = (value: number | null, digits = 3) => (value === null ? "NA" : value.toFixed(digits));

/** Runs `paradiplomacy reliability`. */
export async function reliabilityCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    matrix: { type: "string" },
    level: { type: "string" },
    format: { type: "string" },
    json: { type: "boolean" },
    draws: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  });
  if (values.help) return (io.stdout(`${RELIABILITY_HELP}\n`), EXIT.ok);
  const format = values.json
    ? "json"
    : choice(values.format as string | undefined, ["table", "json", "csv"] as const, "table", "format");
  const draws = wholeNumber(values.draws as string | undefined, "draws", 1000, 0);
  const seed = wholeNumber(values.seed as string | undefined, "seed", 1, -(2 ** 31));
  const out = values.out as string | undefined;
  if (values.matrix !== undefined) {
    if (positionals.length > 0) throw new UsageError("give either --matrix FILE or datasets, not both");
    const level = choice(values.level as string | undefined, MEASUREMENT_LEVELS, "nominal", "level");
    return matrixReliability(values.matrix as string, level, { format, draws, seed, out }, io);
  }
  if (values.level !== undefined)
    throw new UsageError("--level goes with --matrix; a dataset's levels come from its frameworks' scales");
  if (positionals.length === 0) throw new UsageError("reliability needs datasets or codings files, or --matrix FILE");
  const registry: Registry = io.registry ?? frameworks;
  const codings: Coding[] = [];
  const origin = new Map<string, string>();
  const problems: Problem[] = [];
  for (const path of positionals) {
    const reading = await load(path, registry, true);
    if (reading.problems.length > 0) {
      problems.push(...reading.problems);
      continue;
    }
    if (reading.tables.codings === undefined) {
      problems.push({
        file: path,
        row: 0,
        column: 0,
        message: "there are no codings to compare",
        expected: "a dataset folder with codings.csv, or a codings.csv",
      });
      continue;
    }
    for (const [index, coding] of reading.dataset.codings.entries()) {
      const key = `${coding.partnership}\u0000${coding.framework}\u0000${coding.indicator}\u0000${coding.coder}`;
      const earlier = origin.get(key);
      if (earlier !== undefined) {
        problems.push({
          file: path,
          row: reading.tables.codings.rowNumbers[index]!,
          column: 0,
          message: `coder ${JSON.stringify(coding.coder)} already coded ${coding.partnership} ${coding.framework}/${coding.indicator} in ${earlier}`,
          expected: "each coder's codings once: give each coder their own name in the coder column",
        });
        continue;
      }
      origin.set(key, path);
      codings.push(coding);
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) io.stdout(`${formatProblem(problem)}\n`);
    io.stderr(`✗ ${problems.length} problem${problems.length === 1 ? "" : "s"}: nothing compared\n`);
    return EXIT.invalid;
  }
  const result = codingReliability(codings, { registry, draws, seed });
  if (result.coders.length < 2) {
    io.stderr(
      `paradiplomacy reliability: agreement needs at least two coders; the codings name ${result.coders.length === 0 ? "none" : `only ${JSON.stringify(result.coders[0])}`}\n`,
    );
    return EXIT.invalid;
  }
  const text =
    format === "json"
      ? JSON.stringify(result, null, 2)
      : format === "csv"
        ? formatCsv(
            AGREEMENT_COLUMNS,
            result.agreement.map((row) => agreementCells(row).map((cell) => cell ?? "NA")),
          )
        : reliabilityTable(result);
  await emit(io, text, out);
  return EXIT.ok;
}

const AGREEMENT_COLUMNS = [
  "scope",
  "framework",
  "indicator",
  "level",
  "units",
  "coders",
  "alpha",
  "ci_low",
  "ci_high",
  "percent_agreement",
  "agreement_low",
  "agreement_high",
  "cohen_kappa",
  "fleiss_kappa",
  "na_disagreements",
  "pairable",
  "reading",
];

function agreementCells(row: AgreementRow): Array<string | number | null> {
  return [
    row.scope,
    row.framework ?? "",
    row.indicator ?? "",
    row.level,
    row.units,
    row.coders,
    row.alpha,
    row.ci?.[0] ?? null,
    row.ci?.[1] ?? null,
    row.percent_agreement,
    row.percent_agreement_ci?.[0] ?? null,
    row.percent_agreement_ci?.[1] ?? null,
    row.cohen_kappa,
    row.fleiss_kappa,
    row.na_disagreements,
    row.pairable,
    row.reading,
  ];
}

/** The table's columns: the CSV's in 120 columns (the interval in one column, one kappa); the CSV and JSON have all. */
const TABLE_COLUMNS = [
  "figure",
  "units",
  "pairable",
  "alpha",
  "95% ci",
  "agreed",
  "agreed ci",
  "kappa",
  "na_vs",
  "reading",
];

/** An interval's bound in two decimals (0 and 1 as they are), so that the table keeps within 120 columns. */
const twoDecimals = (value: number) => (value === 0 || value === 1 ? String(value) : value.toFixed(2));

function tableCells(row: AgreementRow, coders: number): string[] {
  const figure = (value: number | null) =>
    value === null ? "NA" : Number.isInteger(value) ? String(value) : number(value);
  return [
    row.scope === "overall"
      ? `overall (${row.level})`
      : row.scope === "framework"
        ? `${row.framework} (all)`
        : `${row.framework}/${row.indicator}`,
    String(row.units),
    String(row.pairable),
    figure(row.alpha),
    row.ci === null ? "NA" : `${figure(row.ci[0])}–${figure(row.ci[1])}`,
    figure(row.percent_agreement),
    row.percent_agreement_ci === null
      ? "NA"
      : `${twoDecimals(row.percent_agreement_ci[0])}–${twoDecimals(row.percent_agreement_ci[1])}`,
    figure(coders === 2 ? row.cohen_kappa : row.fleiss_kappa),
    String(row.na_disagreements),
    row.reading ?? "",
  ];
}

/** Krippendorff's thresholds for alpha (2004, p. 241), as the output states them. */
const THRESHOLDS =
  "Krippendorff (2004, p. 241): alpha ≥ 0.800 reliable; 0.667 to 0.800 tentative conclusions only; below 0.667 unreliable.";

function reliabilityTable(result: CodingReliability): string {
  const rows = result.agreement.map((row) => tableCells(row, result.coders.length));
  const disagreements = result.disagreements.flatMap((disagreement) =>
    disagreement.judgements.map((judgement, index) => [
      index === 0 ? disagreement.partnership : "",
      index === 0 ? `${disagreement.framework}/${disagreement.indicator}` : "",
      judgement.coder,
      judgement.score === null ? "NA" : String(judgement.score),
      judgement.evidence_kind ?? "",
      judgement.evidence === null
        ? ""
        : judgement.evidence.length > 44
          ? `${judgement.evidence.slice(0, 43)}…`
          : judgement.evidence,
    ]),
  );
  const count = result.disagreements.length;
  const overall = result.agreement
    .filter((row) => row.scope === "overall")
    .map(
      (row) =>
        `Overall, ${row.level}: ${row.units} unit${row.units === 1 ? "" : "s"}, ${row.pairable} pairable values: ${
          row.reading === null
            ? agreementCaveat(row) === "no units"
              ? "no alpha, as no unit has two scores."
              : "no alpha, as every score is the same (alpha needs variation)."
            : `alpha ${number(row.alpha)}, ${
                row.reading === "too few values"
                  ? "too few values to read"
                  : row.reading === "tentative"
                    ? "tentative conclusions only"
                    : row.reading
              }.`
        }`,
    );
  return [
    `Coders: ${result.coders.join(", ")}`,
    "",
    formatTable(TABLE_COLUMNS, rows),
    "",
    ...overall,
    THRESHOLDS,
    count === 0
      ? "No disagreements."
      : `Next: resolve the ${count} disagreement${count === 1 ? "" : "s"} below against the sources, correct the codings, then run reliability again.`,
    "",
    "alpha: Krippendorff's alpha (1 perfect agreement, 0 chance agreement); 95% ci: bootstrap (Hayes & Krippendorff 2007).",
    "units: indicators of a partnership scored by two coders or more; pairable: the scores in them; agreed: share agreed.",
    "agreed ci: its 95% Wilson (1927) interval, two coders only (with more, agreement is no single share of units).",
    `kappa: ${result.coders.length === 2 ? "Cohen's" : "Fleiss'"} kappa; na_vs: units where NA (the source is silent, a missing value for alpha) meets a score.`,
    "reading: too few values under 10 pairable values (an alpha of 0 or a kappa of -1 from one unit means nothing).",
    "Every column, the coders and both kappas: --format csv or --format json; each quote in full: --format json.",
    ...(count === 0
      ? []
      : [
          "",
          `${count} disagreement${count === 1 ? "" : "s"} to resolve:`,
          "",
          formatTable(["partnership", "indicator", "coder", "score", "kind", "evidence"], disagreements),
        ]),
  ].join("\n");
}

async function matrixReliability(
  path: string,
  level: (typeof MEASUREMENT_LEVELS)[number],
  options: { format: "table" | "json" | "csv"; draws: number; seed: number; out: string | undefined },
  io: Io,
): Promise<number> {
  const read = await readTextFile(dirname(resolve(path)), basename(path), path);
  if (!("text" in read)) {
    io.stdout(`${"problem" in read ? formatProblem(read.problem) : `${path}:0:0: no such file`}\n`);
    return EXIT.invalid;
  }
  const matrix = readReliabilityMatrix(read.text, path, level);
  if (matrix.problems.length > 0) {
    for (const problem of matrix.problems) io.stdout(`${formatProblem(problem)}\n`);
    io.stderr(`✗ ${path}: ${matrix.problems.length} problem${matrix.problems.length === 1 ? "" : "s"}\n`);
    return EXIT.invalid;
  }
  let estimate;
  try {
    estimate = krippendorffAlpha(matrix.data, { level });
  } catch (error) {
    io.stdout(`${path}:0:0: ${(error as Error).message}\n`);
    return EXIT.invalid;
  }
  const ci =
    options.draws > 0
      ? alphaBootstrap(matrix.data, { level, draws: options.draws, seed: options.seed }, estimate).ci
      : null;
  const result: Record<string, unknown> = {
    alpha: estimate.alpha,
    level,
    units: matrix.data.length,
    coders: matrix.coders.length,
    pairable: estimate.pairable,
    ci,
  };
  if (matrix.coders.length === 2) result.cohen_kappa = cohenKappa(matrix.data).kappa;
  const fleiss = fleissKappa(matrix.data);
  if (fleiss.notApplicable === undefined) result.fleiss_kappa = fleiss.kappa;
  result.percent_agreement = percentAgreement(matrix.data);
  result.reading = alphaReading(estimate.alpha, estimate.pairable);
  const text =
    options.format === "json"
      ? JSON.stringify(result, null, 2)
      : options.format === "csv"
        ? formatCsv(
            Object.keys(result).flatMap((key) => (key === "ci" ? ["ci_low", "ci_high"] : [key])),
            [
              Object.entries(result).flatMap(([key, value]) =>
                key === "ci"
                  ? [ci?.[0] ?? "NA", ci?.[1] ?? "NA"]
                  : [value === null ? "NA" : (value as string | number)],
              ),
            ],
          )
        : formatTable(
            ["measure", "value"],
            Object.entries(result).map(([key, value]) => [
              key,
              value === null
                ? "NA"
                : Array.isArray(value)
                  ? `[${value.map((bound: number) => number(bound)).join(", ")}]`
                  : typeof value === "number" && !Number.isInteger(value)
                    ? number(value)
                    : String(value),
            ]),
          ) +
          `\n\n${THRESHOLDS}\nreading: too few values under 10 pairable values (an alpha from so few means nothing).`;
  await emit(io, text, options.out);
  return EXIT.ok;
}
