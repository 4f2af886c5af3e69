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

  it("names the cases of a table with no case column by their row numbers, as R's QCA does, and says so", async () => {
    // Crisp data of Σm(0, 1, 2, 5, 6, 7), as R's write.csv(row.names = FALSE) writes it: no case column.
    const path = table(
      "no-case.csv",
      "A,B,C,Y\n0,0,0,1\n0,0,1,1\n0,1,0,1\n0,1,1,0\n1,0,0,0\n1,0,1,1\n1,1,0,1\n1,1,1,1\n",
    );
    const { code, stdout } = await cli("qca", path, "--outcome", "Y", "--incl-cut", "1");
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "Outcome: Y; conditions: A, B, C; 8 cases.",
      "The table has no case column: its cases are named by their row numbers (1 = the first row after the header), as R's",
      "  QCA names them.",
      "Every one of the 8 configurations of 3 conditions holds a case.",
    ]);
    expect(stdout).toContain("0  1  1  0    1  0.000  0.000  4\n");
  });

  it("says how many models there are when it lists fewer (--max-models), and the JSON carries the total", async () => {
    const path = table(
      "ambiguous.csv",
      "case,A,B,C,Y\na,0,0,0,1\nb,0,0,1,1\nc,0,1,0,1\nd,0,1,1,0\ne,1,0,0,0\nf,1,0,1,1\ng,1,1,0,1\nh,1,1,1,1\n",
    );
    const { stdout } = await cli("qca", path, "--outcome", "Y", "--incl-cut", "1", "--max-models", "1");
    expect(stdout).toContain(
      [
        "Conservative solutions (model ambiguity: 2 models, each as minimal as the others, fit the truth table)",
        "1 of 2 models shown; --max-models 2 lists more.",
        "M1: A*B + ~A*~C + ~B*C -> Y",
      ].join("\n"),
    );
    const json = JSON.parse(
      (await cli("qca", path, "--outcome", "Y", "--incl-cut", "1", "--max-models", "1", "--json")).stdout,
    );
    expect(json.solutions.conservative).toHaveLength(1);
    expect(json.models_total).toEqual({ conservative: 2, parsimonious: 2, exact: true });
    expect(json.max_models).toBe(1);
    const all = await cli("qca", path, "--outcome", "Y", "--incl-cut", "1");
    expect(all.stdout).not.toContain("models shown");
    expect((await cli("qca", path, "--outcome", "Y", "--max-models", "0")).stderr).toContain(
      '--max-models must be a whole number of at least 1, found "0"',
    );
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

  it("flags limited diversity and a model below the inclusion cut, and spells out the sets", async () => {
    const { stdout } = await cli("qca", INDONESIA, "--outcome", "ACTIVE", "--conditions", "COM,REC");
    const lines = stdout.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Outcome: ACTIVE; conditions: COM, REC; 5 cases.",
      "  COM: Membership in the element Commitment: 2 → 1, 1 → 0.33, 0 → 0.",
      "  REC: Membership in the element Reciprocity: 2 → 1, 1 → 0.33, 0 → 0.",
      "  ACTIVE: An active partnership: 1 when it reached implementation and has not stalled; 0.33 when agreed but not yet",
      "    implemented; 0 when stalled or ended; NA when no realised event is recorded.",
    ]);
    expect(stdout).toContain(
      [
        "Limited diversity: 2 of the 4 configurations of 2 conditions hold a case; the parsimonious solution assumes whatever",
        "  simplifies it about the other 2 (logical remainders). Read the solutions as descriptions of these 5 cases, not as a",
        "  general pattern.",
      ].join("\n"),
    );
    // A terminal of 120 columns: the prose wraps (the 22 partnerships left out took one line of 788 characters).
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(120);
    expect(stdout).toContain(
      [
        "M1: COM -> ACTIVE",
        "term  incl   PRI    cov.r  cov.u  incl cut",
        "----  -----  -----  -----  -----  -----------",
        "COM   0.779  0.779  0.777  0.777  below 0.800",
        "M1    0.779  0.779  0.777         below 0.800",
        "M1's inclusion, 0.779, is below the inclusion cut 0.800: it is not sufficient for ACTIVE at that cut.",
        "M2: REC -> ACTIVE",
      ].join("\n"),
    );
    const five = await cli("qca", INDONESIA, "--outcome", "ACTIVE", "--conditions", "COM,PAR,UND,REC,RES", "--json");
    expect(JSON.parse(five.stdout).diversity).toEqual({ observed: 2, possible: 32 });
  });

  it("spells out every set in --help", async () => {
    const { stdout } = await cli("qca", "--help");
    expect(stdout).toContain("  COM     Membership in the element Commitment: 2 → 1, 1 → 0.33, 0 → 0. [ringrose]\n");
    expect(stdout).toContain("  --max-models N        list at most N models of each solution (default 100)");
  });

  it("names the sets there are when asked for one that is not", async () => {
    const { code, stderr } = await cli("qca", INDONESIA, "--outcome", "WEALTH", "--conditions", "COM");
    expect(code).toBe(2);
    expect(stderr).toContain(
      'there is no set "WEALTH" (the frameworks define ECON, MULTI, POL, COM, PAR, UND, REC, RES, ACTIVE)',
    );
  });
});
