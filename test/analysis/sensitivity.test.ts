import { randomLcg } from "d3";
import { describe, expect, it } from "vitest";
import { rankIntervals } from "../../src/analysis/sensitivity.ts";
import { cli, INDONESIA } from "../helpers.ts";

describe("rankIntervals(cases, {draws, seed})", () => {
  it("keeps a ranking that no weighting, aggregation or treatment of NA can change (by hand: A dominates B dominates C)", () => {
    const result = rankIntervals(
      [
        { id: "A", scores: [2, 2, 2, 2, 2] },
        { id: "B", scores: [1, 1, 1, 1, 1] },
        { id: "C", scores: [0, 0, 0, 0, 0] },
      ],
      { draws: 500 },
    );
    expect(result.partnerships.map((entry) => [entry.id, entry.baseline, entry.p05, entry.median, entry.p95])).toEqual([
      ["A", 1, 1, 1, 1],
      ["B", 2, 2, 2, 2],
      ["C", 3, 3, 3, 3],
    ]);
  });

  it("widens the interval of a partnership whose rank rests on NA being left out", () => {
    // D: one element met, four NA: index 1 with NA left out, at most the weight of its one element when NA counts as 0.
    const result = rankIntervals(
      [
        { id: "D", scores: [2, null, null, null, null] },
        { id: "E", scores: [1, 1, 1, 1, 1] },
      ],
      { draws: 2000, seed: 3 },
    );
    const d = result.partnerships[0]!;
    expect(d.baseline).toBe(1);
    expect([d.best, d.worst]).toEqual([1, 2]);
    expect(d.p95).toBe(2);
  });

  it("gives the same intervals for the same seed, and others for another seed", () => {
    const random = randomLcg(9);
    const cases = Array.from({ length: 40 }, (_, index) => ({
      id: `p${index}`,
      scores: Array.from({ length: 5 }, () => (random() < 0.2 ? null : Math.floor(random() * 3))),
    }));
    const a = rankIntervals(cases, { draws: 300, seed: 11 });
    expect(rankIntervals(cases, { draws: 300, seed: 11 })).toEqual(a);
    expect(rankIntervals(cases, { draws: 300, seed: 12 }).partnerships).not.toEqual(a.partnerships);
    for (const entry of a.partnerships) {
      expect(entry.best).toBeLessThanOrEqual(entry.p05);
      expect(entry.p05).toBeLessThanOrEqual(entry.median);
      expect(entry.median).toBeLessThanOrEqual(entry.p95);
      expect(entry.p95).toBeLessThanOrEqual(entry.worst);
    }
  });

  it("refuses a draw count that is not a positive whole number", () => {
    expect(() => rankIntervals([], { draws: 0 })).toThrow(/draws/);
  });
});

describe("paradiplomacy sensitivity <dataset>", () => {
  it("ranks the shipped dataset's rankable partnerships, reproducibly with a seed", async () => {
    const first = await cli("sensitivity", INDONESIA, "--draws", "500", "--seed", "4", "--json");
    const second = await cli("sensitivity", INDONESIA, "--draws", "500", "--seed", "4", "--json");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const json = JSON.parse(first.stdout);
    expect(json.draws).toBe(500);
    expect(json.partnerships.map((entry: { id: string }) => entry.id)).toContain("jawa-barat-souss-massa");
    const table = await cli("sensitivity", INDONESIA, "--draws", "200");
    expect(table.stdout).toMatch(/partnerships ranked by the conditions score; 200 draws, seed 1/);
    expect((await cli("sensitivity", INDONESIA, "--draws", "many")).code).toBe(2);
  });
});
