import { describe, expect, it } from "vitest";
import { formatProblem } from "../src/problem.ts";
import { formatProblemIn, PROBLEM_TEXTS, problemWords, saidAs, type ProblemCode } from "../src/problemTexts.ts";

/** Particulars for every code's words: a field, a framework, the ends of a scale, counts and files. */
const PARAMS = {
  field: "score",
  expectedIndonesian: "bilangan bulat dari 0 sampai 2 atau NA",
  markers: "NA",
  fix: "write it 2019-12-31",
  fixIndonesian: "tulis 2019-12-31",
  reason: "February 2019 has 28 days",
  reasonIndonesian: "Februari 2019 hanya 28 hari",
  maxLength: 10,
  key: "id",
  seen: 2,
  fields: "source",
  resource: "sources",
  referenced: "id",
  file: "sources.csv",
  count: 2,
  files: "codings.csv and events.csv",
  where: "codings.csv rows 3–4",
  whereIndonesian: "codings.csv baris 3–4",
  known: "ringrose, three-layers",
  framework: "ringrose",
  low: 0,
  high: 2,
  kinds: "finding, argument",
  kindsIndonesian: "temuan, argumen",
};

describe("PROBLEM_TEXTS", () => {
  it.each(Object.keys(PROBLEM_TEXTS) as ProblemCode[])("%s is said in Indonesian, not in the CLI's English", (code) => {
    const english = saidAs(code, PARAMS);
    const indonesian = problemWords(english, "id");
    expect(indonesian.message).not.toBe(english.message);
    expect(indonesian.message.length).toBeGreaterThan(0);
    if (english.expected !== undefined) expect(indonesian.expected).not.toBe(english.expected);
  });
});

describe("formatProblemIn(problem, language)", () => {
  const problem = {
    file: "codings.csv",
    row: 5,
    column: 4,
    field: "score",
    ...saidAs("off-scale", { framework: "ringrose", low: 0, high: 2 }),
    found: '"3"',
  };

  it("is formatProblem's line in English, byte for byte", () => {
    expect(formatProblemIn(problem, "en")).toBe(formatProblem(problem));
    expect(formatProblemIn(problem, "en")).toBe(
      'codings.csv:5:4: score is not on the scale of ringrose (expected an integer from 0 to 2 or NA, found "3")',
    );
  });

  it("says the problem in Indonesian, with the same place", () => {
    expect(formatProblemIn(problem, "id")).toBe(
      'codings.csv:5:4: score tidak ada pada skala ringrose (diharapkan bilangan bulat dari 0 sampai 2 atau NA, ditemukan "3")',
    );
  });

  it("keeps a problem without a code in its own words", () => {
    const plain = { file: "a.csv", row: 2, column: 1, message: "something else" };
    expect(formatProblemIn(plain, "id")).toBe("a.csv:2:1: something else");
  });
});
