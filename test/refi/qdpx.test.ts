import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { refiQdaCodebook } from "../../src/codebook/refiQdaCodebook.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { exportQdpx } from "../../src/refi/exportQdpx.ts";
import { importProject } from "../../src/refi/importProject.ts";
import { readQdpx } from "../../src/refi/readQdpx.ts";
import { filesToTexts } from "../../src/workbench/draft.ts";
import { cli, MINIMAL, ROOT, temporaryFolder, textsOf, writeDatasetFolder } from "../helpers.ts";

// The REFI-QDA Project schema (QDA-XML project 1.0, REFI-QDA standard 1.5), validated with libxml2.
const SCHEMA = readFileSync(join(ROOT, "test/fixtures/refi-qda/Project.xsd"), "utf8");
const validate = (xml: string) => validateXML({ xml: [{ fileName: "project.qde", contents: xml }], schema: [SCHEMA] });

const HEADER = MINIMAL.codings.split("\n")[0]!;
const SOURCE_TEXT = "😀 Pendahuluan\r\nKerja sama 協力 dengan Kota B: festival budaya diadakan.\r\nAcara-acara lain.";

/** A dataset whose codings quote the source `src`, kept in sources/src.txt. */
function studyFolder(rows: string[], text = SOURCE_TEXT): string {
  const folder = writeDatasetFolder({ codings: `${HEADER}\n${rows.join("\n")}\n` });
  mkdirSync(join(folder, "sources"));
  writeFileSync(join(folder, "sources", "src.txt"), text);
  return folder;
}

const CULTURE = 'kota-a-kota-b,three-layers,culture,2,ana,"festival budaya diadakan",finding,src,4.2,A note.';
const EDUCATION = 'kota-a-kota-b,three-layers,education,1,budi,"Kerja sama 協力",argument,src,1,';

