import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, MINIMAL, temporaryFolder, writeDatasetFolder } from "../helpers.ts";
import { makeDocx, makePdf, makeScannedPdf } from "../documents/makeDocuments.ts";

const HEADER = MINIMAL.codings.split("\n")[0]!;

/** A dataset whose codings quote `src` (culture, education, health), with a sources/ folder holding the given files. */
function datasetWithSources(quotes: Array<[string, string]>, files: Record<string, Uint8Array | string>): string {
  const indicators = ["culture", "education", "health", "sport"];
  const rows = quotes.map(
    ([quote, locator], index) =>
      `kota-a-kota-b,three-layers,${indicators[index]},2,ana,"${quote}",finding,src,"${locator}",`,
  );
  const folder = writeDatasetFolder({ codings: `${HEADER}\n${rows.join("\n")}\n` });
  mkdirSync(join(folder, "sources"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, "sources", name), bytes);
  return folder;
}

const PAGES = [
  ["4.2 Lapisan Kedua", "Kerja sama budaya Denpasar dengan Mossel Bay", "menghadirkan berbagai acara-"],
  ["acara budaya dan pertukaran pelajar yang ber-", "langsung setiap tahun."],
];

describe("paradiplomacy check-evidence <dataset> with PDF and .docx sources", () => {
  it("reads a PDF from the dataset's sources/ folder, found by its id without the extension, and prints each quote's page", async () => {
    const folder = datasetWithSources(
      [
        ["Mossel Bay menghadirkan berbagai acara-acara budaya", "4.2, pp. 1-2"],
        ["pertukaran pelajar yang berlangsung setiap tahun", "p. 2"],
      ],
      { "src.pdf": await makePdf(PAGES, { pageNumbers: true }) },
    );
    const { code, stdout, stderr } = await cli("check-evidence", folder);
    expect(stderr).toMatch(/✓ .*: all 2 quotes found in their sources \(.*sources\)/);
    expect(stdout.split("\n")).toEqual([
      "Pages of the quotes found in PDFs:",
      `${join(folder, "codings.csv")}:2:6: pp. 1–2 of src.pdf`,
      `${join(folder, "codings.csv")}:3:6: p. 2 of src.pdf`,
      "",
    ]);
    expect(code).toBe(0);
  });

  it("reports a locator naming another page than the quote's, at the locator's column", async () => {
    const folder = datasetWithSources([["pertukaran pelajar", "p. 1"]], { "src.pdf": await makePdf(PAGES) });
    const { code, stdout } = await cli("check-evidence", folder);
    expect(stdout).toMatch(
      /codings\.csv:2:9: the locator disagrees with the source: the quote is on p\. 2 of src\.pdf \(expected a locator naming p\. 2, found "p\. 1"\)/,
    );
    expect(code).toBe(1);
  });

  it("reports a quote not in the PDF with the nearest passage", async () => {
    const folder = datasetWithSources([["pertukaran mahasiswa yang berlangsung", "p. 2"]], {
      "src.pdf": await makePdf(PAGES),
    });
    const { code, stdout, stderr } = await cli("check-evidence", folder);
    expect(stdout).toMatch(
      /codings\.csv:2:6: the quote is not in src\.pdf \(expected the words as the source has them; nearest passage: "dan pertukaran pelajar yang", found "pertukaran mahasiswa yang berlangsung"\)/,
    );
    expect(stderr).toMatch(/1 of 1 quotes not found/);
    expect(code).toBe(1);
  });

  it("reports a scanned PDF once, with what to do, however many quotes cite it", async () => {
    const folder = datasetWithSources(
      [
        ["a", "1"],
        ["b", "2"],
      ],
      { "src.pdf": await makeScannedPdf() },
    );
    const { code, stdout, stderr } = await cli("check-evidence", folder);
    expect(stdout.trim().split("\n")).toEqual([expect.stringMatching(/src\.pdf:0:0: it has no text layer .*ocrmypdf/)]);
    expect(stderr).toMatch(/2 not checkable \(1 source unreadable\)/);
    expect(code).toBe(1);
  });

  it("reads a .docx source", async () => {
    const docx = makeDocx([{ text: "Wawancara", heading: true }, { text: "Festival budaya diadakan setiap tahun." }]);
    const folder = datasetWithSources([["Festival budaya diadakan", "Wawancara"]], { "src.docx": docx });
    expect(await cli("check-evidence", folder)).toMatchObject({ code: 0, stdout: "" });
  });

  it("asks for one file when several could be the source", async () => {
    const folder = datasetWithSources([["x", "1"]], { "src.txt": "x", "src.md": "x" });
    const { code, stdout } = await cli("check-evidence", folder);
    expect(stdout).toMatch(/several files could be the document of the source "src": src\.md, src\.txt/);
    expect(code).toBe(1);
  });

  it("says once that a --sources folder does not exist (usage error)", async () => {
    const { code, stdout, stderr } = await cli(
      "check-evidence",
      writeDatasetFolder(),
      "--sources",
      join(temporaryFolder(), "nonexist"),
    );
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--sources ".*nonexist": no such folder/);
    expect(stderr.trim().split("\n")).toHaveLength(2);
    expect(code).toBe(2);
  });
});
