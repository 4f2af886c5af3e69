import { describe, expect, it } from "vitest";
import { applyView, caseRows } from "../../site/src/model/casesModel.ts";
import { compareModel } from "../../site/src/model/compareModel.ts";
import { DEFAULT_CASES_VIEW as DEFAULT_VIEW } from "../../site/src/model/state.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { INDONESIA } from "../helpers.ts";

const loaded = await readDatasetFiles(INDONESIA);
const rows = caseRows(scoreDataset(readDataset(loaded.texts).dataset));

describe("the cases index model", () => {
  it("caseRows(scores, language) names the partner's country in the page's language, and finds it by that name", () => {
    const indonesian = caseRows(scoreDataset(readDataset(loaded.texts).dataset), "id");
    expect(indonesian.find((row) => row.id === "jawa-barat-souss-massa")!.country).toBe("Maroko");
    expect(rows.find((row) => row.id === "jawa-barat-souss-massa")!.country).toBe("Morocco");
    expect(applyView(indonesian, { ...DEFAULT_VIEW, query: "maroko" }).map((row) => row.id)).toEqual([
      "jawa-barat-souss-massa",
    ]);
  });

  it("sorts by conditions score, NA last in either direction", () => {
    const ascending = applyView(rows, { ...DEFAULT_VIEW, sort: "index" });
    expect(ascending[0]!.id).toBe("bandung-liuzhou");
    expect(ascending.at(-1)!.index).toBeNull();
    const descending = applyView(rows, { ...DEFAULT_VIEW, sort: "index", descending: true });
    // Mossel Bay and Souss-Massa ((1 + 0.5 + 1 + 1) / 4 = 0.875 on 4 conditions): Perth's 1.0 on one condition is not sorted by.
    expect(descending[0]!.index).toBe(0.875);
    expect(descending.at(-1)!.index).toBeNull();
  });

  it("filters by words, kind and coded cases", () => {
    expect(
      applyView(rows, { ...DEFAULT_VIEW, query: "denpasar australia" })
        .map((row) => row.id)
        .sort(),
    ).toEqual(["denpasar-darwin", "denpasar-perth"]);
    expect(applyView(rows, { ...DEFAULT_VIEW, kind: "sister-province" }).map((row) => row.id)).toEqual([
      "jawa-barat-souss-massa",
    ]);
    expect(applyView(rows, { ...DEFAULT_VIEW, codedOnly: true })).toHaveLength(11);
  });

  it("sorts stages in procedural order, not alphabetically", () => {
    const stages = applyView(rows, { ...DEFAULT_VIEW, sort: "stage", codedOnly: true }).map((row) => row.stage);
    expect(stages.indexOf("loi")).toBeLessThan(stages.indexOf("mou-signed"));
    expect(stages.indexOf("mou-signed")).toBeLessThan(stages.indexOf("implementation"));
  });
});

describe("compareModel(scores, selected)", () => {
  const scores = scoreDataset(readDataset(loaded.texts).dataset);

  it("offers the coded partnerships and keeps the picked ones in the order picked, ignoring unknown ids", () => {
    const model = compareModel(scores, ["jawa-barat-souss-massa", "nowhere", "bandung-liuzhou"]);
    expect(model.coded).toHaveLength(11);
    expect(model.picked.map((score) => score.id)).toEqual(["jawa-barat-souss-massa", "bandung-liuzhou"]);
    expect(model.labels["bandung-liuzhou"]).toBe("Bandung – Liuzhou");
  });

  it("ranks only partnerships with an index, each with the number of elements it rests on", () => {
    const { ranked } = compareModel(scores, ["bandung-liuzhou", "denpasar-perth"]);
    // Perth is coded on the three layers only: no index, so no bar.
    expect(ranked).toEqual([
      { id: "bandung-liuzhou", label: "Bandung – Liuzhou", index: expect.any(Number), assessedCount: 4 },
    ]);
  });
});
