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

  it("ranks more than 2,048 partnerships exactly: 2,100 in three tied groups keep their shared ranks in every draw", () => {
    // By hand: a partnership whose five elements share one score has that score as its index under any weights and
    // either mean, so the 700 scoring 2 share rank 1, the 700 scoring 1 rank 701, and the 700 scoring 0 rank 1,401,
    // in every draw. The groups are interleaved, so that cases numbered above 2,047 fall in each.
    const cases = Array.from({ length: 2100 }, (_, index) => ({
      id: `p${index}`,
      scores: Array.from({ length: 5 }, () => 2 - (index % 3)),
    }));
    const result = rankIntervals(cases, { draws: 20 });
    const expected = (index: number) => [1, 701, 1401][index % 3]!;
    const wrong = result.partnerships.filter(
      (entry, index) =>
        [entry.baseline, entry.best, entry.p05, entry.median, entry.p95, entry.worst].some(
          (rank) => rank !== expected(index),
        ) || entry.id !== `p${index}`,
    );
    expect(wrong).toEqual([]);
  });

  it("refuses more partnerships than its histogram of ranks can hold, saying what to do instead", () => {
    const cases = Array.from({ length: 8193 }, (_, index) => ({ id: `p${index}`, scores: [2] }));
    expect(() => rankIntervals(cases, { draws: 1 })).toThrow(
      "the sensitivity analysis ranks at most 8,192 partnerships at once (its histogram of ranks takes n² × 4 bytes, 256 MB at that size); found 8,193: rank a subset, such as one local government's or one country's partnerships",
    );
  });

  it("refuses a draw count that is not a positive whole number", () => {
    expect(() => rankIntervals([], { draws: 0 })).toThrow(/draws/);
  });
});

describe("paradiplomacy sensitivity <dataset>", () => {
  it("says who is left out of the ranking and why, in the table and in the JSON", async () => {
    const table = await cli("sensitivity", INDONESIA, "--draws", "100");
    expect(table.stdout.split("\n").slice(0, 5)).toEqual([
      "5 of 27 partnerships ranked by the conditions score; 100 draws, seed 1.",
      "Left out: 22 of 27, whose score rests on too few conditions to be ranked:",
      "  1 of 4 conditions assessed, fewer than the 3 a ranked score needs (4): denpasar-perth, denpasar-gyeongju, denpasar-brighton-hove, kabupaten-bogor-nanning",
      "  not coded on Ringrose's conditions: none of the 4 assessed (17): denpasar-darwin, bandung-suwon, bandung-fort-worth, bandung-shenzhen, bandung-yingkou, bandung-petaling-jaya, bandung-kawasaki, bandung-toyota, bandung-hamamatsu, bandung-namur, bandung-cotabato, bandung-melbourne, bandung-cuenca, banda-aceh-apeldoorn, medan-gwangju, surabaya-kitakyushu, medan-penang",
      // Braunschweig's third assessed element is tangible results, an outcome, not a condition (001 §1.5.2).
      "  2 of 4 conditions assessed, fewer than the 3 a ranked score needs (1): bandung-braunschweig",
    ]);
    const json = JSON.parse((await cli("sensitivity", INDONESIA, "--draws", "100", "--json")).stdout);
    expect(json.left_out).toHaveLength(22);
    expect(json.left_out[0]).toEqual({
      id: "denpasar-perth",
      assessed: 1,
      reason: "1 of 4 conditions assessed, fewer than the 3 a ranked score needs",
    });
  });

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
    expect(table.stdout).toContain("Ranks whose 5%–95% intervals overlap cannot be told apart.");
    expect((await cli("sensitivity", INDONESIA, "--draws", "many")).code).toBe(2);
  });
});
