import { describe, expect, it } from "vitest";
import { findQuote, quoteParts } from "../../src/documents/findQuote.ts";
import { searchableText } from "../../src/documents/searchableText.ts";

const find = (text: string, quote: string, ignore: Array<[number, number]> = []) => {
  const place = findQuote(searchableText(text, ignore), quote);
  return "start" in place ? text.slice(place.start, place.end) : place;
};

describe("searchableText(text, ignore)", () => {
  it("joins a word hyphenated at a line end, drops other hyphens, emphasis and soft hyphens, straightens quotes", () => {
    expect(searchableText("kerja-\nsama acara-acara *baru* “x” ﬁnal se\u00adlesai").normal).toBe(
      'kerjasama acaraacara baru "x" final selesai',
    );
  });

  it("reads every line end and page break as one space, and ignored ranges as white space", () => {
    expect(searchableText("a\r\nb\rc\u2028d\fe\u0085f").normal).toBe("a b c d e f");
    expect(searchableText("akhir\n12\nawal", [[6, 8]]).normal).toBe("akhir awal");
  });

  it("maps each character back to where it came from, astral characters included", () => {
    const text = "😀 b-\nc";
    const searchable = searchableText(text);
    expect(searchable.normal).toBe("😀 bc");
    expect([...searchable.starts]).toEqual([0, 0, 2, 3, 6]);
    expect([...searchable.ends]).toEqual([2, 2, 3, 4, 7]);
  });
});

describe("findQuote(searchable, quote)", () => {
  it("finds a quote across line and page breaks, returning the passage as the document has it", () => {
    expect(find("Kerja sama sister city\nDenpasar dengan\fMossel Bay.", "sister city Denpasar dengan Mossel Bay")).toBe(
      "sister city\nDenpasar dengan\fMossel Bay",
    );
  });

  it("finds a word hyphenated at a line end, and a hyphenated word broken at its hyphen", () => {
    expect(find("kerja sama ekono-\nmi dan budaya", "ekonomi dan")).toBe("ekono-\nmi dan");
    expect(find("berbagai acara-\nacara budaya", "acara-acara budaya")).toBe("acara-\nacara budaya");
    expect(find("berbagai acara-acara budaya", "acara-acara budaya")).toBe("acara-acara budaya");
  });

  it("reads through a page number between two pages", () => {
    const text = "kerja sama\n12\fberjalan baik";
    expect(find(text, "kerja sama berjalan")).toEqual({ missing: "kerja sama berjalan" });
    expect(find(text, "kerja sama berjalan", [[11, 13]])).toBe("kerja sama\n12\fberjalan");
    // A word hyphenated at the last line of a page, the page number after it.
    expect(find("acara-\n1\facara budaya", "acara-acara", [[7, 8]])).toBe("acara-\n1\facara");
  });

  it("finds a quote with an omission from its first part to its last, or says which part is missing", () => {
    expect(find("Satu dua tiga empat lima", "dua ... empat")).toBe("dua tiga empat");
    expect(find("Satu dua tiga empat lima", "dua … enam")).toEqual({ missing: "enam" });
    expect(find("Satu dua tiga empat lima", "empat ... dua")).toEqual({ unordered: true });
    expect(quoteParts(" ... ")).toEqual([]);
    expect(quoteParts("a-b ...  c\nd")).toEqual([
      { written: "a-b", normal: "ab" },
      { written: "c d", normal: "c d" },
    ]);
    expect(find("x", "...")).toEqual({ missing: "..." });
  });

  it("is case-sensitive and does not find what is not there", () => {
    expect(find("Kerja sama", "kerja sama")).toEqual({ missing: "kerja sama" });
  });
});