describe("paradiplomacy export-qdpx", () => {
  it("writes a .qdpx whose project.qde is valid against the REFI-QDA Project schema (the check can fail)", async () => {
    const out = join(temporaryFolder(), "study.qdpx");
    const { code, stderr } = await cli("export-qdpx", studyFolder([CULTURE, EDUCATION]), "--out", out);
    expect(stderr).toMatch(/✓ .*study\.qdpx: 2 codings as coded selections in 1 source, 1 partnership as cases/);
    expect(code).toBe(0);
    const entries = unzipSync(readFileSync(out));
    const project = strFromU8(entries["project.qde"]!);
    const result = await validate(project);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect((await validate(project.replace(/<User guid="[^"]+"/, "<User"))).valid).toBe(false);
  });

  it("places each quote in code points from 0, end exclusive, over the source's plain text as stored", async () => {
    const out = join(temporaryFolder(), "study.qdpx");
    await cli("export-qdpx", studyFolder([CULTURE, EDUCATION]), "--out", out);
    const entries = unzipSync(readFileSync(out));
    const project = strFromU8(entries["project.qde"]!);
    const path = /plainTextPath="internal:\/\/([^"]+)"/.exec(project)![1]!;
    const text = strFromU8(entries[`Sources/${path}`]!);
    expect(text).toBe(SOURCE_TEXT);
    const codePoints = Array.from(text);
    const selections = [...project.matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g)].map(([, start, end]) =>
      codePoints.slice(Number(start), Number(end)).join(""),
    );
    // As Python's text[start:end] reads them (QualCoder): the emoji is one code point, CR LF two.
    expect(selections).toEqual(["festival budaya diadakan", "Kerja sama 協力"]);
  });

  it("uses the codebook's codes and GUIDs, the coders as users, the partnership as a case naming its selections", async () => {
    const out = join(temporaryFolder(), "study.qdpx");
    await cli("export-qdpx", studyFolder([CULTURE, EDUCATION]), "--out", out);
    const project = strFromU8(unzipSync(readFileSync(out))["project.qde"]!);
    const guids = (xml: string) => new Set([...xml.matchAll(/<Code guid="([^"]+)"/g)].map((match) => match[1]));
    expect(guids(project)).toEqual(guids(refiQdaCodebook()));
    expect([...project.matchAll(/<User guid="[^"]+" name="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "ana",
      "budi",
    ]);
    expect(project).toMatch(/<Case guid="[^"]+" name="kota-a-kota-b">/);
    expect([...project.matchAll(/<SelectionRef /g)]).toHaveLength(2);
    expect(project).toContain("<Description>A note.</Description>");
  });

  it("lists each quote it cannot place at its row and column, writes the rest, and exits 1", async () => {
    const out = join(temporaryFolder(), "study.qdpx");
    const missing = 'kota-a-kota-b,three-layers,health,2,ana,"rumah sakit baru",finding,src,2,';
    const { code, stdout, stderr } = await cli("export-qdpx", studyFolder([CULTURE, missing]), "--out", out);
    expect(stdout).toMatch(
      /codings\.csv:3:6: the quote is not exported: it is not in src\.txt \(found "rumah sakit baru"\)/,
    );
    expect(stderr).toMatch(/1 coding as coded selections.*1 quotes could not be placed/);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it("needs --out and a sources folder", async () => {
    expect((await cli("export-qdpx", studyFolder([CULTURE]))).stderr).toMatch(/needs --out/);
    const { code, stderr } = await cli("export-qdpx", writeDatasetFolder(), "--out", join(temporaryFolder(), "x.qdpx"));
    expect(stderr).toMatch(/the dataset has no sources folder/);
    expect(code).toBe(2);
  });
});

describe("paradiplomacy import-qdpx", () => {
  it("gives back the exported codings, partnerships and sources, and the source texts beside them", async () => {
    const folder = temporaryFolder();
    const study = studyFolder([CULTURE, EDUCATION]);
    await cli("export-qdpx", study, "--out", join(folder, "study.qdpx"));
    const out = join(folder, "back");
    const { code, stderr } = await cli("import-qdpx", join(folder, "study.qdpx"), "--out", out);
    expect(stderr).toMatch(/✓ .*back: 2 codings imported/);
    expect(code).toBe(0);
    const original = readDataset(textsOf({ codings: `${HEADER}\n${CULTURE}\n${EDUCATION}\n` })).dataset;
    const back = readDataset(
      filesToTexts(
        Object.fromEntries(
          readdirSync(out)
            .filter((name) => name !== "sources")
            .map((name) => [name, readFileSync(join(out, name), "utf8")]),
        ),
      ),
    ).dataset;
    expect(back.codings).toEqual(original.codings);
    expect(back.partnerships).toEqual(original.partnerships);
    expect(back.sources).toEqual(original.sources);
    expect(readFileSync(join(out, "sources", "src"), "utf8")).toBe(SOURCE_TEXT);
    expect((await cli("validate", out)).code).toBe(0);
    expect((await cli("check-evidence", out)).code).toBe(0);
  });

  it("with --into adds codings to a copy of a dataset, reporting a key already there as a conflict, never overwriting it", async () => {
    const folder = temporaryFolder();
    const changed = CULTURE.replace(",2,ana,", ",1,ana,");
    await cli("export-qdpx", studyFolder([changed, EDUCATION]), "--out", join(folder, "study.qdpx"));
    const into = writeDatasetFolder();
    const out = join(folder, "merged");
    const { code, stdout, stderr } = await cli("import-qdpx", join(folder, "study.qdpx"), "--out", out, "--into", into);
    expect(stdout).toMatch(
      /conflict: kota-a-kota-b\/three-layers\/culture\/ana: the dataset has this coding already; kept as it was/,
    );
    expect(stderr).toMatch(/1 codings imported .* into a copy of .*; 1 conflicts left out/);
    expect(code).toBe(1);
    const codings = readFileSync(join(out, "codings.csv"), "utf8");
    expect(codings.startsWith(MINIMAL.codings)).toBe(true);
    expect(codings).toContain("kota-a-kota-b,three-layers,education,1,budi,Kerja sama 協力,argument,src,1,");
    expect(readFileSync(join(into, "codings.csv"), "utf8")).toBe(MINIMAL.codings);
  });
});

/** A .qdpx as another program writes it, made by hand. */
function foreignProject(qde: string, files: Record<string, string>, qdeName = "project.qde"): Uint8Array {
  return zipSync({
    [qdeName]: strToU8(qde),
    ...Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
  });
}

const CODEBOOK = refiQdaCodebook();
const guidOf = (name: string) =>
  new RegExp(`<Code guid="([^"]+)" name="${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`).exec(CODEBOOK)![1]!;
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("readQdpx and importProject with projects from other programs", () => {
  it("reads a sources/ folder, another .qde name, ATLAS.ti's CR LF counted as one, codes by GUID or by name, and reports the rest", () => {
    const text = "Line one\r\nfestival budaya diadakan\r\nend";
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="ATLAS.ti 23">
  <Users><User guid="${G(1)}" name="Ana Maria"/></Users>
  <CodeBook><Codes>
    <Code guid="${guidOf("three-layers/culture=2 ")}" name="culture" isCodable="true"/>
    <Code guid="${G(2)}" name="three-layers/education=1 Education: partial" isCodable="true"/>
    <Code guid="${G(3)}" name="Theme A" isCodable="true"/>
  </Codes></CodeBook>
  <Cases>
    <Case guid="${G(4)}" name="Kota A – Kota B"><SourceRef targetGUID="${G(5)}"/></Case>
    <Case guid="${G(9)}"><SourceRef targetGUID="${G(5)}"/></Case>
  </Cases>
  <Sources>
    <TextSource guid="${G(5)}" name="Interview.txt" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="${G(6)}" startPosition="9" endPosition="33" creatingUser="${G(1)}">
        <Coding guid="${G(7)}" creatingUser="${G(1)}"><CodeRef targetGUID="${guidOf("three-layers/culture=2 ")}"/></Coding>
        <Coding guid="${G(8)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(2)}"/></Coding>
        <Coding guid="${G(10)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(3)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${G(11)}" startPosition="0" endPosition="4"><Description>a memo</Description></PlainTextSelection>
    </TextSource>
    <TextSource guid="${G(12)}" name="Interview.txt" plainTextPath="internal://b.txt"/>
    <PictureSource guid="${G(13)}" name="photo.png"><PictureSelection guid="${G(14)}" firstX="0" firstY="0" secondX="1" secondY="1"/></PictureSource>
  </Sources>
</Project>`;
    const project = readQdpx(foreignProject(qde, { "sources/a.txt": text, "sources/b.txt": "other" }, "Study.qde"));
    expect(project.sources.map((source) => source.text)).toEqual(["Line one\nfestival budaya diadakan\nend", "other"]);
    const result = importProject(project, { evidenceKind: "finding" });
    const codings = readDataset(filesToTexts(result.files)).dataset.codings;
    expect(
      codings.map((coding) => [
        coding.partnership,
        coding.indicator,
        coding.score,
        coding.coder,
        coding.evidence,
        coding.source,
        coding.evidence_kind,
      ]),
    ).toEqual([
      ["kota-a-kota-b", "culture", 2, "Ana-Maria", "festival budaya diadakan", "Interview.txt", "finding"],
      ["kota-a-kota-b", "education", 1, "Ana-Maria", "festival budaya diadakan", "Interview.txt", "finding"],
    ]);
    // Where each coding's selection is, for a program that shows the source: ATLAS.ti's 9–33 over the text with CR LF as one.
    expect(result.places).toEqual({
      "kota-a-kota-b/three-layers/culture/Ana-Maria": { source: "Interview.txt", start: 9, end: 33 },
      "kota-a-kota-b/three-layers/education/Ana-Maria": { source: "Interview.txt", start: 9, end: 33 },
    });
    expect(project.sources[0]!.text!.slice(9, 33)).toBe("festival budaya diadakan");
    expect(result.report.leftOut).toEqual([
      '1 codings with codes outside the codebook: "Theme A"',
      "1 selections with no code (a comment or memo only), not codings",
      "1 PictureSelection elements: only text selections become codings",
    ]);
    expect(result.report.renamed).toEqual(
      expect.arrayContaining([
        'the source "Interview.txt" is "Interview-2.txt"',
        'sources sharing a name were numbered: "Interview.txt"',
        'the case "Kota A – Kota B" is the partnership "kota-a-kota-b"',
        'the user "Ana Maria" is the coder "Ana-Maria"',
      ]),
    );
  });

  it("counts CR LF as two code points when the program is not ATLAS.ti (QualCoder, NVivo)", () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="QualCoder 3.6">
  <Sources><TextSource guid="${G(5)}" name="a.txt" plainTextPath="internal://a.txt">
    <PlainTextSelection guid="${G(6)}" startPosition="10" endPosition="14"/>
  </TextSource></Sources></Project>`;
    const project = readQdpx(foreignProject(qde, { "Sources/a.txt": "Line one\r\nkota" }));
    expect(project.sources[0]!.text).toBe("Line one\r\nkota");
    expect(project.sources[0]!.selections[0]).toMatchObject({ start: 10, end: 14 });
  });

  it("says what is missing, for a source no case names, and the CLI then writes nothing and exits 1", async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="MAXQDA 2024">
  <Users><User guid="${G(1)}" name="ana"/></Users>
  <Sources><TextSource guid="${G(5)}" name="src.txt" plainTextPath="internal://a.txt">
    <PlainTextSelection guid="${G(6)}" startPosition="0" endPosition="8" creatingUser="${G(1)}">
      <Coding guid="${G(7)}"><CodeRef targetGUID="${guidOf("three-layers/culture=2 ")}"/></Coding>
    </PlainTextSelection>
  </TextSource></Sources></Project>`;
    const folder = temporaryFolder();
    writeFileSync(join(folder, "study.qdpx"), foreignProject(qde, { "Sources/a.txt": "festival budaya" }));
    const out = join(folder, "out");
    const { code, stdout, stderr } = await cli(
      "import-qdpx",
      join(folder, "study.qdpx"),
      "--out",
      out,
      "--into",
      writeDatasetFolder(),
      "--evidence-kind",
      "finding",
    );
    expect(stdout).toMatch(
      /missing: the partnership of 1 coding in the source "src\.txt": no case names the selection, and not exactly one case names the source/,
    );
    expect(stderr).toMatch(/the dataset would not be valid .*nothing was written/);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a file that is not a .qdpx, in words", async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, "x.qdpx"), "not a zip");
    const { code, stderr } = await cli("import-qdpx", join(folder, "x.qdpx"), "--out", join(folder, "out"));
    expect(stderr).toMatch(/x\.qdpx: not a \.qdpx \(a ZIP file\)/);
    expect(code).toBe(1);
  });
});

describe("export → import round trip (property)", () => {
  const pieces = ["kerja", "sama", "協力", "сотрудничество", "تعاون", "सहयोग", "😀", "👩‍👩‍👧", "ฟ้า", "e\u0301"];
  const breaks = [" ", "\n", "\r\n", "\r", "\u2028", "\u0085", "\t", " \r\n "];
  const INDICATORS = ["culture", "education", "health", "sport", "investment"];
  it("gives back the same codings for texts in any script, with emoji and every kind of line end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...breaks)), { minLength: 1, maxLength: 40 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(),
            fc.constantFrom("finding", "argument"),
            fc.constantFrom("", "a note", "catatan 😀"),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (words, picks) => {
          const text = words.map(([word, gap]) => word + gap).join("");
          const rows = picks.map(([from, length, kind, note], index) => {
            const start = from % words.length;
            const end = Math.min(words.length, start + 1 + (length % 6));
            const quote = words
              .slice(start, end)
              .map(([word, gap], at) => word + (start + at < end - 1 ? gap : ""))
              .join("");
            return [
              `kota-a-kota-b`,
              "three-layers",
              INDICATORS[index]!,
              "2",
              "ana",
              quote,
              kind,
              "src",
              `p${index}`,
              note,
            ];
          });
          const csv = `${HEADER}\n${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",")).join("\n")}\n`;
          const reading = readDataset(textsOf({ codings: csv }));
          expect(reading.problems).toEqual([]);
          const exported = exportQdpx({
            partnerships: reading.dataset.partnerships,
            sources: reading.dataset.sources,
            codings: reading.tables.codings!,
            documents: { src: { name: "src", format: "text", text, pageStarts: [], headings: [] } },
          });
          expect(exported.unplaced).toEqual([]);
          const back = importProject(readQdpx(exported.bytes));
          const again = readDataset(filesToTexts(back.files));
          expect(again.problems).toEqual([]);
          expect(again.dataset.codings).toEqual(reading.dataset.codings);
          expect(back.sourceTexts).toEqual({ src: text });
        },
      ),
      { numRuns: 60, seed: 23 },
    );
  });
});
