import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alphaBootstrap } from "../../src/agreement/alphaBootstrap.ts";
import { cohenKappa } from "../../src/agreement/cohenKappa.ts";
import { fleissKappa } from "../../src/agreement/fleissKappa.ts";
import { krippendorffAlpha } from "../../src/agreement/krippendorffAlpha.ts";
import {
  MEASUREMENT_LEVELS,
  type ReliabilityData,
  type ReliabilityValue,
} from "../../src/agreement/measurementLevel.ts";
import { percentAgreement } from "../../src/agreement/percentAgreement.ts";

const _ = null;
/** Transposes coders × units (as the papers print them) to units × coders. */
const byUnit = (coders: ReliabilityValue[][]): ReliabilityValue[][] =>
  coders[0]!.map((_value, unit) => coders.map((coder) => coder[unit]!));

// Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg School for
// Communication, University of Pennsylvania, section C: four observers, twelve units, missing values.
const FOUR_OBSERVERS = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

// Krippendorff (2011), section A: two observers, binary data, ten units.
const TWO_OBSERVERS_BINARY = byUnit([
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]);

describe("krippendorffAlpha(data, {level})", () => {
  it.each([
    ["nominal", 0.743],
    ["ordinal", 0.815],
    ["interval", 0.849],
    ["ratio", 0.797],
  ] as const)("matches Krippendorff's (2011) worked example at the %s level: %f", (level, published) => {
    const result = krippendorffAlpha(FOUR_OBSERVERS, { level });
    expect(result.alpha!).toBeCloseTo(published, 3);
    // Unit 12 has one value only: it is not pairable, so n = 40 of the 41 values.
    expect(result.pairable).toBe(40);
    expect(result.units).toBe(12);
    expect(result.coders).toBe(4);
  });

  it("matches Krippendorff's (2011) binary two-observer example: α = 0.095", () => {
    const result = krippendorffAlpha(TWO_OBSERVERS_BINARY);
    expect(result.alpha!).toBeCloseTo(0.095, 3);
    expect(result.pairable).toBe(20);
    // The coincidence matrix of the paper: o_00 = 10, o_01 = o_10 = 4, o_11 = 2.
    expect([...result.coincidences.matrix]).toEqual([10, 4, 4, 2]);
  });

  it("is 1 for coders who always agree, at every level", () => {
    const data = [
      [1, 1, 1],
      [2, 2, _],
      [3, 3, 3],
      [_, 2, 2],
    ];
    for (const level of MEASUREMENT_LEVELS) expect(krippendorffAlpha(data, { level }).alpha).toBe(1);
  });

  it("is null when there is one category only, when every value is missing, and when no unit has two values", () => {
    expect(
      krippendorffAlpha([
        [1, 1],
        [1, 1],
      ]).alpha,
    ).toBeNull();
    expect(
      krippendorffAlpha([
        [_, _],
        [_, _],
      ]).alpha,
    ).toBeNull();
    expect(
      krippendorffAlpha([
        [1, _],
        [_, 2],
      ]).alpha,
    ).toBeNull();
    expect(krippendorffAlpha([]).alpha).toBeNull();
  });

  it("leaves out a unit coded once", () => {
    const withLoneValue = [...TWO_OBSERVERS_BINARY, [1, _]];
    expect(krippendorffAlpha(withLoneValue).alpha).toBe(krippendorffAlpha(TWO_OBSERVERS_BINARY).alpha);
  });

  it("takes text categories, with an order above the nominal level", () => {
    const text = FOUR_OBSERVERS.map((unit) =>
      unit.map((value) => (value === null ? null : "abcde"[(value as number) - 1]!)),
    );
    expect(krippendorffAlpha(text).alpha!).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(text, { level: "ordinal", order: ["a", "b", "c", "d", "e"] }).alpha!).toBeCloseTo(
      0.815,
      3,
    );
    expect(() => krippendorffAlpha(text, { level: "ordinal" })).toThrow(/order of categories/);
    expect(() => krippendorffAlpha(text, { level: "interval", order: ["a", "b", "c", "d", "e"] })).toThrow(/numbers/);
    expect(() => krippendorffAlpha(text, { level: "ordinal", order: ["a", "b"] })).toThrow(
      /"c" is not in the given order/,
    );
  });

  const categorical = fc.array(
    fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 3, maxLength: 3 }),
    {
      minLength: 2,
      maxLength: 30,
    },
  );

  it("is invariant to relabelling categories at the nominal level (property)", () => {
    fc.assert(
      fc.property(categorical, fc.shuffledSubarray(["w", "x", "y", "z"], { minLength: 4 }), (data, labels) => {
        const relabelled = data.map((unit) => unit.map((value) => (value === null ? null : labels[value]!)));
        const a = krippendorffAlpha(data).alpha;
        const b = krippendorffAlpha(relabelled).alpha;
        if (a === null) expect(b).toBeNull();
        else expect(b!).toBeCloseTo(a, 10);
      }),
    );
  });

  it("is invariant to the order of units and of coders, at every level (property)", () => {
    fc.assert(
      fc.property(categorical, fc.constantFrom(...MEASUREMENT_LEVELS), fc.integer(), (data, level, seed) => {
        const reversedUnits = [...data].reverse();
        const rotatedCoders = data.map((unit) => [unit[2]!, unit[0]!, unit[1]!]);
        const shuffled = [...data].sort((a, b) => (a.join() + seed < b.join() + seed ? -1 : 1));
        const alpha = krippendorffAlpha(data, { level }).alpha;
        for (const other of [reversedUnits, rotatedCoders, shuffled]) {
          const result = krippendorffAlpha(other, { level }).alpha;
          if (alpha === null) expect(result).toBeNull();
          else expect(result!).toBeCloseTo(alpha, 10);
        }
      }),
    );
  });

  it("is 1 for identical coders whenever it is defined (property)", () => {
    fc.assert(
      fc.property(categorical, fc.constantFrom(...MEASUREMENT_LEVELS), (data, level) => {
        const identical = data.map((unit) => [unit[0]!, unit[0]!]);
        const alpha = krippendorffAlpha(identical, { level }).alpha;
        expect(alpha === null || alpha === 1).toBe(true);
      }),
    );
  });
});

