import { JSDOM } from "jsdom";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESOURCES } from "../../src/dataset/schemas.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import type { DatasetFiles } from "../../src/workbench/draft.ts";
import { importsNotice } from "../../site/src/components/importsNotice.ts";
import { mergeImports } from "../../site/src/model/mergeImports.ts";
import type { StoredImport } from "../../site/src/model/storage.ts";
import { INDONESIA } from "../helpers.ts";

const { window } = new JSDOM("<!doctype html><body></body>");
beforeAll(() => {
  Object.assign(globalThis, { document: window.document });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "document");
});

const loaded = await readDatasetFiles(INDONESIA);
const shipped = validateDataset(loaded.texts, "indonesia");
const shippedFiles: DatasetFiles = Object.fromEntries([
  ["datapackage.json", loaded.texts.datapackage!.text],
  ...Object.values(loaded.texts.resources).map(({ file, text }) => [file.split("/").pop()!, text]),
]);
const rowsOf = (file: string) =>
  Papa.parse<Record<string, string>>(shippedFiles[file] ?? "", { header: true, skipEmptyLines: true }).data;
const stored = (files: DatasetFiles, id: string): StoredImport => ({
  id,
  name: id,
  imported: "2026-12-06T00:00:00Z",
  files,
  problems: 0,
  rejectedRows: 0,
});

/**
 * Three earlier imports as a browser keeps them: the shipped dataset again (every partnership's id taken), its
 * sources with the first one changed (a conflict), and two codings of a shipped partnership imported alone.
 */
const sources = rowsOf(RESOURCES.sources.path);
const codings = rowsOf(RESOURCES.codings.path)
  .filter((row) => row.partnership === "denpasar-mossel-bay")
  .slice(0, 2)
  .map((row) => ({ ...row, coder: "zed" }));
const merged = mergeImports(shipped, [
  stored(shippedFiles, "again"),
  stored(
    {
      ...shippedFiles,
      [RESOURCES.sources.path]: Papa.unparse([
        { ...sources[0]!, citation: "Someone else (1999)." },
        ...sources.slice(1),
      ]),
    },
    "changed",
  ),
  stored(
    { [RESOURCES.codings.path]: Papa.unparse(codings, { columns: Object.keys(rowsOf(RESOURCES.codings.path)[0]!) }) },
    "alone",
  ),
]);

describe("importsNotice(merged, language)", () => {
  it("says nothing when every stored import was placed", () => {
    expect(importsNotice(mergeImports(shipped, []), "en")).toBe(null);
  });

  it("lists every partnership left out, every source in conflict and the rows of partnerships placed elsewhere", () => {
    const notice = importsNotice(merged, "en")!;
    expect(notice.getAttribute("role")).toBe("status");
    const partnerships = shipped.dataset.partnerships.length;
    expect(notice.querySelector(".imports-skipped p")!.textContent).toBe(
      `${2 * partnerships} partnerships were left out because the id is already taken (by the site's data or an earlier import), with their events and codings:`,
    );
    // Every one, twice (imported twice), none cut from the list.
    expect(notice.querySelectorAll(".imports-skipped li")).toHaveLength(2 * partnerships);
    expect([...notice.querySelectorAll(".imports-source-conflicts li")].map((item) => item.textContent)).toEqual([
      sources[0]!.id,
    ]);
    expect(notice.querySelector(".imports-elsewhere p")!.textContent).toMatch(/^2 rows of events and codings/u);
    expect([...notice.querySelectorAll(".imports-elsewhere li")].map((item) => item.textContent)).toEqual([
      "denpasar-mossel-bay: 2 rows",
    ]);
  });

  it("says it in Indonesian in the Indonesian view", () => {
    const notice = importsNotice(merged, "id")!;
    expect(notice.querySelector("p")!.textContent).toBe(
      "Sebagian data yang diimpor di peramban ini tidak ditambahkan ke data situs:",
    );
    expect(notice.querySelector(".imports-source-conflicts p")!.textContent).toMatch(/^1 sumber dilewati/u);
    expect(notice.querySelector(".imports-elsewhere li")!.textContent).toBe("denpasar-mossel-bay: 2 baris");
  });
});
