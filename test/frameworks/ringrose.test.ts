import { describe, expect, it } from "vitest";
import { ringrose } from "../../src/frameworks/ringrose.ts";
import { coding } from "./fixtures.ts";

const all = (scores: Array<number | null>) =>
  ["commitment", "community_participation", "mutual_understanding", "reciprocity", "tangible_results"].map(
    (element, index) => coding("ringrose", element, scores[index]!),
  );
const elementsOf = (entries: ReadonlyArray<{ element: string }>) => entries.map((entry) => entry.element);

describe("ringrose.score(input, {weights})", () => {
  it("computes the conditions score as the mean of the assessed conditions scaled to [0, 1], tangible results apart", () => {
    // Hand-computed: conditions 2, 1, 2, 0 → (1 + 0.5 + 1 + 0) / 4 = 0.625; tangible results (1) is not in it.
    const result = ringrose.score({ partnership: "p", codings: all([2, 1, 2, 0, 1]), events: [] });
    expect(result.index).toBeCloseTo(0.625, 10);
    expect(result.assessed).toBe(1);
    expect(result.assessedCount).toBe(4);
    expect(result.tangibleResults).toBe(1);
  });

  it("the outcome does not move the conditions score: tangible results 0 and 2 give the same score", () => {
    const low = ringrose.score({ partnership: "p", codings: all([2, 1, 2, 0, 0]), events: [] });
    const high = ringrose.score({ partnership: "p", codings: all([2, 1, 2, 0, 2]), events: [] });
    expect(low.index).toBe(high.index);
    expect([low.tangibleResults, high.tangibleResults]).toEqual([0, 2]);
  });

  it("lists conditions not met (0) and partly met (1) apart, never together", () => {
    // Scores 1, 0, 1, 0: not met = participation, reciprocity; partly met = commitment, understanding.
    const result = ringrose.score({ partnership: "p", codings: all([1, 0, 1, 0, null]), events: [] });
    expect(elementsOf(result.notMet)).toEqual(["community_participation", "reciprocity"]);
    expect(elementsOf(result.partlyMet)).toEqual(["commitment", "mutual_understanding"]);
    // Tangible results is an outcome: scored 0 it is reported as the outcome, not as a condition not met.
    const outcome = ringrose.score({ partnership: "p", codings: all([2, 2, 2, 2, 0]), events: [] });
    expect([outcome.notMet, outcome.partlyMet, outcome.tangibleResults]).toEqual([[], [], 0]);
  });

  it("leaves NA conditions out of the score instead of counting them as 0", () => {
    // Hand-computed: assessed 2, 2, 0 → (1 + 1 + 0) / 3 = 0.6667; with NA as 0 it would be 0.5.
    const result = ringrose.score({ partnership: "p", codings: all([2, null, 2, 0, null]), events: [] });
    expect(result.index).toBeCloseTo(2 / 3, 10);
    expect(result.assessed).toBeCloseTo(0.75, 10);
    expect(result.notAssessed).toEqual(["community_participation", "tangible_results"]);
    expect(elementsOf(result.notMet)).toEqual(["reciprocity"]);
    expect(result.partlyMet).toEqual([]);
  });

  it("applies custom weights to the conditions", () => {
    // Hand-computed: weights 3,1,1,1 on scores 2,0,0,0 → 3·1 / 6 = 0.5.
    const result = ringrose.score(
      { partnership: "p", codings: all([2, 0, 0, 0, 0]), events: [] },
      { weights: { commitment: 3 } },
    );
    expect(result.index).toBeCloseTo(0.5, 10);
  });

  it("returns a null score when no condition is assessed, and still reports the outcome", () => {
    expect(ringrose.score({ partnership: "p", codings: [], events: [] })).toMatchObject({
      index: null,
      assessed: 0,
      notMet: [],
      partlyMet: [],
      tangibleResults: null,
    });
    const outcomeOnly = ringrose.score({
      partnership: "p",
      codings: [coding("ringrose", "tangible_results", 2)],
      events: [],
    });
    expect(outcomeOnly).toMatchObject({ index: null, assessedCount: 0, tangibleResults: 2 });
    expect(ringrose.isAssessed(outcomeOnly)).toBe(true);
    expect(ringrose.headline(outcomeOnly, "en")).toBe("No condition assessed; tangible results: 2/2");
  });

  it("lists a partly met condition with its evidence and its kind", () => {
    const result = ringrose.score({ partnership: "p", codings: [coding("ringrose", "reciprocity", 1)], events: [] });
    expect(result.partlyMet).toEqual([
      {
        element: "reciprocity",
        score: 1,
        evidence: "quote for reciprocity",
        evidence_kind: "finding",
        source: "src",
        locator: "1",
      },
    ]);
  });

  it("throws on unknown elements, a weight on the outcome and negative weights, naming the bad value", () => {
    const input = { partnership: "p", codings: [], events: [] };
    expect(() => ringrose.score(input, { weights: { leadership: 1 } as never })).toThrow(
      /unknown Ringrose element "leadership"/,
    );
    expect(() => ringrose.score(input, { weights: { tangible_results: 2 } as never })).toThrow(
      /tangible_results takes no weight: it is an outcome/,
    );
    expect(() => ringrose.score(input, { weights: { commitment: -1 } })).toThrow(
      /weight of commitment must be a finite number ≥ 0, found -1/,
    );
  });
});

