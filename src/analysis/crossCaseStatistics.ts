import type { Dataset } from "../dataset/types.ts";
import { partnershipsSchema } from "../dataset/schemas.ts";
import type { PartnershipScore } from "../score/scoreDataset.ts";
import { compareGroups, type GroupComparison } from "./groupComparison.ts";
import { implementationRates } from "./implementationRates.ts";
import { measureCorrelations, type MeasureCorrelation } from "./measureCorrelations.ts";
import { measureTable } from "./partnershipMeasures.ts";

export interface CrossCaseOptions {
  /** A column of partnerships.csv to compare groups by (none by default). */
  by?: string;
  /** The fewest partnerships a correlation or a group test may rest on (default 5). */
  minN?: number;
  /** Random permutations per test when there are more orders than that (default 10000). */
  draws?: number;
  /** Seed of the random permutations (default 1). */
  seed?: number;
}

/** The columns of partnerships.csv a comparison can group by. */
export const GROUPING_COLUMNS: readonly string[] = partnershipsSchema.fields.map((field) => field.name);

/**
 * The cross-case statistics of a scored dataset: the measures' pairwise
 * Spearman correlations, the groups compared by a column of
 * partnerships.csv (with `by`), and the implementation rates with their
 * Wilson intervals. What the CLI's `stats`, the compare page and the
 * cross-case notebook show. An unknown column throws, naming the columns.
 *
 * @example crossCaseStatistics({events: []}, []).correlations.length // 55
 */
export function crossCaseStatistics(
  dataset: Pick<Dataset, "events">,
  scores: readonly PartnershipScore[],
  options: CrossCaseOptions = {},
): {
  partnerships: number;
  measures: Array<{ id: string; label: { id: string; en: string }; assessed: number }>;
  minN: number;
  draws: number;
  seed: number;
  tests: number;
  correlations: MeasureCorrelation[];
  groups: GroupComparison | null;
  rates: ReturnType<typeof implementationRates>;
} {
  const { by, minN = 5, draws = 10_000, seed = 1 } = options;
  if (by !== undefined && !GROUPING_COLUMNS.includes(by))
    throw new Error(
      `there is no column ${JSON.stringify(by)} in partnerships.csv (columns: ${GROUPING_COLUMNS.join(", ")})`,
    );
  const table = measureTable(dataset, scores);
  const correlations = measureCorrelations(table, { minN, draws, seed });
  const groups =
    by === undefined
      ? null
      : compareGroups(
          table,
          scores.map((score) => {
            const value = (score.partnership as Record<string, unknown>)[by];
            return value === null || value === undefined || value === "" ? null : String(value);
          }),
          { by, minN, draws, seed },
        );
  return {
    partnerships: scores.length,
    measures: table.measures.map((measure) => ({
      id: measure.id,
      label: { ...measure.label },
      assessed: measure.values.filter((value) => value !== null).length,
    })),
    minN,
    draws,
    seed,
    tests: correlations.tests,
    correlations: correlations.correlations,
    groups,
    rates: implementationRates(scores),
  };
}
