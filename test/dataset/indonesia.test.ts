import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDataset, type DatasetReading } from "../../src/dataset/readDataset.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { scoreDataset, type PartnershipScore } from "../../src/score/scoreDataset.ts";
import { aggregateByLocalGovernment } from "../../src/score/aggregateByLocalGovernment.ts";
import { scorePortfolios } from "../../src/score/scorePortfolios.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import { indonesiaDescriptor } from "../../scripts/writeDataPackage.ts";
import { cli, INDONESIA, ROOT } from "../helpers.ts";

let reading: DatasetReading;
let scores: Map<string, PartnershipScore>;

beforeAll(async () => {
  const loaded = await readDatasetFiles(INDONESIA);
  expect(loaded.problems).toEqual([]);
  reading = readDataset(loaded.texts, loaded.name);
  scores = new Map(scoreDataset(reading.dataset).map((score) => [score.id, score]));
});

/** The five source texts, beside a checkout of the repository (they are not part of it). */
const SEEDS_FOLDER = join(ROOT, "../shared/seeds");
const haveSeeds = existsSync(SEEDS_FOLDER);

const SEEDS = [
  "000_3d052c1bdfd84016.txt",
  "001_bc7dcdd32c2bdbec.txt",
  "002_67c8e3af816ed54d.txt",
  "003_c67cf8b27ab2872a.txt",
  "004_f2ed6371404c23dd.txt",
];

describe("datasets/indonesia: integrity", () => {
  it("is valid", () => {
    expect(reading.problems).toEqual([]);
  });

  it("holds every partnership the sources describe, under the agreed ids", () => {
    const ids = reading.dataset.partnerships.map((partnership) => partnership.id);
    for (const id of [
      "denpasar-mossel-bay",
      "denpasar-perth",
      "denpasar-gyeongju",
      "denpasar-bolgar",
      "denpasar-darwin",
      "denpasar-brighton-hove",
      "bandung-liuzhou",
      "bandung-braunschweig",
      "bandung-seoul",
      "bandung-suwon",
      "kabupaten-bogor-nanning",
      "jawa-barat-souss-massa",
      "banda-aceh-apeldoorn",
      "medan-gwangju",
      "surabaya-kitakyushu",
      "medan-penang",
    ])
      expect(ids).toContain(id);
    // 001 names 15 partners of Bandung.
    expect(
      reading.dataset.partnerships.filter((partnership) => partnership.local_government === "Bandung"),
    ).toHaveLength(15);
  });

  it("cites the five source documents by file name, and every event and coding cites a listed source", () => {
    const sourceIds = new Set(reading.dataset.sources.map((source) => source.id));
    for (const seed of SEEDS) expect(sourceIds).toContain(seed);
    for (const event of reading.dataset.events) expect(sourceIds.has(event.source), event.id).toBe(true);
    for (const coding of reading.dataset.codings)
      if (coding.score !== null && coding.score > 0)
        expect(sourceIds.has(coding.source!), `${coding.partnership} ${coding.indicator}`).toBe(true);
  });

  it("quotes evidence that really appears in the cited source: check-evidence exits 0 (needs the five source texts)", async (context) => {
    // Printed after the run by test/skippedTestsReporter.ts.
    context.skip(
      !haveSeeds,
      `needs the five source texts in ${SEEDS_FOLDER}, which are not distributed with the project`,
    );
    const { code, stdout, stderr } = await cli("check-evidence", INDONESIA, "--sources", SEEDS_FOLDER);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/all \d+ quotes found in their sources/);
    expect(code).toBe(0);
  });

  it("ships a datapackage.json identical to the one generated from the format's schemas", () => {
    expect(JSON.parse(readFileSync(join(INDONESIA, "datapackage.json"), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(indonesiaDescriptor)),
    );
  });

  it("gives every note and description its Indonesian version, unless it is a quotation (Indonesian already)", () => {
    const { partnerships, events, codings, portfolioCodings } = reading.dataset;
    const texts: Array<[string, string | null, string | null]> = [
      ...partnerships.map((row): [string, string | null, string | null] => [row.id, row.notes, row.notes_indonesian]),
      ...events.flatMap((row): Array<[string, string | null, string | null]> => [
        [row.id, row.description, row.description_indonesian],
        [row.id, row.note, row.note_indonesian],
      ]),
      ...codings.map((row): [string, string | null, string | null] => [row.partnership, row.note, row.note_indonesian]),
      ...portfolioCodings.map((row): [string, string | null, string | null] => [
        row.local_government,
        row.note,
        row.note_indonesian,
      ]),
    ];
    const untranslated = texts.filter(
      ([, text, indonesian]) => text !== null && indonesian === null && !text.startsWith('"'),
    );
    expect(untranslated).toEqual([]);
    expect(texts.filter(([, , indonesian]) => indonesian !== null).length).toBeGreaterThan(150);
  });

  it("records the discrepancy of 004: 8 pending in the text, 7 in Table 2", () => {
    const pending = reading.dataset.events.filter(
      (event) =>
        event.partnership === "jawa-barat-souss-massa" && event.stage === "activity" && event.status === "planned",
    );
    expect(pending).toHaveLength(8);
    expect(pending.filter((event) => event.locator === "Tabel 2")).toHaveLength(7);
    expect(pending.some((event) => event.note?.startsWith("DISCREPANCY"))).toBe(true);
  });
});

