import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { RESOURCE_NAMES, RESOURCES, type ResourceName } from "../../src/dataset/schemas.ts";
import type { Dataset } from "../../src/dataset/types.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import type { DatasetFiles } from "../../src/workbench/draft.ts";
import { mergeImports } from "../../site/src/model/mergeImports.ts";
import type { StoredImport } from "../../site/src/model/storage.ts";
import { INDONESIA } from "../helpers.ts";

const loaded = await readDatasetFiles(INDONESIA);
const shipped = validateDataset(loaded.texts, "indonesia");
const shippedFiles: DatasetFiles = Object.fromEntries([
  ["datapackage.json", loaded.texts.datapackage!.text],
  ...Object.values(loaded.texts.resources).map(({ file, text }) => [file.split("/").pop()!, text]),
]);

type Row = Record<string, string>;
const rowsOf = (files: DatasetFiles, resource: ResourceName): Row[] =>
  Papa.parse<Row>(files[RESOURCES[resource].path] ?? "", { header: true, skipEmptyLines: true }).data;

/**
 * Another researcher's dataset, made from the shipped one: Denpasar's partnerships, events, codings and portfolio
 * codings under a new local government ("Kota Uji") and new partnership ids, with one source of its own.
 */
function anotherDataset(): DatasetFiles {
  const denpasar = new Set(
    rowsOf(shippedFiles, "partnerships")
      .filter((row) => row.local_government === "Denpasar")
      .map((row) => row.id!),
  );
  const rename = (row: Row): Row => ({
    ...row,
    ...(row.local_government === "Denpasar" ? { local_government: "Kota Uji" } : {}),
    ...(row.partnership !== undefined ? { partnership: `uji-${row.partnership}` } : {}),
  });
  const files: DatasetFiles = { "datapackage.json": shippedFiles["datapackage.json"]! };
  for (const resource of RESOURCE_NAMES) {
    let rows = rowsOf(shippedFiles, resource);
    if (resource === "partnerships")
      rows = rows.filter((row) => denpasar.has(row.id!)).map((row) => ({ ...rename(row), id: `uji-${row.id}` }));
    else if (resource === "events" || resource === "codings")
      rows = rows.filter((row) => denpasar.has(row.partnership!)).map(rename);
    else if (resource === "portfolio_codings")
      rows = rows.filter((row) => row.local_government === "Denpasar").map(rename);
    else if (resource === "sources") {
      const first = rows[0]!;
      rows = [...rows, { ...first, id: "999_uji", citation: "Peneliti Uji (2026). Sebuah sumber baru." }];
    }
    files[RESOURCES[resource].path] = Papa.unparse(rows, { columns: Object.keys(rowsOf(shippedFiles, resource)[0]!) });
  }
  return files;
}

const stored = (files: DatasetFiles, id = "uji"): StoredImport => ({
  id,
  name: id,
  imported: "2026-12-06T00:00:00Z",
  files,
  problems: 0,
  rejectedRows: 0,
});

const FIELD: Record<ResourceName, keyof Dataset> = {
  partnerships: "partnerships",
  events: "events",
  codings: "codings",
  portfolio_codings: "portfolioCodings",
  sources: "sources",
};

describe("mergeImports(shipped, stored)", () => {
  const files = anotherDataset();
  const imported = validateDataset({
    datapackage: { file: "datapackage.json", text: files["datapackage.json"]! },
    resources: Object.fromEntries(
      RESOURCE_NAMES.map((name) => [name, { file: RESOURCES[name].path, text: files[RESOURCES[name].path]! }]),
    ),
  });
  const merged = mergeImports(shipped, [stored(files)]);

  it("the imported dataset is valid, and has rows in every file of the format", () => {
    expect(imported.problems).toEqual([]);
    for (const name of RESOURCE_NAMES)
      expect((imported.dataset[FIELD[name]] as unknown[]).length, name).toBeGreaterThan(0);
  });

  it.each(RESOURCE_NAMES)("keeps every new row of the import's %s", (name) => {
    const field = FIELD[name];
    const before = shipped.dataset[field] as unknown[];
    const after = merged.reading.dataset[field] as unknown[];
    // Sources: only the new one is added; the others are the shipped ones again.
    const added = name === "sources" ? 1 : (imported.dataset[field] as unknown[]).length;
    expect(after.length).toBe(before.length + added);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it("marks the imported partnerships as this browser's own, and leaves out nothing", () => {
    expect([...merged.own].sort()).toEqual(imported.dataset.partnerships.map((partnership) => partnership.id).sort());
    expect(merged.skipped).toEqual([]);
    expect(merged.sourceConflicts).toEqual([]);
  });

  it("importing the shipped dataset again adds nothing, and lists every partnership it left out", () => {
    const again = mergeImports(shipped, [stored(shippedFiles, "again")]);
    for (const name of RESOURCE_NAMES)
      expect((again.reading.dataset[FIELD[name]] as unknown[]).length, name).toBe(
        (shipped.dataset[FIELD[name]] as unknown[]).length,
      );
    expect(again.skipped.sort()).toEqual(shipped.dataset.partnerships.map((partnership) => partnership.id).sort());
    expect(again.own.size).toBe(0);
  });

  it("lists a different source under a taken id, and keeps the one already there", () => {
    const sources = rowsOf(shippedFiles, "sources");
    const changed = {
      ...files,
      "sources.csv": Papa.unparse([{ ...sources[0]!, citation: "Someone else (1999)." }, ...sources.slice(1)]),
    };
    const result = mergeImports(shipped, [stored(changed)]);
    expect(result.sourceConflicts).toEqual([sources[0]!.id]);
    expect(result.reading.dataset.sources.find((source) => source.id === sources[0]!.id)).toEqual(
      shipped.dataset.sources.find((source) => source.id === sources[0]!.id),
    );
  });

  it("does not change the shipped reading", () => {
    const counts = RESOURCE_NAMES.map((name) => (shipped.dataset[FIELD[name]] as unknown[]).length);
    mergeImports(shipped, [stored(files)]);
    expect(RESOURCE_NAMES.map((name) => (shipped.dataset[FIELD[name]] as unknown[]).length)).toEqual(counts);
  });

  it("lists the codings of a shipped partnership imported alone, and leaves the published codings as they are", () => {
    const header = rowsOf(shippedFiles, "codings")[0]!;
    const codings = rowsOf(shippedFiles, "codings")
      .filter((row) => row.partnership === "denpasar-mossel-bay")
      .slice(0, 2)
      .map((row) => ({ ...row, coder: "zed" }));
    const alone = mergeImports(shipped, [
      stored({ "codings.csv": Papa.unparse(codings, { columns: Object.keys(header) }) }, "alone"),
    ]);
    expect(alone.elsewhere).toEqual({ "denpasar-mossel-bay": 2 });
    expect(alone.reading.dataset.codings).toHaveLength(shipped.dataset.codings.length);
    expect(merged.elsewhere).toEqual({});
  });
});