describe("alphaBootstrap(data, {draws, seed})", () => {
  it("gives the same interval for the same seed and another for another seed", () => {
    const a = alphaBootstrap(FOUR_OBSERVERS, { level: "ordinal", draws: 500, seed: 7 });
    const b = alphaBootstrap(FOUR_OBSERVERS, { level: "ordinal", draws: 500, seed: 7 });
    const c = alphaBootstrap(FOUR_OBSERVERS, { level: "ordinal", draws: 500, seed: 8 });
    expect(a.ci).toEqual(b.ci);
    expect([...a.alphas]).not.toEqual([...c.alphas]);
    expect(a.draws).toBe(500);
  });

  it("centres on alpha and brackets it", () => {
    const estimate = krippendorffAlpha(FOUR_OBSERVERS, { level: "interval" });
    const boot = alphaBootstrap(FOUR_OBSERVERS, { level: "interval", draws: 4000, seed: 3 }, estimate);
    const [low, high] = boot.ci!;
    expect(low).toBeLessThan(estimate.alpha!);
    expect(high).toBeGreaterThan(estimate.alpha!);
    expect(high).toBeLessThanOrEqual(1);
    const mean = boot.alphas.reduce((sum, alpha) => sum + alpha, 0) / boot.draws;
    // Every draw resamples the data's own pairs: its expected disagreement is D_o, so the mean draw is alpha.
    expect(mean).toBeCloseTo(estimate.alpha!, 1);
    expect(boot.belowMinimum).toBeGreaterThanOrEqual(0);
  });

  it("is [1, 1] for coders who always agree, and null when alpha is undefined", () => {
    expect(
      alphaBootstrap(
        [
          [1, 1],
          [2, 2],
          [1, 1],
        ],
        { draws: 50 },
      ).ci,
    ).toEqual([1, 1]);
    expect(
      alphaBootstrap(
        [
          [1, 1],
          [1, 1],
        ],
        { draws: 50 },
      ).ci,
    ).toBeNull();
  });

  it("refuses a draw count that is not a positive whole number", () => {
    expect(() => alphaBootstrap(FOUR_OBSERVERS, { draws: 0 })).toThrow(/draws/);
    expect(() => alphaBootstrap(FOUR_OBSERVERS, { draws: 2.5 })).toThrow(/draws/);
  });
});

