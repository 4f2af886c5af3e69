import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "../../src/agreement/krippendorffAlpha.ts";
import type { Coding } from "../../src/dataset/types.ts";
import { codingReliability } from "../../src/reliability/codingReliability.ts";

const ELEMENTS = ["commitment", "community_participation", "mutual_understanding", "reciprocity", "tangible_results"];

function coding(partnership: string, indicator: string, coder: string, score: number | null): Coding {
  return {
    partnership,
    framework: "ringrose",
    indicator,
    score,
    coder,
    evidence: score === null ? null : `${coder} read ${indicator}`,
    evidence_kind: score === null ? null : "finding",
    source: "src",
    locator: "1",
    note: null,
    note_indonesian: null,
  };
}

// Two coders, two partnerships, the five elements: ana and budi differ on two units, and on a third
// budi says NA where ana scores.
const ANA = [
  [2, 2, 1, 0, 2],
  [1, 0, 1, 1, 2],
];
const BUDI: Array<Array<number | null>> = [
  [2, 1, 1, 0, 2],
  [1, 0, null, 2, 2],
];
const CODINGS = ["p1", "p2"].flatMap((partnership, row) =>
  ELEMENTS.flatMap((indicator, column) => [
    coding(partnership, indicator, "ana", ANA[row]![column]!),
    coding(partnership, indicator, "budi", BUDI[row]![column]!),
  ]),
);

describe("codingReliability(codings)", () => {
  const result = codingReliability(CODINGS, { draws: 200, seed: 4 });

  it("computes alpha per framework from the units (partnership × indicator), at the framework's scale level", () => {
    const framework = result.agreement.find((row) => row.scope === "framework" && row.framework === "ringrose")!;
    const units = ["p1", "p2"].flatMap((_, row) =>
      ELEMENTS.map((_, column) => [ANA[row]![column]!, BUDI[row]![column]!]),
    );
    expect(framework.level).toBe("ordinal");
    expect(framework.alpha).toBe(krippendorffAlpha(units, { level: "ordinal" }).alpha);
    // 10 units, one with an NA: 9 pairable units.
    expect(framework.units).toBe(9);
    expect(framework.percent_agreement).toBeCloseTo(7 / 9, 10);
    expect(framework.na_disagreements).toBe(1);
    expect(framework.cohen_kappa).not.toBeNull();
    expect(framework.ci![0]).toBeLessThanOrEqual(framework.alpha!);
  });

  it("gives a row per indicator and an overall row per level", () => {
    expect(result.agreement.filter((row) => row.scope === "indicator").map((row) => row.indicator)).toEqual(ELEMENTS);
    const reciprocity = result.agreement.find((row) => row.indicator === "reciprocity")!;
    // Units (0, 0) and (1, 2): Krippendorff's ordinal alpha by hand: n = 4, values 0,0,1,2 with n_0 = 2, n_1 = 1, n_2 = 1.
    // o_01 = o_10 = 0, o_12 = o_21 = 1, o_00 = 2. δ²(1,2) = (n_1/2 + n_2/2)² = 1; δ²(0,1) = (1 + 0.5)² = 2.25; δ²(0,2) = (1 + 1 + 0.5)² = 6.25.
    // D_o = 2·1/4 = 0.5; D_e = (2·2·1·2.25 + 2·2·1·6.25 + 2·1·1·1)/(4·3) = 36/12 = 3; α = 1 − 0.5/3 = 0.8333.
    expect(reciprocity.alpha!).toBeCloseTo(1 - 0.5 / 3, 10);
    expect(result.agreement.filter((row) => row.scope === "overall").map((row) => row.level)).toEqual(["ordinal"]);
  });

  it("lists every disagreement with each coder's score, evidence and kind, NA against a score included", () => {
    expect(result.disagreements.map((d) => `${d.partnership} ${d.indicator}`)).toEqual([
      "p1 community_participation",
      "p2 mutual_understanding",
      "p2 reciprocity",
    ]);
    expect(result.disagreements[1]!.judgements).toEqual([
      {
        coder: "ana",
        score: 1,
        evidence: "ana read mutual_understanding",
        evidence_kind: "finding",
        source: "src",
        locator: "1",
      },
      { coder: "budi", score: null, evidence: null, evidence_kind: null, source: "src", locator: "1" },
    ]);
  });

  it("compares checklists at the nominal level", () => {
    const checklist = codingReliability(
      [
        { ...coding("p1", "international_market", "ana", 1), framework: "motives" },
        { ...coding("p1", "international_market", "budi", 0), framework: "motives" },
      ],
      { draws: 0 },
    );
    expect(checklist.agreement.find((row) => row.scope === "framework")!.level).toBe("nominal");
    expect(checklist.agreement.find((row) => row.scope === "framework")!.ci).toBeNull();
  });
});
