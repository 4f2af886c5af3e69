import { describe, expect, it } from "vitest";
import { cli, INDONESIA, writeDatasetFolder } from "../helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read by shape in the assertions
type Json = Record<string, any>;

describe("paradiplomacy stats <dataset>", () => {
  it("writes JSON with the correlations (a, b, rho, n, p, p_holm), the groups and the rates with intervals", async () => {
    const { code, stdout } = await cli("stats", INDONESIA, "--by", "kind", "--draws", "500", "--format", "json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Json;
    expect(result.correlations).toHaveLength(55);
    for (const row of result.correlations)
      expect(Object.keys(row)).toEqual(expect.arrayContaining(["a", "b", "rho", "n", "p", "p_holm"]));
    // The shipped dataset: the stage reached and the number of events are both known for 11 partnerships.
    const stageEvents = result.correlations.find((row: Json) => row.a === "stage_reached" && row.b === "events");
    expect(stageEvents.n).toBe(11);
    expect(stageEvents.rho).toBeGreaterThan(0);
    // No figure where fewer than 5 partnerships have both, and the reason given.
    const political = result.correlations.find((row: Json) => row.a === "layer_political" && row.b === "events");
    expect(political).toMatchObject({
      n: 0,
      rho: null,
      p: null,
      p_holm: null,
      reason: "0 partnerships have both; at least 5 are needed",
    });
    expect(result.groups.by).toBe("kind");
    expect(result.rates.partnerships.find((rate: Json) => rate.id === "denpasar-mossel-bay")).toMatchObject({
      successes: 3,
      trials: 6,
      estimate: 0.5,
      basis: "reported-activities",
    });
  });

  it("gives the same p-values with the same seed, and other Monte Carlo p-values with another", async () => {
    const run = async (seed: string) =>
      (JSON.parse((await cli("stats", INDONESIA, "--draws", "300", "--seed", seed, "--format", "json")).stdout) as Json)
        .correlations as Json[];
    const [first, again, other] = [await run("7"), await run("7"), await run("8")];
    expect(again).toEqual(first);
    const sampled = first.filter((row) => row.exact === false).map((row) => row.p);
    expect(sampled.length).toBeGreaterThan(0);
    expect(other.filter((row) => row.exact === false).map((row) => row.p)).not.toEqual(sampled);
  });

  it("prints a table of at most 120 columns that says what each figure means and how few cases it rests on", async () => {
    const { code, stdout } = await cli("stats", INDONESIA, "--by", "kind", "--draws", "500");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(120);
    expect(stdout).toContain("Statistics across the 27 partnerships of indonesia. Every figure rests on few of them");
    expect(stdout).toContain("below 5 (--min-n) there is no figure at all");
    expect(stdout).toMatch(/p \(Holm\): p adjusted for the\s+\d+ tests run/);
    expect(stdout).toMatch(/The largest n is 11 of 27 partnerships/);
    // A row with no figure says why, in the table itself.
    expect(lines.find((line) => line.startsWith("layer_political          events"))).toMatch(/—\s+—\s+—\s+n < 5$/);
    expect(stdout).toContain("none: no two groups have at least 5 partnerships");
    // scipy 1.17: binomtest(3, 6).proportion_ci(method="wilson") → (0.1876, 0.8124).
    expect(stdout).toMatch(/denpasar-mossel-bay\s+3\s+6\s+0\.50\s+0\.19–0\.81\s+reported-activities/);
    expect(stdout).toContain("Pooled, action-plans (1 partnership): 3 of 11 realised, 0.27 (0.10–0.57).");
  });

  it("with --min-n lower, computes figures that the default withholds", async () => {
    const json = async (...extra: string[]) =>
      JSON.parse((await cli("stats", INDONESIA, "--draws", "200", "--format", "json", ...extra)).stdout) as Json;
    const computed = (result: Json) => result.correlations.filter((row: Json) => row.rho !== null).length;
    expect(computed(await json("--min-n", "3"))).toBeGreaterThan(computed(await json()));
  });

  it("writes the correlations, or the groups, as CSV", async () => {
    const correlations = await cli("stats", INDONESIA, "--draws", "200", "--format", "csv");
    expect(correlations.stdout.split("\r\n")[0]).toBe("a,b,n,rho,p,p_holm,exact,reason");
    const groups = await cli("stats", INDONESIA, "--draws", "200", "--format", "csv", "--by", "kind");
    expect(groups.stdout.split("\r\n")[0]).toBe("measure,group,n,median,q1,q3");
    expect(groups.stdout).toContain("stage_reached,sister-city,9,8,3,9");
  });

  it("refuses an unknown column, a bad number and an invalid dataset, in words", async () => {
    const column = await cli("stats", INDONESIA, "--by", "region");
    expect(column.code).toBe(2);
    expect(column.stderr).toContain('--by: there is no column "region" in partnerships.csv (columns: id,');
    const minimum = await cli("stats", INDONESIA, "--min-n", "1");
    expect(minimum.code).toBe(2);
    expect(minimum.stderr).toContain('--min-n must be a whole number of at least 2, found "1"');
    const invalid = await cli("stats", writeDatasetFolder({ events: "id,partnership\n" }));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("fix them first");
  });

  it("is listed in the main help and has help of its own", async () => {
    expect((await cli("--help")).stdout).toContain("stats <dataset>");
    const help = await cli("stats", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--by COLUMN");
  });
});
