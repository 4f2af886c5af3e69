import { holmAdjust } from "../statistics/holmAdjust.ts";
import { quartiles, type Quartiles } from "../statistics/quartiles.ts";
import { rankSumTest } from "../statistics/rankSumTest.ts";
import type { MeasureTable } from "./partnershipMeasures.ts";

/** One group's values of a measure. */
export interface GroupSummary {
  group: string;
  /** Partnerships of the group where the measure is assessed. */
  n: number;
  /** Median and quartiles; null when n is 0. */
  quartiles: Quartiles | null;
  values: number[];
}

/** The rank-sum test between two groups on a measure. */
export interface GroupTest {
  first: string;
  second: string;
  /** The first group's rank sum and Mann–Whitney U. */
  w: number;
  u: number;
  p: number;
  /** p adjusted by Holm's method over every group test of the comparison. */
  p_holm: number | null;
  exact: boolean;
}

export interface MeasureGroups {
  measure: string;
  groups: GroupSummary[];
  tests: GroupTest[];
  /** Why no test was run (fewer than two groups of at least the minimum n); null when one was. */
  reason: string | null;
}

export interface GroupComparison {
  /** What the groups are (a column of partnerships.csv). */
  by: string;
  measures: MeasureGroups[];
  /** Partnerships left out because they have no value in the grouping column. */
  ungrouped: number;
  tests: number;
  minN: number;
  draws: number;
  seed: number;
}

/**
 * Every measure compared between groups of partnerships: each group's n,
 * median and quartiles (interquartile range), and, between every two groups
 * of at least `minN` partnerships with the measure assessed, the Wilcoxon
 * rank-sum test with a seeded permutation p-value (exact when the splits are
 * few), Holm-adjusted over all the tests run. Groups below `minN` get the
 * descriptive figures only. A partnership with no group is left out and
 * counted.
 *
 * @example compareGroups({ids: ["a", "b"], measures: [{id: "x", label: {en: "x", id: "x"}, values: [1, 2]}]}, ["p", "q"], {by: "kind"}).measures[0].reason // "no two groups have at least 5 partnerships with x assessed"
 */
export function compareGroups(
  table: MeasureTable,
  groupOf: ReadonlyArray<string | null>,
  options: { by: string; minN?: number; draws?: number; seed?: number },
): GroupComparison {
  const { by, minN = 5, draws = 10_000, seed = 1 } = options;
  if (groupOf.length !== table.ids.length)
    throw new Error(`compareGroups: ${groupOf.length} groups given for ${table.ids.length} partnerships`);
  const names = [...new Set(groupOf.filter((group): group is string => group !== null))].sort();
  const measures = table.measures.map((measure): MeasureGroups => {
    const groups = names.map((group): GroupSummary => {
      const values = measure.values.filter(
        (value, index): value is number => value !== null && groupOf[index] === group,
      );
      return { group, n: values.length, quartiles: quartiles(values), values };
    });
    const large = groups.filter((group) => group.n >= minN);
    const tests: GroupTest[] = [];
    for (let first = 0; first < large.length; first++)
      for (let second = first + 1; second < large.length; second++) {
        const test = rankSumTest(large[first]!.values, large[second]!.values, { draws, seed });
        tests.push({
          first: large[first]!.group,
          second: large[second]!.group,
          w: test.w,
          u: test.u,
          p: test.p,
          p_holm: null,
          exact: test.exact,
        });
      }
    return {
      measure: measure.id,
      groups,
      tests,
      reason: large.length < 2 ? `no two groups have at least ${minN} partnerships with ${measure.id} assessed` : null,
    };
  });
  const all = measures.flatMap((measure) => measure.tests);
  holmAdjust(all.map((test) => test.p)).forEach((p, index) => (all[index]!.p_holm = p));
  return {
    by,
    measures,
    ungrouped: groupOf.filter((group) => group === null).length,
    tests: all.length,
    minN,
    draws,
    seed,
  };
}
