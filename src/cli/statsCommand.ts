import { wrapWords } from "../format/wrapWords.ts";
import { TERMINAL_WIDTH } from "./paragraph.ts";
import { crossCaseStatistics, GROUPING_COLUMNS } from "../analysis/crossCaseStatistics.ts";
import { formatCsv } from "../format/formatCsv.ts";
import { formatTable } from "../format/formatTable.ts";
import { frameworks } from "../frameworks/registry.ts";
import { formatProblem } from "../problem.ts";
import { scoreDataset } from "../score/scoreDataset.ts";
import { EXIT, UsageError, choice, emit, load, parse, refuseOverwritingInput, type Io } from "./common.ts";

const STATS_HELP = `Usage: paradiplomacy stats <dataset> [--by COLUMN] [--min-n N] [--seed S] [--draws N]
                          [--format table|csv|json] [--out FILE]

Statistics across the partnerships of a dataset, with what each rests on:
- which measures go together: Spearman's rank correlation between every two
  of the measures the frameworks give each partnership (the three layers, the
  five Ringrose elements, the stage reached, the implementation rate and the
  number of recorded events), each on the partnerships where both are
  assessed (n; NA never counts as 0), with a two-sided permutation p-value
  and the p-values adjusted for the number of tests (Holm);
- whether groups differ (--by): each group's n, median and quartiles on every
  measure, and the Wilcoxon rank-sum test between two groups;
- the implementation rates with their 95% Wilson intervals.
Below the minimum n there is no figure, and the output says why.

Options:
  --by COLUMN       compare the groups of a column of partnerships.csv, e.g. kind,
                    local_government_level, partner_country_name
  --min-n N         the fewest partnerships a figure may rest on (default 5)
  --draws N         random permutations per test (default 10000); a test with fewer
                    possible permutations counts each of them (exact)
  --seed S          seed of the random permutations (default 1): the same seed, the same p
  --format table|csv|json
                    table (default) explains each figure; csv writes the correlations,
                    or with --by the groups; json writes everything
  --out FILE        write to FILE atomically instead of standard output

Exit status: 0 success, 1 invalid data, 2 usage error.`;

const fixed = (value: number | null, digits = 2) => (value === null ? "—" : value.toFixed(digits));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Runs `paradiplomacy stats`. */
export async function statsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    by: { type: "string" },
    "min-n": { type: "string" },
    draws: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  });
  if (values.help) return (io.stdout(`${STATS_HELP}\n`), EXIT.ok);
  if (positionals.length !== 1) throw new UsageError("stats needs exactly one dataset folder");
  const whole = (option: string, fallback: number, minimum: number) => {
    const text = values[option] as string | undefined;
    if (text === undefined) return fallback;
    if (!/^-?\d+$/.test(text.trim()) || Number(text) < minimum)
      throw new UsageError(`--${option} must be a whole number of at least ${minimum}, found ${JSON.stringify(text)}`);
    return Number(text);
  };
  const minN = whole("min-n", 5, 2);
  const draws = whole("draws", 10_000, 1);
  const seed = whole("seed", 1, -(2 ** 31));
  const format = choice(values.format as string | undefined, ["table", "csv", "json"] as const, "table", "format");
  const by = values.by as string | undefined;
  if (by !== undefined && !GROUPING_COLUMNS.includes(by))
    throw new UsageError(
      `--by: there is no column ${JSON.stringify(by)} in partnerships.csv (columns: ${GROUPING_COLUMNS.join(", ")})`,
    );
  await refuseOverwritingInput(values.out as string | undefined, positionals[0]);
  const reading = await load(positionals[0]!, io.registry ?? frameworks);
  if (reading.problems.length > 0) {
    for (const problem of reading.problems) io.stderr(`${formatProblem(problem)}\n`);
    io.stderr(
      `✗ ${positionals[0]}: ${reading.problems.length} problems; fix them first (paradiplomacy validate ${positionals[0]})\n`,
    );
    return EXIT.invalid;
  }
  const result = crossCaseStatistics(reading.dataset, scoreDataset(reading.dataset), { by, minN, draws, seed });
  let text: string;
  if (format === "json") text = JSON.stringify(result, null, 2);
  else if (format === "csv")
    text =
      result.groups === null
        ? formatCsv(
            ["a", "b", "n", "rho", "p", "p_holm", "exact", "reason"],
            result.correlations.map((row) => [
              row.a,
              row.b,
              row.n,
              row.rho ?? "NA",
              row.p ?? "NA",
              row.p_holm ?? "NA",
              row.exact === null ? "NA" : row.exact ? "yes" : "no",
              row.reason ?? "",
            ]),
          )
        : formatCsv(
            ["measure", "group", "n", "median", "q1", "q3"],
            result.groups.measures.flatMap((measure) =>
              measure.groups.map((group) => [
                measure.measure,
                group.group,
                group.n,
                group.quartiles?.median ?? "NA",
                group.quartiles?.q1 ?? "NA",
                group.quartiles?.q3 ?? "NA",
              ]),
            ),
          );
  else text = statsTable(result, reading.dataset.name);
  await emit(io, text, values.out as string | undefined);
  return EXIT.ok;
}

