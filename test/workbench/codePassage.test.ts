import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/documents/readDocument.ts";
import { searchableText } from "../../src/documents/searchableText.ts";
import { findQuote } from "../../src/documents/findQuote.ts";
import { pageNumberLines } from "../../src/documents/pageNumberLines.ts";
import { codedPassages, codePassage, passageOf, type DraftDocument } from "../../src/workbench/codePassage.ts";
import { newDraft } from "../../src/workbench/draft.ts";
import { makePdf } from "../documents/makeDocuments.ts";

async function openedPdf(): Promise<DraftDocument> {
  const bytes = await makePdf(
    [
      ["4.2 Budaya", "Kerja sama budaya Denpasar dengan Mossel Bay", "menghadirkan berbagai acara-"],
      ["acara budaya setiap tahun."],
    ],
    { pageNumbers: true },
  );
  return {
    id: "d1",
    draftId: "x",
    sourceId: "src.pdf",
    size: bytes.length,
    document: await readDocument("src.pdf", bytes),
  };
}

describe("codePassage(draft, document, start, end, framework, indicator)", () => {
  it("fills the indicator's coding with the passage as quote, the source, the derived locator and the place", async () => {
    const opened = await openedPdf();
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    const start = opened.document.text.indexOf("Mossel Bay");
    const end = opened.document.text.indexOf(" setiap");
    const row = codePassage(draft, opened, start, end, "three-layers", "culture");
    // The page number between the two pages is left out of the quote, which check-evidence then finds.
    expect(row.evidence).toBe("Mossel Bay\nmenghadirkan berbagai acara-\n\nacara budaya");
    expect(row).toMatchObject({
      framework: "three-layers",
      indicator: "culture",
      source: "src.pdf",
      locator: "pp. 1–2, 4.2",
      score: "",
    });
    expect(passageOf(row)).toEqual({ documentId: "d1", start, end });
    const place = findQuote(searchableText(opened.document.text, pageNumberLines(opened.document)), row.evidence!);
    expect(place).toEqual({ start, end });
    expect(draft.sources).toEqual([expect.objectContaining({ id: "src.pdf", type: "other", title: "src.pdf" })]);
  });

  it("lets one passage carry several codings, listed together for its highlight", async () => {
    const opened = await openedPdf();
    const draft = newDraft("x", "ana", "2026-01-01T00:00:00Z");
    codePassage(draft, opened, 11, 30, "three-layers", "culture");
    codePassage(draft, opened, 11, 30, "ringrose", "reciprocity");
    codePassage(draft, opened, 40, 50, "three-layers", "education");
    expect(codedPassages(draft, "d1").map((passage) => [passage.start, passage.end, passage.rows.length])).toEqual([
      [11, 30, 2],
      [40, 50, 1],
    ]);
    expect(draft.sources).toHaveLength(1);
    expect(codedPassages(draft, "other")).toEqual([]);
  });
});
