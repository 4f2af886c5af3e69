import { describe, expect, it } from "vitest";
import { citeSource, sourceLabel, titleStart } from "../../src/dataset/sourceLabel.ts";
import type { Source } from "../../src/dataset/types.ts";

describe("sourceLabel(source)", () => {
  it("cites by the first author's surname and year, with & for two and et al. for more", () => {
    expect(sourceLabel({ authors: "Fazra, K. D.", year: 2021, title: "T" })).toBe("Fazra (2021)");
    expect(sourceLabel({ authors: "Faishal, M. A.; Yulianti, D.", year: 2022, title: "T" })).toBe(
      "Faishal & Yulianti (2022)",
    );
    expect(sourceLabel({ authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, L.", year: 2020, title: "T" })).toBe(
      "Alfiansyah et al. (2020)",
    );
  });

  it("writes n.d. without a year, and the start of the title without authors", () => {
    expect(
      sourceLabel({ authors: null, year: null, title: "Kerja sama sister city Kota Bandung dengan Kota Liuzhou" }),
    ).toBe("“Kerja sama sister city Kota Bandung dengan Kota…” (n.d.)");
  });

  it("writes dkk. and t.t. in Indonesian, as Indonesian APA does, and keeps the English default", () => {
    const three = { authors: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, L.", year: null, title: "T" };
    expect(sourceLabel(three, "id")).toBe("Alfiansyah dkk. (t.t.)");
    expect(sourceLabel(three)).toBe("Alfiansyah et al. (n.d.)");
    expect(sourceLabel({ authors: "Faishal, M. A.; Yulianti, D.", year: 2022, title: "T" }, "id")).toBe(
      "Faishal & Yulianti (2022)",
    );
  });

  it("cuts a long title at a word boundary, never mid-word", () => {
    // The anonymous abstract (source 003) was shown as "“Factors behind the sister city cooperation betw…”".
    const title =
      "Factors behind the sister city cooperation between the Denpasar City Government and the Mossel Bay Government";
    expect(sourceLabel({ authors: null, year: null, title })).toBe(
      "“Factors behind the sister city cooperation…” (n.d.)",
    );
    expect(titleStart("Paradiplomasi, kerja sama, dan kebijakan luar negeri daerah", 20)).toBe("Paradiplomasi…");
    expect(titleStart("Antarpemerintahdaerahkerjasamaluarnegeri", 10)).toBe("Antarpeme…");
    expect(titleStart("Short title", 48)).toBe("Short title");
  });
});

describe("citeSource(sources, id)", () => {
  const source = (id: string, authors: string | null, year: number | null): Source => ({
    id,
    type: "journal-article",
    authors,
    year,
    as_of: null,
    title: "T",
    container: null,
    url: null,
    citation: "C",
    language: "id",
    note: null,
  });
  const sources = [source("a.txt", "Fazra, K. D.", 2021), source("b.txt", null, 2020)];

  it("labels the source with that id, falls back to the id, and writes — for none", () => {
    expect(citeSource(sources, "a.txt")).toBe("Fazra (2021)");
    expect(citeSource(sources, "missing.txt")).toBe("missing.txt");
    expect(citeSource(sources, null)).toBe("—");
  });
});
