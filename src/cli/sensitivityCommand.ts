import { rankIntervals, successIndexCases } from "../analysis/sensitivity.ts";
import { successIndexLeftOut } from "../analysis/successIndexLeftOut.ts";
import { formatTable } from "../format/formatTable.ts";
import { frameworks } from "../frameworks/registry.ts";
import { formatProblem } from "../problem.ts";
import { scoreDataset } from "../score/scoreDataset.ts";
import { EXIT, UsageError, emit, load, parse, type Io } from "./common.ts";

const SENSITIVITY_HELP = `Usage: paradiplomacy sensitivity <dataset> [--draws N] [--seed S] [--json] [--out FILE]

How robust the ranking by the conditions score (Ringrose's four conditions;
tangible results, an outcome, is not in it) is, as
the OECD/JRC Handbook on Constructing Composite Indicators (2008) recommends:
Monte Carlo draws of random weights (uniform on the simplex), arithmetic or
geometric aggregation, and NA left out or counted as 0. For each partnership
whose score is ranked: its rank as published, and the median and 5th–95th
percentiles of its rank over the draws. The same seed gives the same result.

Only partnerships whose conditions score rests on at least 3 of the 4
conditions are ranked; the others are listed as left out, each with why (in the table and in
the JSON's "left_out"). Ranks whose 5%–95% intervals overlap cannot be told apart.

Options:
  --draws N   Monte Carlo draws (default 10000)
  --seed S    seed of the random numbers (default 1)
  --json      print the result as JSON
  --out FILE  write to FILE atomically instead of standard output

Exit status: 0 success, 1 invalid data, 2 usage error.`;

/** Entries grouped by a key, in the order each key first appears. */
function groupBy<T>(entries: readonly T[], key: (entry: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
  return [...groups];
}

/** Runs `paradiplomacy sensitivity`. */
export async function sensitivityCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    draws: { type: "string" },
    seed: { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
  });
  if (values.help) return (io.stdout(`${SENSITIVITY_HELP}\n`), EXIT.ok);
  if (positionals.length !== 1) throw new UsageError("sensitivity needs exactly one dataset folder");
  const whole = (text: string | undefined, option: string, fallback: number, minimum: number) => {
    if (text === undefined) return fallback;
    if (!/^-?\d+$/.test(text.trim()) || Number(text) < minimum)
      throw new UsageError(`--${option} must be a whole number of at least ${minimum}, found ${JSON.stringify(text)}`);
    return Number(text);
  };
  const draws = whole(values.draws as string | undefined, "draws", 10_000, 1);
  const seed = whole(values.seed as string | undefined, "seed", 1, -(2 ** 31));
  const reading = await load(positionals[0]!, io.registry ?? frameworks);
  if (reading.problems.length > 0) {
    for (const problem of reading.problems) io.stdout(`${formatProblem(problem)}\n`);
    return EXIT.invalid;
  }
  const scores = scoreDataset(reading.dataset);
  const minimumCoverage = frameworks.ringrose.options.minimumCoverage.default;
  const leftOut = successIndexLeftOut(scores, minimumCoverage);
  let result: ReturnType<typeof rankIntervals>;
  try {
    result = rankIntervals(successIndexCases(scores), { draws, seed });
  } catch (error) {
    io.stderr(`paradiplomacy sensitivity: ${(error as Error).message}\n`);
    return EXIT.invalid;
  }
  const text =
    values.json === true
      ? JSON.stringify({ ...result, left_out: leftOut }, null, 2)
      : [
          `${result.partnerships.length} of ${scores.length} partnerships ranked by the conditions score; ${draws} draws, seed ${seed}.`,
          ...(leftOut.length > 0
            ? [
                `Left out: ${leftOut.length} of ${scores.length}, whose score rests on too few conditions to be ranked:`,
                ...groupBy(leftOut, (entry) => entry.reason).map(
                  ([reason, entries]) =>
                    `  ${reason} (${entries.length}): ${entries.map((entry) => entry.id).join(", ")}`,
                ),
              ]
            : []),
          ...(result.partnerships.length < 2
            ? [
                `With ${result.partnerships.length} partnership${result.partnerships.length === 1 ? "" : "s"} ranked, there is no ranking to test.`,
              ]
            : []),
          "",
          formatTable(
            ["partnership", "rank", "median", "5%", "95%", "best", "worst"],
            [...result.partnerships]
              .sort((a, b) => a.median - b.median || a.baseline - b.baseline)
              .map((entry) =>
                [entry.id, entry.baseline, entry.median, entry.p05, entry.p95, entry.best, entry.worst].map(String),
              ),
          ),
          "",
          "rank: as published (equal weights, arithmetic mean, NA left out); median and 5%–95%: over the draws; 1 is the highest index, ties share the best rank.",
          "Ranks whose 5%–95% intervals overlap cannot be told apart.",
        ].join("\n");
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}
