import { describe, expect, it } from "vitest";
import { sourceLabel } from "../../src/dataset/sourceLabel.ts";

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
});
