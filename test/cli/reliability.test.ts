import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, INDONESIA, temporaryFolder } from "../helpers.ts";

/** Krippendorff (2011), "Computing Krippendorff's alpha-reliability": four observers, twelve units, missing values. */
const KRIPPENDORFF_2011 = `unit,A,B,C,D
1,1,1,NA,1
2,2,2,3,2
3,3,3,3,3
4,3,3,3,3
5,2,2,2,2
6,1,2,3,4
7,4,4,4,4
8,1,1,2,1
9,2,2,2,2
10,.,5,5,5
11,,,1,1
12,,3,,
`;

function file(name: string, text: string): string {
  const path = join(temporaryFolder(), name);
  writeFileSync(path, text);
  return path;
}

describe("paradiplomacy reliability --matrix FILE --level LEVEL --json", () => {
  it.each([
    ["nominal", 0.743, "tentative"],
    ["ordinal", 0.815, "reliable"],
    ["interval", 0.849, "reliable"],
    ["ratio", 0.797, "tentative"],
  ])(
    "prints Krippendorff's published alpha at the %s level (%f), read as %s, in the documented shape",
    async (level, alpha, reading) => {
      const matrix = file("ratings.csv", KRIPPENDORFF_2011);
      const { code, stdout } = await cli(
        "reliability",
        "--matrix",
        matrix,
        "--level",
        level,
        "--json",
        "--draws",
        "200",
      );
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(Object.keys(json)).toEqual([
        "alpha",
        "level",
        "units",
        "coders",
        "pairable",
        "ci",
        "percent_agreement",
        "reading",
      ]);
      expect(json.alpha).toBeCloseTo(alpha, 3);
      // Krippendorff (2004, p. 241): 0.800 and above reliable, from 0.667 tentative; 40 pairable values are enough to read.
      expect(json.reading).toBe(reading);
      expect(json).toMatchObject({ level, units: 12, coders: 4, pairable: 40 });
      expect(json.ci).toHaveLength(2);
    },
  );

  it("adds Cohen's and Fleiss' kappa for two coders without missing values, and reads a file without a unit column", async () => {
    // Wikipedia's Cohen's kappa example in miniature: 2 yes-yes, 1 yes-no, 1 no-no.
    const matrix = file("two.csv", "ana,budi\nyes,yes\nyes,yes\nyes,no\nno,no\n");
    const { stdout } = await cli("reliability", "--matrix", matrix, "--json", "--draws", "0");
    const json = JSON.parse(stdout);
    expect(json.ci).toBeNull();
    expect(json.units).toBe(4);
    // p_o = 3/4; p_e = 3/4·2/4 + 1/4·2/4 = 1/2; κ = 0.5.
    expect(json.cohen_kappa).toBeCloseTo(0.5, 10);
    expect(json.fleiss_kappa).toBeTypeOf("number");
    expect(json.percent_agreement).toBeCloseTo(0.75, 10);
  });

  it("reproduces the interval with the same seed", async () => {
    const matrix = file("ratings.csv", KRIPPENDORFF_2011);
    const first = await cli("reliability", "--matrix", matrix, "--level", "ordinal", "--json", "--seed", "9");
    const second = await cli("reliability", "--matrix", matrix, "--level", "ordinal", "--json", "--seed", "9");
    expect(JSON.parse(first.stdout).ci).toEqual(JSON.parse(second.stdout).ci);
  });

  it("names the row and column of a value that is not a number at the interval level, and exits 1", async () => {
    const matrix = file("bad.csv", "unit,a,b\n1,2,2\n2,two,3\n");
    const { code, stdout } = await cli("reliability", "--matrix", matrix, "--level", "interval");
    expect(code).toBe(1);
    expect(stdout).toContain(
      'bad.csv:3:2: interval data must be numbers (expected a number, or an empty cell, NA or . for a missing value, found "two")',
    );
  });

  it("refuses text at the ordinal level with a clear message, and a bad level or draw count as usage errors", async () => {
    const matrix = file("text.csv", "a,b\nlow,high\n");
    expect((await cli("reliability", "--matrix", matrix, "--level", "ordinal")).stdout).toMatch(
      /ordinal data must be numbers, or text with an order/,
    );
    const level = await cli("reliability", "--matrix", matrix, "--level", "cardinal");
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('--level must be one of nominal, ordinal, interval, ratio, found "cardinal"');
    expect((await cli("reliability", "--matrix", matrix, "--draws", "-5")).code).toBe(2);
    expect((await cli("reliability", "--matrix", join(temporaryFolder(), "absent.csv"))).stdout).toMatch(
      /no such file/,
    );
  });
});

