import { describe, expect, it } from "vitest";
import { frameworks, FRAMEWORK_IDS, getFramework } from "../../src/frameworks/registry.ts";
import { scaleRange } from "../../src/frameworks/scales.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { coding, event } from "./fixtures.ts";

describe("the framework registry", () => {
  it.each(FRAMEWORK_IDS)("%s: id matches its key, metadata is bilingual, every indicator has an anchor for every level", (id) => {
    const framework = frameworks[id];
    expect(framework.id).toBe(id);
    for (const text of [framework.name, framework.description, ...framework.notes]) {
      expect(text.id.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
    expect(framework.citation.length).toBeGreaterThan(20);
    expect(new Set(framework.indicators.map((indicator) => indicator.id)).size).toBe(framework.indicators.length);
    for (const indicator of framework.indicators)
      for (const level of framework.scale.levels) {
        expect(indicator.anchors[level.value]?.id, `${id}.${indicator.id} anchor ${level.value}`).toBeTruthy();
        expect(indicator.anchors[level.value]?.en).toBeTruthy();
      }
  });

  it.each(FRAMEWORK_IDS)("%s: scores stay on the scale and the input is not mutated", (id) => {
    const framework = frameworks[id];
    const [low, high] = scaleRange(framework.scale);
    const codings = framework.indicators.map((indicator, index) => coding(id, indicator.id, index % 3 === 2 ? null : Math.min(high, index % 3)));
    const input = { partnership: "p", codings, events: [event("mou-signed", "2019"), event("activity", "2020", "realised", { field: "culture" })] };
    const before = structuredClone(input);
    const result = (framework.score as (input: unknown) => unknown)(input);
    expect(input).toEqual(before);
    const scores = JSON.stringify(result).match(/"score":(-?\d+(\.\d+)?)/g) ?? [];
    for (const match of scores) {
      const value = Number(match.split(":")[1]);
      expect(value).toBeGreaterThanOrEqual(low);
      expect(value).toBeLessThanOrEqual(Math.max(high, 2));
    }
  });

  it("throws on an unknown framework id with the bad value", () => {
    expect(() => getFramework("lecours")).toThrow(/unknown framework "lecours"/);
  });

  it("scores the same in any order of the codings (pure)", () => {
    const { dataset } = readDataset({ resources: {} });
    expect(dataset.codings).toEqual([]);
    const codings = [coding("ringrose", "commitment", 2), coding("ringrose", "reciprocity", 0)];
    const forward = frameworks.ringrose.score({ partnership: "p", codings, events: [] });
    const backward = frameworks.ringrose.score({ partnership: "p", codings: [...codings].reverse(), events: [] });
    expect(backward).toEqual(forward);
  });
});
