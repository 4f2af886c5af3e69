import { describe, expect, it } from "vitest";
import { ringrose } from "../../src/frameworks/ringrose.ts";
import { coding } from "./fixtures.ts";

const all = (scores: Array<number | null>) =>
  ["commitment", "community_participation", "mutual_understanding", "reciprocity", "tangible_results"].map(
    (element, index) => coding("ringrose", element, scores[index]!),
  );

describe("ringrose.score(input, {weights})", () => {
  it("computes the index as the mean of assessed elements scaled to [0, 1]", () => {
    // Hand-computed: (2 + 1 + 2 + 0 + 1) / 2 / 5 = 6 / 10 = 0.6
    const result = ringrose.score({ partnership: "p", codings: all([2, 1, 2, 0, 1]), events: [] });
    expect(result.index).toBeCloseTo(0.6, 10);
    expect(result.assessed).toBe(1);
    expect(result.unmet.map((entry) => entry.element)).toEqual([
      "community_participation",
      "reciprocity",
      "tangible_results",
    ]);
  });

  it("leaves NA elements out of the index instead of counting them as 0", () => {
    // Hand-computed: assessed 2, 2, 0 → (1 + 1 + 0) / 3 = 0.6667; with NA as 0 it would be 0.4.
    const result = ringrose.score({ partnership: "p", codings: all([2, null, 2, 0, null]), events: [] });
    expect(result.index).toBeCloseTo(2 / 3, 10);
    expect(result.assessed).toBeCloseTo(0.6, 10);
    expect(result.notAssessed).toEqual(["community_participation", "tangible_results"]);
    expect(result.unmet.map((entry) => entry.element)).toEqual(["reciprocity"]);
  });

  it("applies custom weights", () => {
    // Hand-computed: weights 3,1,1,1,1 on scores 2,0,0,0,0 → 3·1 / 7 = 0.428571…
    const result = ringrose.score(
      { partnership: "p", codings: all([2, 0, 0, 0, 0]), events: [] },
      { weights: { commitment: 3 } },
    );
    expect(result.index).toBeCloseTo(3 / 7, 10);
  });

  it("returns a null index when nothing is assessed", () => {
    const result = ringrose.score({ partnership: "p", codings: [], events: [] });
    expect(result).toMatchObject({ index: null, assessed: 0, unmet: [] });
  });

  it("lists unmet elements with their evidence and its kind", () => {
    const result = ringrose.score({ partnership: "p", codings: [coding("ringrose", "reciprocity", 1)], events: [] });
    expect(result.unmet).toEqual([
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

  it("throws on unknown elements and negative weights, naming the bad value", () => {
    const input = { partnership: "p", codings: [], events: [] };
    expect(() => ringrose.score(input, { weights: { leadership: 1 } as never })).toThrow(
      /unknown Ringrose element "leadership"/,
    );
    expect(() => ringrose.score(input, { weights: { commitment: -1 } })).toThrow(
      /weight of commitment must be a finite number ≥ 0, found -1/,
    );
  });
});

describe("ringrose.score(input, {minimumCoverage})", () => {
  const codings = [coding("ringrose", "commitment", 2), coding("ringrose", "reciprocity", 1)];

  it("marks an index resting on fewer elements than the minimum (default 3 of 5) as not rankable", () => {
    const result = ringrose.score({ partnership: "p", codings, events: [] });
    // Hand-computed: (1 + 0.5) / 2 = 0.75 over 2 elements, below 3.
    expect(result).toMatchObject({ index: 0.75, assessedCount: 2, rankable: false });
    expect(ringrose.score({ partnership: "p", codings, events: [] }, { minimumCoverage: 2 }).rankable).toBe(true);
  });

  it("refuses a minimum that is not a whole number of elements from 1 to 5", () => {
    expect(() => ringrose.score({ partnership: "p", codings, events: [] }, { minimumCoverage: 6 })).toThrow(
      /minimumCoverage must be a whole number of elements from 1 to 5, found 6/,
    );
  });
});
