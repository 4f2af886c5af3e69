import { describe, expect, it } from "vitest";
import { crossCaseStatistics } from "../../src/analysis/crossCaseStatistics.ts";
import { compareGroups } from "../../src/analysis/groupComparison.ts";
import { implementationRates } from "../../src/analysis/implementationRates.ts";
import { measureCorrelations } from "../../src/analysis/measureCorrelations.ts";
import { measureTable, PARTNERSHIP_MEASURES, type MeasureTable } from "../../src/analysis/partnershipMeasures.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { rankCorrelationTest } from "../../src/statistics/rankCorrelationTest.ts";
import { INDONESIA } from "../helpers.ts";

const label = { id: "x", en: "x" };
const tableOf = (columns: Record<string, Array<number | null>>): MeasureTable => ({
  ids: Object.values(columns)[0]!.map((_, index) => `p${index}`),
  measures: Object.entries(columns).map(([id, values]) => ({ id, label, values })),
});

async function indonesia() {
  const loaded = await readDatasetFiles(INDONESIA);
  const { dataset } = validateDataset(loaded.texts, loaded.name);
  return { dataset, scores: scoreDataset(dataset) };
}

describe("measureTable(dataset, scores)", () => {
  it("gives each partnership the frameworks' measures, NA as null and never 0", async () => {
    const { dataset, scores } = await indonesia();
    const table = measureTable(dataset, scores);
    expect(table.measures.map((measure) => measure.id)).toEqual(PARTNERSHIP_MEASURES.map((measure) => measure.id));
    expect(table.measures.map((measure) => measure.id)).toEqual([
      "layer_economic",
      "layer_multidimensional",
      "layer_political",
      "commitment",
      "community_participation",
      "mutual_understanding",
      "reciprocity",
      "tangible_results",
      "stage_reached",
      "implementation_rate",
      "events",
    ]);
    const byId = (id: string) => table.measures.find((measure) => measure.id === id)!.values;
    const mossel = table.ids.indexOf("denpasar-mossel-bay");
    // The CLI's score table for denpasar-mossel-bay: economic present (2), political not assessable, rate 3 of 6.
    expect(byId("layer_economic")[mossel]).toBe(2);
    expect(byId("layer_political")[mossel]).toBeNull();
    expect(byId("implementation_rate")[mossel]).toBe(0.5);
    expect(byId("events")[mossel]).toBe(
      dataset.events.filter((event) => event.partnership === "denpasar-mossel-bay").length,
    );
    // Every null is an NA of the framework, not a missing 0: the political layer is assessed nowhere in the sources.
    expect(byId("layer_political").every((value) => value === null)).toBe(true);
  });
});

describe("measureCorrelations(table, {minN, draws, seed})", () => {
  it("counts n as the partnerships where both measures are assessed, and gives no figure below minN, saying why", () => {
    const result = measureCorrelations(
      tableOf({ a: [1, 2, 3, 4, 5, null, 0], b: [2, 1, 4, 3, 5, 9, null], c: [null, null, 1, 2, 3, 4, 5] }),
      { minN: 5 },
    );
    const [ab, ac, bc] = result.correlations;
    expect(ab).toMatchObject({ a: "a", b: "b", n: 5, exact: true });
    // Same pairs as rankCorrelationTest([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]): ρ 0.8, exact p 0.1333 (scipy, full enumeration).
    expect(ab!.rho).toBeCloseTo(0.8, 12);
    expect(ab!.p).toBeCloseTo(0.13333333333333333, 12);
    expect(ac).toMatchObject({
      n: 4,
      rho: null,
      p: null,
      p_holm: null,
      reason: "4 partnerships have both; at least 5 are needed",
    });
    expect(bc).toMatchObject({ n: 4, rho: null });
    expect(result.tests).toBe(1);
    expect(ab!.p_holm).toBe(ab!.p);
  });

  it("says when a measure does not vary among the partnerships, rather than printing NaN", () => {
    const [row] = measureCorrelations(tableOf({ a: [1, 1, 1, 1, 1], b: [1, 2, 3, 4, 5] })).correlations;
    expect(row).toMatchObject({ rho: null, p: null, reason: "a takes one value only among these 5 partnerships" });
  });

  it("adjusts by Holm over every test run, and the p-values do not depend on the other measures", () => {
    const values = (shift: number) =>
      Array.from({ length: 12 }, (_, index) => ((index * 7 + shift) % 12) - (index % 3));
    const table = tableOf({ a: values(0), b: values(5), c: values(3), d: values(1) });
    const all = measureCorrelations(table, { draws: 500, seed: 4 });
    expect(all.tests).toBe(6);
    const sorted = [...all.correlations].sort((x, y) => x.p! - y.p!);
    expect(sorted[0]!.p_holm).toBeCloseTo(Math.min(1, sorted[0]!.p! * 6), 12);
    const alone = rankCorrelationTest(values(0), values(5), { draws: 500, seed: 4 });
    expect(all.correlations[0]!.p).toBe(alone.p);
  });
});

