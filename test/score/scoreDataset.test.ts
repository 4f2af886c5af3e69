import { describe, expect, it } from "vitest";
import { resolveCodings } from "../../src/score/resolveCodings.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { latestEventDate } from "../../src/dataset/partialDate.ts";
import { aggregateByLocalGovernment } from "../../src/score/aggregateByLocalGovernment.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { coding, event } from "../frameworks/fixtures.ts";
import { INDONESIA, MINIMAL, textsOf } from "../helpers.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { toPublicJson } from "../../src/score/toPublicJson.ts";

describe("resolveCodings(codings, {coder})", () => {
  it("keeps one coding per indicator: the lower median of several coders' scores", () => {
    const codings = [
      coding("ringrose", "commitment", 2, { coder: "a" }),
      coding("ringrose", "commitment", 0, { coder: "b" }),
      coding("ringrose", "commitment", 1, { coder: "c" }),
      coding("ringrose", "commitment", 2, { coder: "d" }),
    ];
    // Sorted 0, 1, 2, 2: lower median is the 2nd value, 1 (coder c).
    expect(resolveCodings(codings)).toEqual([codings[2]]);
  });

  it("ignores NA when another coder scored, and is NA only when all said NA", () => {
    expect(
      resolveCodings([
        coding("ringrose", "commitment", null, { coder: "a" }),
        coding("ringrose", "commitment", 2, { coder: "b" }),
      ])[0]!.score,
    ).toBe(2);
    expect(
      resolveCodings([
        coding("ringrose", "commitment", null, { coder: "a" }),
        coding("ringrose", "commitment", null, { coder: "b" }),
      ])[0]!.score,
    ).toBeNull();
  });

  it("selects one coder when asked", () => {
    const codings = [
      coding("ringrose", "commitment", 2, { coder: "a" }),
      coding("ringrose", "commitment", 0, { coder: "b" }),
    ];
    expect(resolveCodings(codings, { coder: "b" })).toEqual([codings[1]]);
  });
});

describe("scoreDataset(dataset, options)", () => {
  it("defaults the reference date to the latest realised event, never the clock", () => {
    expect(
      latestEventDate([event("mou-signed", "2019"), event("activity", "2030", "planned"), event("activity", null)]),
    ).toBe("2019");
    const { dataset } = readDataset(textsOf({}));
    expect(scoreDataset(dataset)[0]!.stage.asOf).toBe("2019-05");
  });

  it("scores the same whatever the order of the rows (a partnership's codings need not come together)", async () => {
    const loaded = await readDatasetFiles(INDONESIA);
    const { dataset } = readDataset(loaded.texts, loaded.name);
    // A fixed interleaving: every other row moved to the end, reversed.
    const interleave = <T>(rows: T[]) => [
      ...rows.filter((_, index) => index % 2 === 0),
      ...rows.filter((_, index) => index % 2 === 1).reverse(),
    ];
    const shuffled = { ...dataset, codings: interleave(dataset.codings), events: interleave(dataset.events) };
    expect(JSON.stringify(scoreDataset(shuffled).map((score) => toPublicJson(score)))).toBe(
      JSON.stringify(scoreDataset(dataset).map((score) => toPublicJson(score))),
    );
  });

  it("passes options keyed by framework id, checked by the framework's own checks", () => {
    const { dataset } = readDataset(textsOf({}));
    expect(scoreDataset(dataset, { options: { stage: { asOf: "2030" } } })[0]!.stage.asOf).toBe("2030");
    expect(() => scoreDataset(dataset, { options: { stage: { stalledAfterYears: -1 } } })).toThrow(
      /stalledAfterYears must be a positive number of years, found -1/,
    );
    expect(() => scoreDataset(dataset, { options: { ringrose: { weights: { trust: 1 } as never } } })).toThrow(
      /unknown Ringrose element "trust"/,
    );
  });

  it("scores with only the chosen coder", () => {
    const codings = `${MINIMAL.codings}kota-a-kota-b,three-layers,trade,2,budi,y,finding,src,4.2,\n`;
    const { dataset } = readDataset(textsOf({ codings }));
    expect(scoreDataset(dataset, { coder: "ana" })[0]!["three-layers"].layers.economic.status).toBe("not assessable");
    expect(scoreDataset(dataset)[0]!["three-layers"].layers.economic.status).toBe("present");
  });
});

describe("aggregateByLocalGovernment(scores)", () => {
  it("marks a layer present when any partnership has it and averages indices over assessed partnerships", () => {
    const partnerships =
      MINIMAL.partnerships +
      "kota-a-kota-c,Kota A,city,ID,Indonesia,Kota C,city,ZA,South Africa,sister-city,,,,,,,,src,4.1,\n";
    const codings =
      "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n" +
      "kota-a-kota-b,three-layers,culture,2,ana,x,finding,src,1,\nkota-a-kota-b,ringrose,commitment,2,ana,x,finding,src,1,\n" +
      "kota-a-kota-c,three-layers,culture,1,ana,x,finding,src,1,\nkota-a-kota-c,ringrose,commitment,0,ana,,,,1,\nkota-a-kota-c,ringrose,reciprocity,2,ana,x,finding,src,1,\n";
    const { dataset, problems } = readDataset(textsOf({ partnerships, codings }));
    expect(problems).toEqual([]);
    const [kotaA] = aggregateByLocalGovernment(scoreDataset(dataset));
    expect(kotaA!.id).toBe("kota-a");
    expect(kotaA!["three-layers"].layers.multidimensional).toMatchObject({
      status: "present",
      breadth: 1,
      presentIn: ["kota-a-kota-b"],
    });
    // Conditions scores: B = 1 on one condition, C = (0 + 1) / 2 = 0.5 on two: neither rests on 3 of 4, so no mean,
    // and both are counted as left out. Commitment mean (2 + 0) / 2 = 1: 0 in C, 2 in B, so partly met.
    expect(kotaA!.ringrose).toMatchObject({ index: null, indexCount: 0, leftOut: ["kota-a-kota-b", "kota-a-kota-c"] });
    expect(kotaA!.ringrose.elements.commitment).toEqual({ score: 1, min: 0, max: 2, n: 2 });
    expect(kotaA!.ringrose.partlyMet).toEqual(["commitment"]);
    expect(kotaA!.ringrose.notMet).toEqual([]);
  });
});
