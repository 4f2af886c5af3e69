import { describe, expect, it } from "vitest";
import { applyView, caseRows } from "../../site/src/casesModel.ts";
import { DEFAULT_CASES_VIEW as DEFAULT_VIEW } from "../../site/src/state.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { INDONESIA } from "../helpers.ts";

const loaded = await readDatasetFiles(INDONESIA);
const rows = caseRows(scoreDataset(readDataset(loaded.texts).dataset));

describe("the cases index model", () => {
  it("sorts by success index, NA last in either direction", () => {
    const ascending = applyView(rows, { ...DEFAULT_VIEW, sort: "index" });
    expect(ascending[0]!.id).toBe("bandung-liuzhou");
    expect(ascending.at(-1)!.index).toBeNull();
    const descending = applyView(rows, { ...DEFAULT_VIEW, sort: "index", descending: true });
    expect(descending[0]!.index).toBe(1);
    expect(descending.at(-1)!.index).toBeNull();
  });

  it("filters by words, kind and coded cases", () => {
    expect(applyView(rows, { ...DEFAULT_VIEW, query: "denpasar australia" }).map((row) => row.id).sort()).toEqual(["denpasar-darwin", "denpasar-perth"]);
    expect(applyView(rows, { ...DEFAULT_VIEW, kind: "sister-province" }).map((row) => row.id)).toEqual(["jawa-barat-souss-massa"]);
    expect(applyView(rows, { ...DEFAULT_VIEW, codedOnly: true })).toHaveLength(12);
  });

  it("sorts stages in procedural order, not alphabetically", () => {
    const stages = applyView(rows, { ...DEFAULT_VIEW, sort: "stage", codedOnly: true }).map((row) => row.stage);
    expect(stages.indexOf("loi")).toBeLessThan(stages.indexOf("mou-signed"));
    expect(stages.indexOf("mou-signed")).toBeLessThan(stages.indexOf("implementation"));
  });
});
