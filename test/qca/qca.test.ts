import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calibrateCrisp, calibrateDirect } from "../../src/qca/calibrate.ts";
import { necessity, sufficiency } from "../../src/qca/fit.ts";
import { minimalCovers } from "../../src/qca/minimalCovers.ts";
import { primeImplicants } from "../../src/qca/primeImplicants.ts";
import { qca } from "../../src/qca/qca.ts";
import type { QcaData } from "../../src/qca/qcaData.ts";
import { ROOT } from "../helpers.ts";

/** A CSV of test/fixtures/qca (case, conditions…, outcome last) as QCA data. */
function lipset(file: string): QcaData {
  const [header, ...lines] = readFileSync(join(ROOT, "test/fixtures/qca", file), "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  return {
    cases: lines.map((line) => line[0]!),
    conditions: header!.slice(1, -1),
    values: lines.map((line) => line.slice(1, -1).map(Number)),
    outcomeName: header!.at(-1)!,
    outcome: lines.map((line) => Number(line.at(-1))),
  };
}

const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

describe("qca(LC) — Lipset's binary crisp data", () => {
  const result = qca(lipset("LC.csv"), { inclCut: 1 });

  it("gives the truth table of R's QCA: truthTable(LC, SURV)", () => {
    expect(
      result.truth_table.map((row) => [row.configuration.join(""), row.row, row.n, row.outcome, row.cases.join(",")]),
    ).toEqual([
      ["00000", 1, 3, 0, "GR,PT,ES"],
      ["00001", 2, 2, 0, "IT,RO"],
      ["00100", 5, 2, 0, "HU,PL"],
      ["00101", 6, 1, 0, "EE"],
      ["10101", 22, 2, 1, "FI,IE"],
      ["10110", 23, 1, 0, "AU"],
      ["10111", 24, 2, 1, "FR,SE"],
      ["11110", 31, 1, 0, "DE"],
      ["11111", 32, 4, 1, "BE,CZ,NL,UK"],
    ]);
  });

  // Rihoux & De Meur (2009, p. 57), as the R package QCA's minimize(ttLC) and minimize(ttLC, include = "?") print them.
  it("gives the published conservative solution DEV*~URB*LIT*STB + DEV*LIT*IND*STB", () => {
    expect(result.solutions.conservative.map((solution) => solution.expression)).toEqual([
      "DEV*~URB*LIT*STB + DEV*LIT*IND*STB",
    ]);
    const [first, second] = result.solutions.conservative[0]!.terms;
    // Raw coverage by hand: FI, IE, FR, SE of 8 surviving = 0.5; FR, SE, BE, CZ, NL, UK = 0.75.
    expect([first!.raw_coverage, first!.unique_coverage, second!.raw_coverage, second!.unique_coverage]).toEqual([
      0.5, 0.25, 0.75, 0.5,
    ]);
  });

  it("gives the published parsimonious solution DEV*STB", () => {
    expect(result.solutions.parsimonious.map((solution) => solution.expression)).toEqual(["DEV*STB"]);
    expect(result.solutions.parsimonious[0]).toMatchObject({ inclusion: 1, pri: 1, coverage: 1 });
  });
});

