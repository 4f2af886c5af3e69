import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/documents/readDocument.ts";
import { codePassage, type DraftDocument } from "../../src/workbench/codePassage.ts";
import { emptyRow, newDraft } from "../../src/workbench/draft.ts";
import { isSourceOf, passageSegments, placeCodings } from "../../src/workbench/placeCodings.ts";
import { makePdf } from "../documents/makeDocuments.ts";

async function openedPdf(id = "d1"): Promise<DraftDocument> {
  const bytes = await makePdf(
    [
      ["4.2 Budaya", "Kerja sama budaya Denpasar dengan Mossel Bay", "menghadirkan berbagai acara-"],
      ["acara budaya setiap tahun. Mossel Bay"],
    ],
    { pageNumbers: true },
  );
  return { id, draftId: "x", sourceId: "src.pdf", size: bytes.length, document: await readDocument("src.pdf", bytes) };
}

/** A coding as a dataset or a `.qdpx` gives it: a quote and a source, no place in a document. */
const imported = (indicator: string, evidence: string, source = "src") =>
  emptyRow("codings", { framework: "three-layers", indicator, evidence, source, score: "1" });

describe("placeCodings(codings, document)", () => {
  it("places a coding made by selecting a passage at that passage, not at an earlier equal text", async () => {
    const opened = await openedPdf();
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    // "Mossel Bay" is on both pages: the one selected is the second.
    const start = opened.document.text.lastIndexOf("Mossel Bay");
    codePassage(draft, opened, start, start + "Mossel Bay".length, "three-layers", "culture");
    expect(placeCodings(draft.codings, opened).map(({ start, end }) => [start, end])).toEqual([[start, start + 10]]);
  });

  it("places codings with no place (from a .qdpx or a dataset) where their quotes are, across the page break and the hyphen", async () => {
    const opened = await openedPdf();
    const { text } = opened.document;
    const placed = placeCodings(
      [
        imported("culture", "menghadirkan berbagai acara-acara budaya"),
        imported("education", "berbagai acara-acara", "src.pdf"),
        imported("economy", "pertukaran mahasiswa"),
        imported("government", "Kerja sama budaya", "another-source"),
      ],
      opened,
    );
    // By hand: the first quote runs from "menghadirkan" on page 1 to "budaya" on page 2, the page number left out.
    expect(placed.map(({ start, end, rows }) => [text.slice(start, end), rows.map((row) => row.indicator)])).toEqual([
      ["menghadirkan berbagai acara-\n1\facara budaya", ["culture"]],
      ["berbagai acara-\n1\facara", ["education"]],
    ]);
  });

  it("follows a quote edited to other words of the document, and drops one edited to words it does not have", async () => {
    const opened = await openedPdf();
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    codePassage(draft, opened, 0, 10, "three-layers", "culture");
    draft.codings[0]!.evidence = "Denpasar";
    const at = opened.document.text.indexOf("Denpasar");
    expect(placeCodings(draft.codings, opened).map(({ start, end }) => [start, end])).toEqual([[at, at + 8]]);
    draft.codings[0]!.evidence = "pertukaran mahasiswa";
    expect(placeCodings(draft.codings, opened)).toEqual([]);
  });

  it("finds again, by its quote, a coding made in a document since removed and opened anew", async () => {
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    const first = await openedPdf("d1");
    codePassage(draft, first, 11, 30, "three-layers", "culture");
    const again = await openedPdf("d2");
    expect(placeCodings(draft.codings, again).map(({ start, end }) => [start, end])).toEqual([[11, 30]]);
  });

  it("asks a search done elsewhere only for the codings not placed at their own passage", async () => {
    const opened = await openedPdf();
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    codePassage(draft, opened, 11, 30, "three-layers", "culture");
    draft.codings.push(imported("education", "Mossel Bay"), imported("economy", "pertukaran mahasiswa"));
    const asked: string[] = [];
    const placed = placeCodings(draft.codings, opened, (row) => {
      asked.push(row.indicator!);
      return row.indicator === "education" ? { start: 40, end: 50 } : null;
    });
    expect(asked).toEqual(["education", "economy"]);
    expect(placed.map(({ start, end, rows }) => [start, end, rows.map((row) => row.indicator)])).toEqual([
      [11, 30, ["culture"]],
      [40, 50, ["education"]],
    ]);
  });

  it("lists the codings of one passage together", async () => {
    const opened = await openedPdf();
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    codePassage(draft, opened, 11, 30, "three-layers", "culture");
    codePassage(draft, opened, 11, 30, "ringrose", "reciprocity");
    expect(placeCodings(draft.codings, opened).map((passage) => passage.rows.map((row) => row.indicator))).toEqual([
      ["culture", "reciprocity"],
    ]);
  });
});

describe("passageSegments(passages)", () => {
  it("cuts overlapping and nested passages so that each keeps a mark carrying every coding over it", () => {
    const a = { indicator: "a" };
    const b = { indicator: "b" };
    const c = { indicator: "c" };
    const segments = passageSegments([
      { start: 0, end: 10, rows: [a] },
      { start: 2, end: 4, rows: [b] },
      { start: 8, end: 12, rows: [c] },
      { start: 20, end: 25, rows: [c] },
    ]);
    expect(segments.map(({ start, end, rows }) => [start, end, rows.map((row) => row.indicator).join("")])).toEqual([
      [0, 2, "a"],
      [2, 4, "ab"],
      [4, 8, "a"],
      [8, 10, "ac"],
      [10, 12, "c"],
      [20, 25, "c"],
    ]);
  });
});

describe("isSourceOf(documentSource, codingSource)", () => {
  it("matches an id with or without a file extension, and nothing empty", () => {
    expect(isSourceOf("000_x.pdf", "000_x")).toBe(true);
    expect(isSourceOf("000_x.pdf", "000_x.txt")).toBe(true);
    expect(isSourceOf("000_x.pdf", "000_y")).toBe(false);
    expect(isSourceOf("", "")).toBe(false);
  });
});
