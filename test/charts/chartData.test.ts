import { describe, expect, it } from "vitest";
import { indicatorMatrix } from "../../src/charts/indicatorMatrix.ts";
import { timelineData, timelineTable } from "../../src/charts/timeline.ts";
import { mappablePartnerships } from "../../src/charts/partnershipMap.ts";
import { scoreLabel } from "../../src/charts/scoreColors.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { toBibtex } from "../../src/dataset/toBibtex.ts";
import { MINIMAL, textsOf } from "../helpers.ts";

const partnerships =
  MINIMAL.partnerships +
  "kota-a-kota-c,Kota A,city,ID,Indonesia,Kota C,city,ZA,South Africa,sister-city,,,,,,,dormant,src,4.1,\n";
const events =
  "id,partnership,date,stage,field,description,status,source,locator,duration_years,evidence_kind,note\n" +
  "e1,kota-a-kota-b,2019-07,mou-signed,,MoU signed,realised,src,4.1,,finding,\n" +
  "e2,kota-a-kota-b,2022,activity,culture,Festival,planned,src,4.2,,finding,\n" +
  "e3,kota-a-kota-b,,activity,culture,Undated plan,planned,src,4.2,,finding,\n";
const { dataset, problems } = readDataset(textsOf({ partnerships, events }));

describe("chart data", () => {
  it("the dataset used here is valid", () => expect(problems).toEqual([]));

  it("indicatorMatrix(scores) gives one cell per partnership and indicator, with the evidence", () => {
    const cells = indicatorMatrix(scoreDataset(dataset), { language: "id" });
    expect(cells).toHaveLength(2 * (16 + 5));
    const culture = cells.find((cell) => cell.partnership === "kota-a-kota-b" && cell.indicator === "culture")!;
    expect(culture).toMatchObject({
      score: 2,
      scoreLabel: "2",
      indicatorName: "budaya",
      group: "multidimensional",
      evidence: "a festival took place",
      source: "src",
    });
    expect(cells.find((cell) => cell.partnership === "kota-a-kota-c" && cell.indicator === "culture")).toMatchObject({
      score: null,
      scoreLabel: "NA",
      evidence: null,
    });
  });

  it("timelineData(partnerships, events, {until}) spans first contact to the last realised date, or to `until` while active", () => {
    const { rows, events: dots } = timelineData(dataset.partnerships, dataset.events, { until: 2024 });
    // kota-a-kota-b: first contact 2019, active → until 2024; kota-a-kota-c has no date and is left out.
    expect(rows).toEqual([{ partnership: "kota-a-kota-b", label: "Kota A – Kota B", start: 2019, end: 2024 }]);
    expect(dots.map((dot) => dot.year)).toEqual([2019.5, 2022]);
  });

  it("timelineTable(data) lists the events drawn, one row each, for the chart's CSV", () => {
    const table = timelineTable(timelineData(dataset.partnerships, dataset.events, { until: 2024 }));
    expect(table.header).toEqual(["partnership", "year", "stage", "status", "description", "source"]);
    expect(table.rows.map((row) => row.slice(0, 4))).toEqual([
      ["kota-a-kota-b", 2019.5, "mou-signed", "realised"],
      ["kota-a-kota-b", 2022, expect.any(String), expect.any(String)],
    ]);
  });

  it("mappablePartnerships(partnerships) keeps those with both ends located", () => {
    expect(mappablePartnerships(dataset.partnerships).map((partnership) => partnership.id)).toEqual(["kota-a-kota-b"]);
  });

  it("scoreLabel(score) writes NA for null", () => {
    expect([scoreLabel(null), scoreLabel(0), scoreLabel(2)]).toEqual(["NA", "0", "2"]);
  });
});

describe("toBibtex(source)", () => {
  it("writes an entry with authors joined by 'and' and no year for n.d.", () => {
    const entry = toBibtex({
      id: "004_f2ed6371404c23dd.txt",
      type: "journal-article",
      authors: "Faishal, M. A.; Yulianti, D.",
      year: null,
      as_of: null,
      title: "Paradiplomasi Jawa Barat",
      container: "Universitas Padjadjaran",
      url: null,
      citation: "Faishal & Yulianti (n.d.)",
      language: "id",
      note: null,
    });
    expect(entry).toBe(
      "@article{004_f2ed6371404c23dd,\n  author = {Faishal, M. A. and Yulianti, D.},\n  title = {Paradiplomasi Jawa Barat},\n  journal = {Universitas Padjadjaran},\n  language = {id},\n  note = {Faishal \\& Yulianti (n.d.)}\n}",
    );
  });
});