describe("paradiplomacy reliability <dataset or codings.csv>…", () => {
  const header = "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n";
  const second = (score: string) =>
    header +
    `denpasar-mossel-bay,three-layers,smes_startups,${score},budi,"webinars with local entrepreneurs",finding,000_3d052c1bdfd84016.txt,4.2.1,\n`;

  it("compares the shipped dataset with a second coder's codings file and lists the disagreement", async () => {
    const codings = file("codings.csv", second("1"));
    const { code, stdout } = await cli("reliability", INDONESIA, codings, "--json", "--draws", "0");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.coders).toEqual(["budi", "reference"]);
    const indicator = json.agreement.find((row: { indicator: string }) => row.indicator === "smes_startups");
    expect(indicator).toMatchObject({
      scope: "indicator",
      framework: "three-layers",
      level: "ordinal",
      units: 1,
      coders: 2,
    });
    expect(json.disagreements).toEqual([
      {
        partnership: "denpasar-mossel-bay",
        framework: "three-layers",
        indicator: "smes_startups",
        judgements: [
          expect.objectContaining({ coder: "budi", score: 1, evidence_kind: "finding" }),
          expect.objectContaining({ coder: "reference", score: 2, evidence_kind: "finding" }),
        ],
      },
    ]);
  });

  it("prints a table with the agreement rows and the disagreements, and a CSV of the agreement rows", async () => {
    const codings = file("codings.csv", second("2"));
    const table = await cli("reliability", INDONESIA, codings, "--draws", "0");
    expect(table.stdout).toMatch(/^Coders: budi, reference/);
    expect(table.stdout).toContain("No disagreements.");
    const csv = await cli("reliability", INDONESIA, codings, "--format", "csv", "--draws", "0");
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "scope,framework,indicator,level,units,coders,alpha,ci_low,ci_high,percent_agreement,agreement_low,agreement_high,cohen_kappa,fleiss_kappa,na_disagreements,pairable,reading",
    );
  });

  it("says what each figure rests on, marks those on too few values, and reads the overall alpha by Krippendorff's thresholds", async () => {
    // One partnership, two coders: 14 ordinal units agreed and one not (smes_startups: 2 against 1).
    const shipped = readFileSync(join(INDONESIA, "codings.csv"), "utf8").split("\n");
    const reference = [
      shipped[0],
      ...shipped.filter((line) => /^denpasar-mossel-bay,(three-layers|ringrose),/.test(line)),
      "",
    ].join("\n");
    const own = file("codings.csv", reference);
    const codings = file("codings.csv", second("1"));
    const { code, stdout } = await cli("reliability", own, codings, "--draws", "0");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[2]).toBe(
      "figure                            units  pairable  alpha  95% ci  agreed  agreed ci  kappa  na_vs  reading",
    );
    expect(lines).toContain(
      // Agreed on 0 of 1 unit: Wilson's (1927) 95% interval by hand, (0 + 1.96²/2) / (1 + 1.96²) ± the same = 0–0.79.
      "three-layers/smes_startups        1      2         0      NA      0       0–0.79     0      0      too few values",
    );
    expect(lines).toContain(
      "overall (ordinal)                 1      2         0      NA      0       0–0.79     0      0      too few values",
    );
    expect(lines).toContain("Overall, ordinal: 1 unit, 2 pairable values: alpha 0.000, too few values to read.");
    expect(lines).toContain(
      "Krippendorff (2004, p. 241): alpha ≥ 0.800 reliable; 0.667 to 0.800 tentative conclusions only; below 0.667 unreliable.",
    );
    expect(lines).toContain(
      "Next: resolve the 1 disagreement below against the sources, correct the codings, then run reliability again.",
    );
    expect(lines).toContain(
      "reading: too few values under 10 pairable values (an alpha of 0 or a kappa of -1 from one unit means nothing).",
    );
    // Every line of the table fits a terminal of 120 columns.
    expect(lines.filter((line) => line.length > 120)).toEqual([]);
    const json = JSON.parse((await cli("reliability", own, codings, "--json", "--draws", "0")).stdout);
    expect(json.agreement.at(-1)).toMatchObject({ scope: "overall", units: 1, pairable: 2, reading: "too few values" });
    expect(json.agreement.at(-1).percent_agreement_ci[0]).toBe(0);
    expect(json.agreement.at(-1).percent_agreement_ci[1]).toBeCloseTo(0.79344, 4);
  });

  it("exits 1 when only one coder is found, or a coder's codings come twice", async () => {
    const one = await cli("reliability", INDONESIA);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('agreement needs at least two coders; the codings name only "reference"');
    const twice = await cli("reliability", INDONESIA, join(INDONESIA, "codings.csv"));
    expect(twice.code).toBe(1);
    expect(twice.stdout).toMatch(
      /codings\.csv:2:0: coder "reference" already coded denpasar-mossel-bay three-layers\/smes_startups in /,
    );
  });

  it("reports an invalid codings file with file, row and column, and compares nothing", async () => {
    const codings = file("codings.csv", second("3"));
    const { code, stdout, stderr } = await cli("reliability", INDONESIA, codings);
    expect(code).toBe(1);
    expect(stdout).toMatch(/codings\.csv:2:4: /);
    expect(stderr).toContain("nothing compared");
  });
});