describe("datasets/indonesia: the toolkit reproduces the sources' conclusions", () => {
  // 000's conclusion (a finding of the article) for the portfolio: its statement on politics covers all of Denpasar's partnerships.
  it("000: Denpasar's paradiplomacy reaches the economic and multidimensional layers, not the political one (findings)", () => {
    const denpasar = aggregateByLocalGovernment(
      [...scores.values()],
      frameworks,
      scorePortfolios(reading.dataset),
    ).find((entry) => entry.id === "denpasar")!;
    expect(denpasar["three-layers"].layers.economic.status).toBe("present");
    expect(denpasar["three-layers"].layers.multidimensional.status).toBe("present");
    expect(denpasar["three-layers"].layers.political.status).toBe("absent");
  });

  it("000: Denpasar–Mossel Bay has both the economic and the multidimensional layer present", () => {
    const layers = scores.get("denpasar-mossel-bay")!["three-layers"].layers;
    expect(layers.economic.status).toBe("present");
    expect(layers.multidimensional.status).toBe("present");
  });

  it("000: the political layer's absence is a statement about Denpasar's whole portfolio, coded once, not per partnership", () => {
    const denpasar = [...scores.values()].filter((score) => score.partnership.local_government === "Denpasar");
    expect(denpasar).toHaveLength(6);
    for (const score of denpasar)
      expect(score["three-layers"].layers.political.status, score.id).toBe("not assessable");
    const portfolio = scorePortfolios(reading.dataset).get("Denpasar")!;
    expect(portfolio["three-layers"]!.layers.political.status).toBe("absent");
    expect(portfolio.codings.every((coding) => coding.evidence_kind === "finding")).toBe(true);
  });

  // 001 §1.7 is the thesis's research argument (a hypothesis chapter I puts forward to test), not a finding.
  it("001 argues (§1.7) that Bandung–Liuzhou misses commitment, community participation and reciprocity; two of the three rest on that argument alone", () => {
    const ringrose = scores.get("bandung-liuzhou")!.ringrose;
    expect(ringrose.unmet.map((entry) => entry.element)).toEqual(
      expect.arrayContaining(["commitment", "community_participation", "reciprocity"]),
    );
    const argued = ringrose.unmet.filter((entry) => entry.evidence_kind === "argument").map((entry) => entry.element);
    expect(argued.sort()).toEqual(["community_participation", "reciprocity"]);
    // With findings alone: commitment on paper (1) and goals on paper in the MoU (1): (0.5 + 0.5) / 2, two elements.
    const findings = scoreDataset(reading.dataset, { evidence: ["finding"] }).find(
      (score) => score.id === "bandung-liuzhou",
    )!;
    expect(findings.ringrose).toMatchObject({ index: 0.5, assessedCount: 2, rankable: false });
  });

  it("001 vs 004: Bandung–Liuzhou's success index is below West Java–Souss-Massa's (findings and the thesis's argument)", () => {
    const liuzhou = scores.get("bandung-liuzhou")!.ringrose.index!;
    const soussMassa = scores.get("jawa-barat-souss-massa")!.ringrose.index!;
    // Hand-computed: Liuzhou (0.5 + 0 + 0.5 + 0) / 4 = 0.25 over 4 elements; Souss-Massa (1 + 0.5 + 1 + 1 + 1) / 5 = 0.9.
    expect(liuzhou).toBeCloseTo(0.25, 10);
    expect(soussMassa).toBeCloseTo(0.9, 10);
    expect(liuzhou).toBeLessThan(soussMassa);
  });

  it("002: Kabupaten Bogor–Nanning's index rests on one element (the LoI), so it is not ranked; the source calls the cooperation 'masih belum optimal'", () => {
    expect(scores.get("kabupaten-bogor-nanning")!.ringrose).toMatchObject({
      index: 0.5,
      assessedCount: 1,
      rankable: false,
    });
  });

  it("004: West Java–Souss-Massa has 11 action plans, 3 realised: implementation rate 3/11", () => {
    const result = scores.get("jawa-barat-souss-massa")!.implementation;
    expect(result).toMatchObject({ planned: 11, realised: 3 });
    expect(result.rate).toBeCloseTo(3 / 11, 10);
  });

  it("000: Denpasar–Gyeongju and Denpasar–Bolgar are stuck at the LoI", () => {
    for (const id of ["denpasar-gyeongju", "denpasar-bolgar"]) {
      expect(scores.get(id)!.stage.reached, id).toBe("loi");
      expect(scores.get(id)!.stage.stalled, id).toBe(true);
    }
  });

  it("000 and 001: Denpasar–Mossel Bay, Denpasar–Perth and Bandung–Liuzhou reached MoU signed or beyond", () => {
    for (const id of ["denpasar-mossel-bay", "denpasar-perth", "bandung-liuzhou"])
      expect(["mou-signed", "implementation"], id).toContain(scores.get(id)!.stage.reached);
  });

  it("001 (findings): Bandung–Liuzhou went through a vacuum of up to seven years, an episode, and is not stalled: the source calls it the most active of Bandung's Chinese partners", () => {
    expect(scores.get("bandung-liuzhou")!.stage).toMatchObject({
      stalled: false,
      stalledBy: null,
      asOf: "2020",
      episodes: [{ stage: "stalled", from: null, years: 7 }],
    });
    expect(scores.get("bandung-liuzhou")!.partnership.status).toBe("active");
  });

  it("each partnership is measured as of its own sources: Bogor–Nanning as of 2015 (002), not stalled", () => {
    expect(scores.get("kabupaten-bogor-nanning")!.stage).toMatchObject({
      asOf: "2015",
      stalled: false,
      yearsSinceLastActivity: 0,
    });
    expect(scores.get("jawa-barat-souss-massa")!.stage.asOf).toBe("2022");
    expect(scores.get("denpasar-perth")!.stage.asOf).toBe("2021-04");
  });

  it("implementation rates only where the plans are recorded: not for Braunschweig, whose source records only what was realised", () => {
    expect(scores.get("bandung-braunschweig")!.implementation).toMatchObject({ planned: 4, realised: 4, rate: null });
    expect(scores.get("bandung-seoul")!.implementation).toMatchObject({ planned: 2, realised: 1, rate: 0.5 });
  });

  it("003: the five motives of Denpasar–Mossel Bay are all coded present", () => {
    expect(scores.get("denpasar-mossel-bay")!.motives.present).toEqual([
      "international_market",
      "tourism_culture",
      "partner_identity",
      "administrative_status",
      "bilateral_relations",
    ]);
  });

  it("000: the challenges named for Denpasar appear in its partnerships or its whole portfolio (findings)", () => {
    const present = new Set(
      [...scores.values()]
        .filter((score) => score.partnership.local_government === "Denpasar")
        .flatMap((score) => score.challenges.present),
    );
    // Human resources and funding reallocation are stated for Denpasar as a whole, naming no partner.
    for (const item of scorePortfolios(reading.dataset).get("Denpasar")!.challenges!.present) present.add(item);
    expect([...present].sort()).toEqual([
      "citizen_participation",
      "continuity",
      "covid19",
      "funding_reallocation",
      "human_resources",
      "legal_barriers",
    ]);
  });

  it("002: Bogor–Nanning's cooperation was extended by the LoI of 10 May 2015", () => {
    const events = reading.dataset.events.filter((event) => event.partnership === "kabupaten-bogor-nanning");
    expect(events.find((event) => event.date === "2015-05-10")?.stage).toBe("extension");
    expect(scores.get("kabupaten-bogor-nanning")!.stage.reached).toBe("mou-signed");
  });
});