describe("compareGroups(table, groups, {by, minN})", () => {
  it("gives each group's n, median and quartiles, and the rank-sum test between two groups of at least minN", () => {
    // R's ?wilcox.test example (Hollander & Wolfe 1973, p. 69) as two groups: W = 35 (U), exact two-sided p 0.2544.
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const table = tableOf({ m: [...x, ...y, 3] });
    const result = compareGroups(table, [...x.map(() => "early"), ...y.map(() => "term"), null], { by: "stage" });
    const [measure] = result.measures;
    expect(measure!.groups.map((group) => [group.group, group.n])).toEqual([
      ["early", 10],
      ["term", 5],
    ]);
    // R: quantile(y) → 0.74 0.88 0.90 1.15 1.21.
    expect(measure!.groups[1]!.quartiles).toMatchObject({ q1: 0.88, median: 0.9, q3: 1.15 });
    expect(measure!.tests).toHaveLength(1);
    expect(measure!.tests[0]).toMatchObject({ first: "early", second: "term", u: 35, exact: true });
    expect(measure!.tests[0]!.p).toBeCloseTo(0.2544122544122544, 12);
    expect(result.ungrouped).toBe(1);
    expect(result.tests).toBe(1);
  });

  it("below minN gives the descriptive figures only, and says why there is no test", () => {
    const result = compareGroups(tableOf({ m: [1, 2, 3, 4, 5, 6, 7] }), ["a", "a", "a", "a", "a", "b", "b"], {
      by: "kind",
    });
    expect(result.measures[0]!.tests).toEqual([]);
    expect(result.measures[0]!.reason).toBe("no two groups have at least 5 partnerships with m assessed");
    expect(result.measures[0]!.groups[1]!.quartiles).toMatchObject({ n: 2, median: 6.5 });
  });
});

describe("implementationRates(scores)", () => {
  it("gives each rate its Wilson interval and leaves out the partnerships with nothing planned (NA)", () => {
    const rates = implementationRates([
      { id: "a", implementation: { realised: 0, planned: 20, rate: 0 } },
      { id: "b", implementation: { realised: 0, planned: 0, rate: null } },
    ]);
    expect(rates.partnerships.map((rate) => rate.id)).toEqual(["a"]);
    // Newcombe (1998), Table II: 0 of 20 → 0 to 0.1611.
    expect(rates.partnerships[0]!.high.toFixed(4)).toBe("0.1611");
    expect(rates.pooled).toEqual([expect.objectContaining({ basis: null, partnerships: 1, successes: 0, trials: 20 })]);
  });

  it("pools the rates of each basis apart, never the two together", () => {
    const rates = implementationRates([
      { id: "a", implementation: { realised: 3, planned: 11, rate: 3 / 11, basis: "action-plans" } },
      { id: "b", implementation: { realised: 1, planned: 2, rate: 0.5, basis: "reported-activities" } },
      { id: "c", implementation: { realised: 3, planned: 6, rate: 0.5, basis: "reported-activities" } },
    ]);
    expect(rates.pooled.map((rate) => [rate.basis, rate.partnerships, rate.successes, rate.trials])).toEqual([
      ["action-plans", 1, 3, 11],
      ["reported-activities", 2, 4, 8],
    ]);
  });
});

describe("crossCaseStatistics(dataset, scores, options)", () => {
  it("on the shipped dataset, every correlation carries its n, and none rests on fewer than the minimum", async () => {
    const { dataset, scores } = await indonesia();
    const result = crossCaseStatistics(dataset, scores, { by: "kind", draws: 200 });
    expect(result.partnerships).toBe(27);
    expect(result.correlations).toHaveLength(55);
    for (const row of result.correlations) {
      if (row.n < 5) expect(row).toMatchObject({ rho: null, p: null });
      if (row.rho !== null) expect(row.n).toBeGreaterThanOrEqual(5);
    }
    expect(result.groups!.by).toBe("kind");
    expect(() => crossCaseStatistics(dataset, scores, { by: "region" })).toThrow(
      'there is no column "region" in partnerships.csv (columns: id, local_government',
    );
  });
});