/** The statistics as a text table of at most 120 columns, each figure explained in words. */
function statsTable(result: ReturnType<typeof crossCaseStatistics>, name: string): string {
  const { minN, draws, seed } = result;
  const computed = result.correlations.filter((row) => row.rho !== null);
  const largest = Math.max(0, ...result.correlations.map((row) => row.n));
  const exactly = computed.filter((row) => row.exact).length;
  const lines = [
    `Statistics across the ${plural(result.partnerships, "partnership")} of ${name}. Every figure rests on few of them:`,
    `its n says how many, and below ${minN} (--min-n) there is no figure at all.`,
    "",
    "How many partnerships each measure is assessed in (NA, the source silent, is left out and never counted as 0):",
    ...wrapWords(result.measures.map((measure) => `${measure.id} ${measure.assessed}`).join(", "), TERMINAL_WIDTH),
    "",
    "WHICH MEASURES GO TOGETHER: Spearman's rank correlation ρ",
    "ρ runs from −1 (where one measure is high, the other is low) through 0 (no monotone relation) to +1 (both rise).",
    "n: the partnerships where both measures are assessed; ρ describes these n partnerships and no others.",
    `p: the share of re-pairings of the two measures (${draws} drawn at random, seed ${seed}; every one when there are`,
    `   fewer) giving a |ρ| at least as large: how often chance alone would do as well. p (Holm): p adjusted for the`,
    `   ${plural(result.tests, "test")} run, the one to read when looking across the table.`,
    `—: no figure, because fewer than ${minN} partnerships have both measures (n < ${minN}, set with --min-n) or a measure`,
    "   takes one value only among them: a correlation on so few cases says nothing.",
    "",
    formatTable(
      ["measure a", "measure b", "n", "ρ", "p", "p (Holm)", "why no figure"],
      result.correlations.map((row) => [
        row.a,
        row.b,
        String(row.n).padStart(3),
        fixed(row.rho).padStart(5),
        fixed(row.p, 3).padStart(5),
        fixed(row.p_holm, 3).padStart(8),
        row.rho !== null ? "" : row.n < minN ? `n < ${minN}` : (row.reason ?? ""),
      ]),
    ),
    "",
    `${plural(computed.length, "correlation")} of ${result.correlations.length} computed (${exactly} with exact p); ${plural(result.tests, "test")} run, Holm-adjusted together.`,
    `The largest n is ${largest} of ${result.partnerships} partnerships. With n this small, only a very strong ρ stands out from`,
    "chance, a weak or absent one is no evidence of no relation, and one partnership more or less can change the sign.",
  ];
  if (result.groups !== null) {
    const groups = result.groups;
    lines.push(
      "",
      `WHETHER GROUPS DIFFER: by ${groups.by} (a column of partnerships.csv)`,
      "n: the group's partnerships where the measure is assessed; median and quartiles (25%–75%, the middle half of the",
      "values; R's type 7). With n below the minimum the figures only describe the few partnerships there are.",
      `Rank-sum test (Wilcoxon): between two groups of at least ${minN} partnerships each; p by re-assigning the pooled`,
      `values to the groups (${draws} at random, seed ${seed}, or every way when there are fewer); p (Holm) adjusted`,
      `for the ${plural(groups.tests, "test")} run.` +
        (groups.ungrouped > 0 ? ` ${plural(groups.ungrouped, "partnership")} with no ${groups.by} left out.` : ""),
      "",
      formatTable(
        ["measure", "group", "n", "median", "quartiles", "rank-sum test"],
        groups.measures.flatMap((measure) => {
          // The test (or why none was run) beside the measure's groups, one line each.
          const verdicts =
            measure.reason !== null
              ? [`none: ${measure.reason.replace(/ with .* assessed$/, "")}`]
              : measure.tests.map(
                  (test) =>
                    `${test.first} vs ${test.second}: W ${test.w}, p ${fixed(test.p, 3)}, p (Holm) ${fixed(test.p_holm, 3)}`,
                );
          const rows = Math.max(measure.groups.length, verdicts.length);
          return Array.from({ length: rows }, (_, index) => {
            const group = measure.groups[index];
            return [
              index === 0 ? measure.measure : "",
              group?.group ?? "",
              group === undefined ? "" : String(group.n).padStart(3),
              group === undefined ? "" : fixed(group.quartiles?.median ?? null).padStart(6),
              group === undefined || group.quartiles === null
                ? group === undefined
                  ? ""
                  : "—"
                : `${fixed(group.quartiles.q1)}–${fixed(group.quartiles.q3)}`,
              verdicts[index] ?? "",
            ];
          });
        }),
      ),
    );
  }
  const { partnerships: rates, pooled } = result.rates;
  lines.push(
    "",
    "IMPLEMENTATION RATES, with 95% Wilson intervals",
    "rate: activities realised of those planned; of: what it is a share of (formal action plans, or activities reported in",
    "a narrative; never pooled together). The interval is the range of rates these counts are compatible with: 1 of 2",
    "(0.09–0.91) says far less than 50 of 100 (0.40–0.60). Partnerships with nothing planned have no rate (NA).",
    "",
    formatTable(
      ["partnership", "realised", "planned", "rate", "95% interval", "of"],
      rates.map((rate) => [
        rate.id,
        String(rate.successes).padStart(8),
        String(rate.trials).padStart(7),
        fixed(rate.estimate),
        `${fixed(rate.low)}–${fixed(rate.high)}`,
        rate.basis ?? "",
      ]),
    ),
  );
  if (pooled.length > 0)
    lines.push(
      "",
      ...pooled.map(
        (rate) =>
          `Pooled, ${rate.basis ?? "all"} (${plural(rate.partnerships, "partnership")}): ${rate.successes} of ${rate.trials} realised, ${fixed(rate.estimate)} (${fixed(rate.low)}–${fixed(rate.high)}).`,
      ),
      "Pooling counts every activity as independent, which activities of one partnership are not: the true uncertainty",
      "is larger than the pooled interval says.",
    );
  return lines.join("\n");
}