/** Two coders' nominal data from a 2 × 2 table of counts: [yes-yes, yes-no, no-yes, no-no]. */
const fromTable = ([yy = 0, yn = 0, ny = 0, nn = 0]: number[]): ReliabilityData => [
  ...Array.from({ length: yy }, () => ["yes", "yes"]),
  ...Array.from({ length: yn }, () => ["yes", "no"]),
  ...Array.from({ length: ny }, () => ["no", "yes"]),
  ...Array.from({ length: nn }, () => ["no", "no"]),
];

describe("cohenKappa(data)", () => {
  // The worked examples of "Cohen's kappa", Wikipedia (retrieved 2026), each checked by hand:
  // p_o = (a + d)/n and p_e from the two coders' marginals.
  it.each([
    [[20, 5, 10, 15], 0.7, 0.5, 0.4],
    [[45, 15, 25, 15], 0.6, 0.54, 0.1304],
    [[25, 35, 5, 35], 0.6, 0.46, 0.2593],
  ])("the table %j gives p_o %f, p_e %f, κ %f", (table, observed, expected, kappa) => {
    const result = cohenKappa(fromTable(table));
    expect(result.observed).toBeCloseTo(observed, 10);
    expect(result.expected).toBeCloseTo(expected, 10);
    expect(result.kappa!).toBeCloseTo(kappa, 4);
  });

  it("leaves out units either coder left out, and is null when nothing is left or one category only", () => {
    expect(cohenKappa([...fromTable([20, 5, 10, 15]), ["yes", null], [null, "no"]]).units).toBe(50);
    expect(cohenKappa([[null, "a"]]).kappa).toBeNull();
    expect(
      cohenKappa([
        ["a", "a"],
        ["a", "a"],
      ]).kappa,
    ).toBeNull();
    expect(() => cohenKappa([["a", "a", "a"]])).toThrow(/two coders/);
  });
});

describe("fleissKappa(data)", () => {
  // Fleiss' kappa, Wikipedia's worked example (retrieved 2026): 10 subjects, 14 raters, 5 categories;
  // P̄ = 0.378, P̄_e = 0.213, κ = 0.210. Rows are counts of raters per category.
  const COUNTS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  const data = COUNTS.map((counts) => counts.flatMap((count, category) => Array<number>(count).fill(category + 1)));

  it("matches the worked example: P̄ 0.378, P̄_e 0.213, κ 0.210", () => {
    const result = fleissKappa(data);
    expect(result.observed).toBeCloseTo(0.378, 3);
    expect(result.expected).toBeCloseTo(0.213, 3);
    expect(result.kappa!).toBeCloseTo(0.21, 3);
    expect(result.raters).toBe(14);
    expect(result.units).toBe(10);
  });

  it("does not apply when units have different numbers of values", () => {
    const result = fleissKappa([
      ["a", "b", "a"],
      ["a", null, "b"],
    ]);
    expect(result.kappa).toBeNull();
    expect(result.notApplicable).toMatch(/same number of values/);
  });

  it("with two raters is Scott's pi", () => {
    // Scott's pi for the 20/5/10/15 table: p_e from pooled marginals (0.55² + 0.45² = 0.505), p_o 0.7.
    expect(fleissKappa(fromTable([20, 5, 10, 15])).kappa!).toBeCloseTo((0.7 - 0.505) / (1 - 0.505), 10);
  });
});

describe("percentAgreement(data)", () => {
  it("is the share of agreeing pairs within units, averaged over units with two values", () => {
    expect(
      percentAgreement([
        [1, 1],
        [1, 2],
        [2, 2],
        [_, 1],
      ]),
    ).toBeCloseTo(2 / 3, 10);
    // Three coders 1, 1, 2: one agreeing pair of three.
    expect(percentAgreement([[1, 1, 2]])).toBeCloseTo(1 / 3, 10);
    expect(percentAgreement([[_, 1]])).toBeNull();
  });
});
