import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, INDONESIA, ROOT, temporaryFolder } from "../helpers.ts";

function table(name: string, text: string): string {
  const path = join(temporaryFolder(), name);
  writeFileSync(path, text);
  return path;
}
const LF = join(ROOT, "test/fixtures/qca/LF.csv");

describe("paradiplomacy qca <table.csv> --outcome NAME", () => {
  it("prints the published parsimonious solution of Lipset's fuzzy data in the documented JSON shape", async () => {
    const { code, stdout } = await cli("qca", LF, "--outcome", "SURV", "--fuzzy", "--incl-cut", "0.8", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["truth_table", "solutions", "necessity"]));
    expect(json.solutions.parsimonious[0].expression).toBe("DEV*~IND + URB*STB");
    expect(Object.keys(json.solutions.parsimonious[0])).toEqual([
      "expression",
      "inclusion",
      "pri",
      "coverage",
      "terms",
    ]);
    expect(Object.keys(json.solutions.parsimonious[0].terms[0])).toEqual([
      "expression",
      "inclusion",
      "pri",
      "raw_coverage",
      "unique_coverage",
    ]);
    expect(json.truth_table[0]).toMatchObject({
      configuration: [0, 0, 0, 0, 0],
      cases: ["GR", "PT", "ES"],
      n: 3,
      outcome: 0,
    });
    expect(json.necessity[0]).toMatchObject({ condition: "DEV" });
  });

  it("prints a table with M1 and the solution's terms, and takes --conditions", async () => {
    const { stdout } = await cli("qca", LF, "--outcome", "SURV", "--fuzzy", "--conditions", "DEV,URB,LIT,IND,STB");
    expect(stdout).toContain("M1: DEV*~IND + URB*STB -> SURV");
    const two = await cli("qca", LF, "--outcome", "SURV", "--fuzzy", "--conditions", "DEV,STB", "--json");
    expect(JSON.parse(two.stdout).truth_table[0].configuration).toHaveLength(2);
  });

  it("refuses fuzzy values without --fuzzy, and values outside [0, 1], naming row and column", async () => {
    const crisp = await cli("qca", LF, "--outcome", "SURV");
    expect(crisp.code).toBe(1);
    expect(crisp.stdout).toContain(
      'LF.csv:2:2: DEV is not a membership (expected 0 or 1 (give --fuzzy for memberships between), found "0.81")',
    );
    const path = table("t.csv", "case,A,Y\na,1.5,1\nb,x,0\n");
    const bad = await cli("qca", path, "--outcome", "Y", "--fuzzy");
    expect(bad.stdout).toContain('t.csv:2:2: A is not a membership (expected a number from 0 to 1, found "1.5")');
    expect(bad.stdout).toContain('t.csv:3:2: A is not a membership (expected a number from 0 to 1, found "x")');
    const missing = await cli("qca", path, "--outcome", "Z");
    expect(missing.stdout).toContain('there is no outcome column "Z"');
  });

  it("treats a bad cut or a missing --outcome as usage errors", async () => {
    expect((await cli("qca", LF, "--fuzzy")).code).toBe(2);
    const cut = await cli("qca", LF, "--outcome", "SURV", "--incl-cut", "1.5");
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('--incl-cut must be a number above 0 and at most 1, found "1.5"');
  });
});

describe("paradiplomacy qca <dataset> --outcome SET --conditions …", () => {
  it("compares the coded partnerships on the frameworks' sets, and lists those left out for NA", async () => {
    const { code, stdout } = await cli("qca", INDONESIA, "--outcome", "ACTIVE", "--conditions", "COM,REC", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const cases = json.truth_table.flatMap((row: { cases: string[] }) => row.cases);
    expect(cases).toContain("denpasar-mossel-bay");
    expect(json.left_out.find((entry: { case: string }) => entry.case === "bandung-suwon").missing).toEqual([
      "COM",
      "REC",
      "ACTIVE",
    ]);
    // No membership is 0.5: the middle score is calibrated to 0.33.
    expect(json.ambiguous).toEqual([]);
  });

  it("names the sets there are when asked for one that is not", async () => {
    const { code, stderr } = await cli("qca", INDONESIA, "--outcome", "WEALTH", "--conditions", "COM");
    expect(code).toBe(2);
    expect(stderr).toContain(
      'there is no set "WEALTH" (the frameworks define ECON, MULTI, POL, COM, PAR, UND, REC, RES, ACTIVE)',
    );
  });
});
