import { describe, expect, it } from "vitest";
import { textIn } from "../../src/dataset/textIn.ts";

describe("textIn(row, field, language)", () => {
  it("gives the Indonesian version in Indonesian, and the text as written in English", () => {
    const row = { note: "Pending.", note_indonesian: "Tertunda." };
    expect(textIn(row, "note", "id")).toBe("Tertunda.");
    expect(textIn(row, "note", "en")).toBe("Pending.");
  });

  it("falls back to the text as written where there is no Indonesian version (a quotation in Indonesian already)", () => {
    expect(textIn({ note: '"tidak ada tanggapan"', note_indonesian: null }, "note", "id")).toBe(
      '"tidak ada tanggapan"',
    );
    expect(textIn({ note: null, note_indonesian: null }, "note", "id")).toBeNull();
    expect(textIn({ description: "MoU signed" }, "description", "id")).toBe("MoU signed");
  });
});
