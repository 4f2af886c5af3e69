import { describe, expect, it } from "vitest";
import { citeSourcesInText } from "../../src/dataset/citeSourcesInText.ts";

// Two of the shipped dataset's sources (datasets/indonesia/sources.csv): one with authors, one without.
const sources = [
  {
    id: "000_3d052c1bdfd84016.txt",
    authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, D. E.",
    year: null,
    title: "Kebijakan",
  },
  {
    id: "003_c67cf8b27ab2872a.txt",
    authors: null,
    year: null,
    title:
      "Factors behind the sister city cooperation between the Denpasar City Government and the Mossel Bay Government",
  },
];

describe("citeSourcesInText(text, sources)", () => {
  it("cites a source named by its number at the start of a sentence, in parentheses, and before a locator", () => {
    expect(citeSourcesInText("000 states the challenges.", sources)).toBe(
      "Alfiansyah et al. (n.d.) states the challenges.",
    );
    expect(citeSourcesInText("five motives (003).", sources)).toBe(
      "five motives (“Factors behind the sister city cooperation…”, n.d.).",
    );
    expect(citeSourcesInText("(000, 4.3: an MoU)", sources)).toBe("(Alfiansyah et al., n.d., 4.3: an MoU)");
    expect(citeSourcesInText("003's concept", sources)).toBe(
      "“Factors behind the sister city cooperation…” (n.d.)'s concept",
    );
  });

  it("cites in Indonesian with dkk. and t.t. in an Indonesian text", () => {
    expect(citeSourcesInText("000 menyebut tantangannya (000, 4.3).", sources, "id")).toBe(
      "Alfiansyah dkk. (t.t.) menyebut tantangannya (Alfiansyah dkk., t.t., 4.3).",
    );
  });

  it("leaves alone years, amounts, decimals, ids and numbers of sources the dataset does not have", () => {
    for (const text of [
      "in 2000 and 2003",
      "Rp 10.000",
      "1,000 people",
      "0.003",
      "000_3d052c1bdfd84016.txt",
      "001 and 004",
      "A000",
    ])
      expect(citeSourcesInText(text, sources)).toBe(text);
  });

  it("changes nothing when no source id starts with a number", () => {
    expect(citeSourcesInText("000 states", [{ id: "alfiansyah.txt", authors: "A, B", year: 2020, title: "T" }])).toBe(
      "000 states",
    );
  });
});
