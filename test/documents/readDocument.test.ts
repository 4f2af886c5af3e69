import { describe, expect, it } from "vitest";
import { DocumentError } from "../../src/documents/documentError.ts";
import { documentFormat } from "../../src/documents/documentFormat.ts";
import { findHeadings } from "../../src/documents/findHeadings.ts";
import { locatorOf, pageAt, pagesNamed } from "../../src/documents/locate.ts";
import { pageNumberLines } from "../../src/documents/pageNumberLines.ts";
import { readDocument } from "../../src/documents/readDocument.ts";
import { sourceFileName } from "../../src/documents/sourceFileName.ts";
import { makeDocx, makePasswordPdf, makePdf, makeScannedPdf } from "./makeDocuments.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** The DocumentError a promise rejects with. */
async function documentErrorOf(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe("readDocument(name, bytes)", () => {
  it("reads plain text exactly as written (line ends kept), a byte-order mark dropped", async () => {
    const document = await readDocument("a.txt", encode("\uFEFF1. Pendahuluan\r\nKerja sama\r\n"));
    expect(document.text).toBe("1. Pendahuluan\r\nKerja sama\r\n");
    expect(document.format).toBe("text");
    expect(document.pageStarts).toEqual([]);
    expect(document.headings).toEqual([{ offset: 0, text: "1. Pendahuluan" }]);
  });

  it("reads Markdown headings without their emphasis", async () => {
    const document = await readDocument("a.md", encode("# Judul\n\n### **4.2.1 Lapisan Pertama: Ekonomi**\nIsi."));
    expect(document.headings.map((heading) => heading.text)).toEqual(["Judul", "4.2.1 Lapisan Pertama: Ekonomi"]);
  });

  it("refuses a text file that is not UTF-8, saying how to re-save it", async () => {
    const error = await documentErrorOf(readDocument("a.txt", Uint8Array.from([0x4b, 0xe9, 0x0a])));
    expect(error.kind).toBe("not-utf8");
    expect(error.message).toMatch(/^a\.txt: the file is not UTF-8.*save it as UTF-8/);
  });

  it("reads a PDF's text layer page by page: pages separated by a form feed, page starts, large lines as headings", async () => {
    const bytes = await makePdf(
      [
        ["4.1 Proses Kerja Sama", "Kerja sama sister city Denpasar dengan", "Mossel Bay ditandatangani pada 2019."],
        ["Halaman kedua: acara-", "acara budaya “Denpasar Festival”."],
      ],
      { headings: ["4.1 Proses Kerja Sama"], pageNumbers: true },
    );
    const document = await readDocument("a.pdf", bytes);
    expect(document.format).toBe("pdf");
    expect(document.text.split("\f")).toHaveLength(2);
    expect(document.pageStarts).toEqual([0, document.text.indexOf("\f") + 1]);
    expect(document.text).toContain("Kerja sama sister city Denpasar dengan\nMossel Bay");
    expect(document.text).toContain("“Denpasar Festival”");
    expect(document.headings[0]).toEqual({ offset: 0, text: "4.1 Proses Kerja Sama" });
    expect(pageNumberLines(document).map(([start, end]) => document.text.slice(start, end))).toEqual(["1", "2"]);
    // The caller's bytes stay usable: pdf.js is given a copy.
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readDocument("a.pdf", bytes)).text).toBe(document.text);
  });

  it("reports a PDF without a text layer as a scan, with what to do", async () => {
    const error = await documentErrorOf(readDocument("scan.pdf", await makeScannedPdf()));
    expect(error.kind).toBe("no-text-layer");
    expect(error.message).toMatch(/^scan\.pdf: it has no text layer.*ocrmypdf/);
  });

  it("reports a password-protected PDF and a broken one in words", async () => {
    const locked = await documentErrorOf(readDocument("locked.pdf", makePasswordPdf()));
    expect(locked.kind).toBe("password");
    expect(locked.message).toMatch(/password-protected/);
    const broken = await documentErrorOf(readDocument("broken.pdf", encode("this is not a PDF")));
    expect(broken.kind).toBe("broken");
    expect(broken.message).toMatch(/^broken\.pdf: not a readable PDF/);
  });

  it("reads a .docx's paragraphs, its heading-styled paragraphs as headings", async () => {
    const document = await readDocument(
      "wawancara.docx",
      makeDocx([{ text: "Latar belakang", heading: true }, { text: "Kerja sama <kota> & provinsi." }]),
    );
    expect(document.format).toBe("docx");
    expect(document.text).toBe("Latar belakang\n\nKerja sama <kota> & provinsi.\n\n");
    expect(document.headings).toEqual([{ offset: 0, text: "Latar belakang" }]);
  });

  it("reports a broken .docx and a password-protected (compound-file) one", async () => {
    expect((await documentErrorOf(readDocument("a.docx", encode("PK not really")))).kind).toBe("broken");
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await documentErrorOf(readDocument("a.docx", ole))).message).toMatch(/password-protected Word file/);
  });

  it("refuses an unknown format, naming the endings it reads", async () => {
    const error = await documentErrorOf(readDocument("a.odt", encode("x")));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toMatch(/\.txt, \.md, \.markdown, \.pdf, \.docx/);
    expect(documentFormat("A.PDF")).toBe("pdf");
    expect(documentFormat("interview-3")).toBe("text");
  });
});