describe("qca(LF) — Lipset's fuzzy data, inclusion cut 0.8", () => {
  const result = qca(lipset("LF.csv"), { inclCut: 0.8 });

  // The values R's QCA prints for truthTable(LF, SURV, incl.cut = 0.8) (Dușa 2019, QCA with R, ch. 7; Ragin 2009, p. 112).
  it("gives the published truth table: inclusion and PRI of each configuration", () => {
    expect(
      result.truth_table.map((row) => [row.row, row.n, rounded(row.inclusion), rounded(row.pri), row.outcome]),
    ).toEqual([
      [1, 3, 0.216, 0, 0],
      [2, 2, 0.278, 0, 0],
      [5, 2, 0.521, 0.113, 0],
      [6, 1, 0.529, 0.228, 0],
      [22, 2, 0.804, 0.719, 1],
      [23, 1, 0.378, 0.04, 0],
      [24, 2, 0.709, 0.634, 0],
      [31, 1, 0.445, 0.05, 0],
      [32, 4, 0.904, 0.886, 1],
    ]);
  });

  // minimize(ttLF, include = "?", details = TRUE) in R's QCA (Dușa 2019, ch. 8):
  //   DEV*~IND  0.815 0.721 0.284 0.194;  URB*STB  0.874 0.845 0.520 0.430;  M1  0.850 0.819 0.714.
  it("gives the published parsimonious solution DEV*~IND + URB*STB with its parameters of fit", () => {
    const [solution, ...others] = result.solutions.parsimonious;
    expect(others).toEqual([]);
    expect(solution!.expression).toBe("DEV*~IND + URB*STB");
    expect([solution!.inclusion, solution!.pri, solution!.coverage].map(rounded)).toEqual([0.85, 0.819, 0.714]);
    expect(
      solution!.terms.map((term) => [
        term.expression,
        ...[term.inclusion, term.pri, term.raw_coverage, term.unique_coverage].map(rounded),
      ]),
    ).toEqual([
      ["DEV*~IND", 0.815, 0.721, 0.284, 0.194],
      ["URB*STB", 0.874, 0.845, 0.52, 0.43],
    ]);
  });

  it("lists the prime implicants of the parsimonious minimisation, the essential ones marked", () => {
    // Both terms of the one solution are essential: each is the only cover of one sufficient configuration.
    expect(
      result.prime_implicants.parsimonious
        .filter((implicant) => implicant.essential)
        .map((implicant) => implicant.expression),
    ).toEqual(["DEV*~IND", "URB*STB"]);
    expect(result.prime_implicants.parsimonious.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the conservative solution of the two sufficient configurations", () => {
    expect(result.solutions.conservative.map((solution) => solution.expression)).toEqual([
      "DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB",
    ]);
  });

  it("computes necessity for each condition and its negation", () => {
    const lit = result.necessity.find((row) => row.condition === "LIT")!;
    // Every surviving democracy was literate: LIT is nearly necessary (by hand: Σ min(LIT, SURV) / Σ SURV).
    const data = lipset("LF.csv");
    const both = data.values.reduce((sum, values, index) => sum + Math.min(values[2]!, data.outcome[index]!), 0);
    expect(lit.inclusion!).toBeCloseTo(both / data.outcome.reduce((sum, value) => sum + value, 0), 12);
    expect(lit.inclusion!).toBeGreaterThan(0.95);
    expect(result.necessity.map((row) => row.condition)).toEqual([
      "DEV",
      "~DEV",
      "URB",
      "~URB",
      "LIT",
      "~LIT",
      "IND",
      "~IND",
      "STB",
      "~STB",
    ]);
  });
});

describe("calibrateCrisp(value, thresholds) and calibrateDirect(value, anchors)", () => {
  it("turns Lipset's raw data into the crisp data with the thresholds the QCA package documents", () => {
    const raw = lipset("LR.csv");
    const crisp = lipset("LC.csv");
    const thresholds = [550, 50, 75, 30];
    raw.values.forEach((values, index) => {
      const calibrated = [
        ...thresholds.map((threshold, condition) => calibrateCrisp(values[condition]!, [threshold])),
        // Government stability: fewer than 10 cabinets.
        1 - calibrateCrisp(values[4]!, [10]),
      ];
      expect(calibrated, raw.cases[index]).toEqual(crisp.values[index]);
      expect(raw.outcome[index]! > 0 ? 1 : 0).toBe(crisp.outcome[index]);
    });
  });

  it("gives 0.05, 0.5 and 0.95 at the three anchors, and the logistic of the scaled log odds between", () => {
    const anchors = { exclusion: 400, crossover: 550, inclusion: 900 };
    expect(calibrateDirect(400, anchors)).toBeCloseTo(0.05, 12);
    expect(calibrateDirect(550, anchors)).toBe(0.5);
    expect(calibrateDirect(900, anchors)).toBeCloseTo(0.95, 12);
    // Halfway between the crossover and inclusion: log odds ln(19)/2 = 1.4722, membership 0.8134 (by hand).
    expect(calibrateDirect(725, anchors)).toBeCloseTo(0.8134, 4);
    // Reversed anchors calibrate a set that falls as the value rises (cabinets: 10 or more is unstable).
    expect(calibrateDirect(4, { exclusion: 10, crossover: 7, inclusion: 4 })).toBeCloseTo(0.95, 12);
    expect(calibrateDirect(8, { exclusion: 10, crossover: 7, inclusion: 4 })).toBeLessThan(0.5);
    expect(() => calibrateDirect(1, { exclusion: 1, crossover: 3, inclusion: 2 })).toThrow(/in order/);
  });
});

describe("sufficiency(x, y) and necessity(x, y)", () => {
  it("computes inclusion, PRI and coverage by hand on three cases", () => {
    expect(sufficiency([1, 1, 0], [1, 0, 0])).toEqual({ inclusion: 0.5, pri: 0.5, coverage: 1 });
    expect(necessity([1, 1, 0], [1, 0, 0])).toEqual({ inclusion: 1, coverage: 0.5, relevance: 0.5 });
    expect(sufficiency([0, 0], [1, 1]).inclusion).toBeNull();
  });
});

describe("primeImplicants(minterms, k) and minimalCovers(chart, rows)", () => {
  it("finds the prime implicants of a small function by hand: f(a,b,c) = Σm(0, 1, 2, 5, 6, 7)", () => {
    const primes = primeImplicants([0, 1, 2, 5, 6, 7], 3).map(({ dontCare, value }) => `${dontCare}:${value}`);
    // With a = 4, b = 2, c = 1 as dontCare:value: a'b' (00-) 1:0, a'c' (0-0) 2:0, b'c (-01) 4:1, bc' (-10) 4:2,
    // ac (1-1) 2:5, ab (11-) 1:6.
    expect(primes.sort()).toEqual(["1:0", "2:0", "4:1", "4:2", "2:5", "1:6"].sort());
  });

  it("returns every minimal cover when the chart is cyclic (model ambiguity)", () => {
    // The cyclic chart of Σm(0, 1, 2, 5, 6, 7): two covers of three implicants each.
    const minterms = [0, 1, 2, 5, 6, 7];
    const primes = primeImplicants(minterms, 3);
    const chart = primes.map((implicant) =>
      minterms.flatMap((row, index) => ((row & ~implicant.dontCare) === implicant.value ? [index] : [])),
    );
    const found = minimalCovers(chart, minterms.length).covers;
    expect(found).toHaveLength(2);
    for (const cover of found) expect(cover).toHaveLength(3);
  });

  it("counts every minimal cover, also beyond the limit it lists: 2^9 = 512 for nine rows of two implicants each", () => {
    // By hand: row r is covered by implicants 2r and 2r + 1 alone, so a minimal cover takes one of the two for each of
    // the nine rows, independently: 2^9 = 512 covers of nine implicants.
    const chart = Array.from({ length: 18 }, (_, implicant) => [implicant >> 1]);
    const { covers, total, totalExact, complete } = minimalCovers(chart, 9, 100);
    expect({ listed: covers.length, total, totalExact, complete }).toEqual({
      listed: 100,
      total: 512,
      totalExact: true,
      complete: true,
    });
    for (const cover of covers) expect(cover).toHaveLength(9);
    // A budget spent while counting leaves the covers proven minimal and the count a lower bound.
    const short = minimalCovers(chart, 9, 100, 300);
    expect({ complete: short.complete, totalExact: short.totalExact }).toEqual({ complete: true, totalExact: false });
    expect(short.total).toBeGreaterThan(0);
    expect(short.total).toBeLessThan(512);
  });

  it("says how many models there are in all, and lists the same first ones whatever the limit", () => {
    const rows = [0, 1, 2, 5, 6, 7];
    const data: QcaData = {
      cases: Array.from({ length: 8 }, (_, index) => `c${index}`),
      conditions: ["A", "B", "C"],
      values: Array.from({ length: 8 }, (_, row) => [(row >> 2) & 1, (row >> 1) & 1, row & 1]),
      outcomeName: "Y",
      outcome: Array.from({ length: 8 }, (_, row) => (rows.includes(row) ? 1 : 0)),
    };
    const one = qca(data, { inclCut: 1, limit: 1 });
    expect(one.solutions.conservative.map((solution) => solution.expression)).toEqual(["A*B + ~A*~C + ~B*C"]);
    expect(one.models_total).toEqual({ conservative: 2, parsimonious: 2, exact: true });
    expect(one.diversity).toEqual({ observed: 8, possible: 8 });
  });

  it("writes both solutions of an ambiguous truth table, each a sum of three terms", () => {
    const rows = [0, 1, 2, 5, 6, 7];
    const data: QcaData = {
      cases: Array.from({ length: 8 }, (_, index) => `c${index}`),
      conditions: ["A", "B", "C"],
      values: Array.from({ length: 8 }, (_, row) => [(row >> 2) & 1, (row >> 1) & 1, row & 1]),
      outcomeName: "Y",
      outcome: Array.from({ length: 8 }, (_, row) => (rows.includes(row) ? 1 : 0)),
    };
    expect(qca(data, { inclCut: 1 }).solutions.conservative.map((solution) => solution.expression)).toEqual([
      "A*B + ~A*~C + ~B*C",
      "A*C + ~A*~B + B*~C",
    ]);
  });

  it("leaves out a case with a membership of exactly 0.5, and says so", () => {
    const result = qca({
      cases: ["a", "b"],
      conditions: ["X"],
      values: [[0.5], [1]],
      outcomeName: "Y",
      outcome: [1, 1],
    });
    expect(result.ambiguous).toEqual(["a"]);
    expect(result.truth_table.map((row) => row.cases)).toEqual([["b"]]);
  });
});
