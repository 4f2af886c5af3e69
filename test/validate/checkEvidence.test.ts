import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { formatProblem } from "../../src/problem.ts";
import { checkEvidence, nearestPassage, normaliseQuoteText, quoteFragments } from "../../src/validate/checkEvidence.ts";
import { MINIMAL, textsOf } from "../helpers.ts";

describe("normaliseQuoteText(text)", () => {
  it("drops Markdown emphasis, straightens curly quotes and folds white space and line breaks", () => {
    expect(normaliseQuoteText("“Kerja  sama”\n*sister city* dan _friendship_ ‘kota’")).toBe(
      `"Kerja sama" sister city dan friendship 'kota'`,
    );
  });
});

describe("quoteFragments(quote)", () => {
  it("splits a quote where it leaves text out with ... or …", () => {
    expect(quoteFragments("kerja sama ... kota kembar … sejak 2006")).toEqual([
      "kerja sama",
      "kota kembar",
      "sejak 2006",
    ]);
    expect(quoteFragments("one piece")).toEqual(["one piece"]);
  });
});

describe("nearestPassage(source, quote)", () => {
  it("finds the window of the source sharing the most words with the quote, as the source writes it", () => {
    const source =
      "Pada tahun 2019 Denpasar mengikuti festival. Kota Mossel Bay menawarkan kerja sama sister city kepada Denpasar.";
    expect(nearestPassage(source, "Mossel Bay menawarkan kerjasama sister city")).toBe(
      "Mossel Bay menawarkan kerja sama sister",
    );
  });
});

const sourceText =
  "## 4.2\n\nKerja sama *sister city* dengan Mossel Bay diwujudkan melalui “festival” budaya\ndan webinar.";
const datasetWith = (evidence: string) =>
  readDataset(
    textsOf({
      codings: `${MINIMAL.codings.split("\n")[0]}\nkota-a-kota-b,three-layers,culture,2,ana,"${evidence}",finding,src,4.2,\n`,
    }),
  );

describe("checkEvidence(codings, sources)", () => {
  it("finds a quote despite line breaks, emphasis, curly quotes and an ellipsis", () => {
    const { tables } = datasetWith('sister city dengan Mossel Bay diwujudkan melalui ""festival"" budaya dan webinar');
    expect(checkEvidence(tables.codings!, { src: sourceText })).toEqual([]);
    const { tables: omitted } = datasetWith("Kerja sama sister city ... budaya dan webinar");
    expect(checkEvidence(omitted.codings!, { src: sourceText })).toEqual([]);
  });

  it("reports a quote that is not in its source at file:row:column, with the nearest passage", () => {
    const { tables } = datasetWith("Kerja sama sister city dengan Mossel Bay diwujudkan melalui pameran budaya");
    const [problem] = checkEvidence(tables.codings!, { src: sourceText });
    expect(formatProblem(problem!)).toBe(
      `codings.csv:2:6: the quote is not in src (expected the words as the source has them; nearest passage: "Kerja sama sister city dengan Mossel Bay diwujudkan melalui \\"festival\\" budaya", found "Kerja sama sister city dengan Mossel Bay diwujudkan melalui pameran budaya")`,
    );
  });

  it("reports a quote whose source has no text, since it could not be checked", () => {
    const { tables } = datasetWith("anything");
    expect(checkEvidence(tables.codings!, {}).map((problem) => problem.message)).toEqual([
      'the quote could not be checked: no text of the source "src"',
    ]);
  });
});