describe("sourceFileName(id, fileNames)", () => {
  it("finds a source by its id, with or without its extension", () => {
    expect(sourceFileName("000_x.txt", ["000_x.txt", "000_x.pdf"])).toEqual({ file: "000_x.txt" });
    expect(sourceFileName("000_x.txt", ["000_x.pdf", "other.pdf"])).toEqual({ file: "000_x.pdf" });
    expect(sourceFileName("000_x.txt", ["000_x.txt.docx"])).toEqual({ file: "000_x.txt.docx" });
    expect(sourceFileName("interview-3", ["interview-3.DOCX"])).toEqual({ file: "interview-3.DOCX" });
    expect(sourceFileName("000_x.txt", ["000_y.pdf"])).toEqual({ missing: true });
    expect(sourceFileName("000_x.txt", ["000_x.pdf", "000_x.docx"])).toEqual({
      ambiguous: ["000_x.docx", "000_x.pdf"],
    });
    expect(sourceFileName("000_x", ["000_x.odt"])).toEqual({ missing: true });
  });
});

describe("findHeadings, pageAt, locatorOf and pagesNamed", () => {
  it("finds numbered section lines, not sentences", () => {
    const text = "BAB I PENDAHULUAN\n1.1 Latar Belakang\n2019 Denpasar menandatangani MoU.\n2. Metode\n";
    expect(findHeadings(text, "text").map((heading) => heading.text)).toEqual([
      "BAB I PENDAHULUAN",
      "1.1 Latar Belakang",
      "2. Metode",
    ]);
  });

  it("derives the page and the section of a passage", () => {
    const document = { pageStarts: [0, 100, 250], headings: [{ offset: 90, text: "4.2 Budaya" }] };
    expect(pageAt(document, 0)).toBe(1);
    expect(pageAt(document, 120)).toBe(2);
    expect(pageAt(document, 250)).toBe(3);
    expect(pageAt({ pageStarts: [] }, 5)).toBeNull();
    expect(locatorOf(document, 120, 130)).toBe("p. 2, 4.2");
    expect(locatorOf(document, 95, 130)).toBe("pp. 1–2, 4.2");
    expect(locatorOf({ pageStarts: [], headings: [{ offset: 0, text: "Latar belakang" }] }, 5, 9)).toBe(
      "Latar belakang",
    );
    expect(locatorOf({ pageStarts: [], headings: [] }, 5, 9)).toBe("");
  });

  it("reads the pages a locator names", () => {
    expect(pagesNamed("4.2, pp. 12-13")).toEqual([[12, 13]]);
    expect(pagesNamed("p. 3; hlm. 5")).toEqual([
      [3, 3],
      [5, 5],
    ]);
    expect(pagesNamed("4.2.2")).toEqual([]);
  });
});
