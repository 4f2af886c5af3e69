import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CITATION_PHRASES, citationIn } from "../../src/dataset/citationIn.ts";

// The shipped references, as sources.csv writes them (in English).
const sources = Papa.parse<{ id: string; citation: string }>(
  readFileSync(new URL("../../datasets/indonesia/sources.csv", import.meta.url), "utf8"),
  { header: true, skipEmptyLines: true },
).data;

describe("citationIn(citation, language)", () => {
  it("leaves every English reference byte-identical", () => {
    for (const source of sources) expect(citationIn(source.citation, "en")).toBe(source.citation);
  });

  it("writes the reference's own words in Indonesian, keeping title, authors and places", () => {
    const bandung = sources.find((source) => source.id.startsWith("001_"))!;
    expect(citationIn(bandung.citation, "id")).toBe(
      "Anonim. (t.t.). Mengapa kerja sama kota kembar Pemerintah Kota Bandung dengan Kota Liuzhou tidak berjalan lancar? [Skripsi atau tesis, bab I; jenjang tidak disebutkan]. Bagian Kerja Sama Kota Bandung sebagai lokasi penelitian.",
    );
  });

  it("leaves no English phrase of the table in any shipped reference's Indonesian text", () => {
    for (const source of sources) {
      const indonesian = citationIn(source.citation, "id");
      for (const phrase of CITATION_PHRASES) expect(indonesian, source.id).not.toContain(phrase.en);
      // The words the review found in English in the Indonesian view.
      expect(indonesian, source.id).not.toMatch(
        /Anonymous|Journal article|Thesis|research site|Master|n\.d\.|Data set|Snapshot/u,
      );
    }
  });
});