describe("ringrose.headline(result, language)", () => {
  it("names the score for what it measures and gives not met, partly met and the outcome apart", () => {
    const result = ringrose.score({ partnership: "p", codings: all([1, 0, 1, 0, null]), events: [] });
    // Hand-computed: (0.5 + 0 + 0.5 + 0) / 4 = 0.25.
    expect(ringrose.headline(result, "en")).toBe(
      "Conditions score 0.25 (4 of 4 conditions assessed); not met: community participation, reciprocity; partly met: commitment, mutual understanding; tangible results: NA",
    );
    expect(ringrose.headline(result, "id")).toBe(
      "Skor syarat 0,25 (4 dari 4 syarat dinilai); tidak terpenuhi: partisipasi masyarakat, timbal balik; terpenuhi sebagian: komitmen, pemahaman bersama; hasil nyata: NA",
    );
  });
});

describe("ringrose.score(input, {minimumCoverage})", () => {
  const codings = [coding("ringrose", "commitment", 2), coding("ringrose", "reciprocity", 1)];

  it("marks a score resting on fewer conditions than the minimum (default 3 of 4) as not rankable", () => {
    const result = ringrose.score({ partnership: "p", codings, events: [] });
    // Hand-computed: (1 + 0.5) / 2 = 0.75 over 2 conditions, below 3.
    expect(result).toMatchObject({ index: 0.75, assessedCount: 2, rankable: false });
    expect(ringrose.score({ partnership: "p", codings, events: [] }, { minimumCoverage: 2 }).rankable).toBe(true);
  });

  it("does not count tangible results towards the coverage", () => {
    const result = ringrose.score({
      partnership: "p",
      codings: [...codings, coding("ringrose", "tangible_results", 2)],
      events: [],
    });
    expect(result).toMatchObject({ assessedCount: 2, rankable: false, tangibleResults: 2 });
  });

  it("refuses a minimum that is not a whole number of conditions from 1 to 4", () => {
    expect(() => ringrose.score({ partnership: "p", codings, events: [] }, { minimumCoverage: 5 })).toThrow(
      /minimumCoverage must be a whole number of conditions from 1 to 4, found 5/,
    );
  });
});

describe("ringrose.aggregate(members)", () => {
  const score = (scores: Array<number | null>) =>
    ringrose.score({ partnership: "p", codings: all(scores), events: [] });

  it("averages only rankable scores and says how many it left out", () => {
    // a: 2,2,2,2 → 1 (4 conditions); b: 1,NA,1,0 → 1/3 (3 conditions); c: NA,2,NA,NA → 1 on one condition, left out.
    // Hand-computed mean of the rankable: (1 + 1/3) / 2 = 2/3, not (1 + 1/3 + 1) / 3 = 7/9.
    const aggregate = ringrose.aggregate([
      { id: "a", result: score([2, 2, 2, 2, null]) },
      { id: "b", result: score([1, null, 1, 0, null]) },
      { id: "c", result: score([null, 2, null, null, null]) },
    ]);
    expect(aggregate.index).toBeCloseTo(2 / 3, 10);
    expect(aggregate).toMatchObject({ indexCount: 2, leftOut: ["c"], indexMin: 1 / 3, indexMax: 1 });
    // Reciprocity 2 and 0: partly met across the portfolio; nothing is 0 everywhere.
    expect(aggregate.notMet).toEqual([]);
    expect(aggregate.partlyMet).toEqual(["commitment", "mutual_understanding", "reciprocity"]);
  });

  it("lists a condition scored 0 wherever assessed as not met", () => {
    const aggregate = ringrose.aggregate([
      { id: "a", result: score([1, 0, null, 0, null]) },
      { id: "b", result: score([2, 0, 2, null, null]) },
    ]);
    expect(aggregate.notMet).toEqual(["community_participation", "reciprocity"]);
    expect(aggregate.partlyMet).toEqual(["commitment"]);
  });
});
