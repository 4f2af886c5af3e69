import { describe, expect, it } from "vitest";
import { searchableText } from "../../src/documents/searchableText.ts";
import type { DraftDocument } from "../../src/workbench/codePassage.ts";
import { emptyRow } from "../../src/workbench/draft.ts";
import { draftQuotes } from "../../src/workbench/draftQuotes.ts";

const documentOf = (id: string, sourceId: string, text: string): DraftDocument => ({
  id,
  draftId: "x",
  sourceId,
  size: text.length,
  document: { name: sourceId, format: "text", text, pageStarts: [], headings: [] },
});

const coding = (indicator: string, evidence: string, source: string) =>
  emptyRow("codings", { framework: "three-layers", indicator, evidence, source });

describe("draftQuotes(codings, opened, searchableOf)", () => {
  it("says which codings are placed in which documents, and which quotes their documents do not have", () => {
    const first = documentOf("d1", "laporan.pdf", "Festival budaya diadakan di Denpasar.");
    const second = documentOf("d2", "wawancara.txt", "Pertukaran pelajar sejak 2015. Festival budaya diadakan.");
    const { placed, missing } = draftQuotes(
      [
        coding("culture", "Festival budaya diadakan", "laporan"),
        coding("education", "Pertukaran pelajar", "wawancara.txt"),
        coding("trade", "pertukaran mahasiswa", "wawancara.txt"),
        // A source with no document opened is not checked here (check-evidence does it on the dataset).
        coding("investment", "apa saja", "another"),
      ],
      [first, second],
      (item) => searchableText(item.document.text),
    );
    expect([...placed].map(([key, documents]) => [key, documents.map((item) => item.id)])).toEqual([
      ["three-layers/culture", ["d1"]],
      ["three-layers/education", ["d2"]],
    ]);
    expect(missing.map(({ row, document, nearest }) => [row.indicator, document.id, nearest])).toEqual([
      ["trade", "d2", expect.stringContaining("Pertukaran pelajar")],
    ]);
  });
});
