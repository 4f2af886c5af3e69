import { describe, expect, it } from "vitest";
import { frameworks, FRAMEWORK_IDS } from "../../src/frameworks/registry.ts";
import { ELEMENT_ORDER } from "../../src/frameworks/ringrose.ts";
import { LAYER_ORDER } from "../../src/frameworks/threeLayers.ts";
import { scaleRange } from "../../src/frameworks/scales.ts";
import { coding, event } from "./fixtures.ts";

describe("the framework registry", () => {
  it.each(FRAMEWORK_IDS)(
    "%s: id matches its key, metadata is bilingual, every indicator has an anchor for every level",
    (id) => {
      const framework = frameworks[id];
      expect(framework.id).toBe(id);
      for (const text of [framework.name, framework.description, ...framework.notes]) {
        expect(text.id.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
      expect(framework.citation.en.length).toBeGreaterThan(20);
      expect(new Set(framework.indicators.map((indicator) => indicator.id)).size).toBe(framework.indicators.length);
      for (const indicator of framework.indicators)
        for (const level of framework.scale.levels) {
          expect(indicator.anchors[level.value]?.id, `${id}.${indicator.id} anchor ${level.value}`).toBeTruthy();
          expect(indicator.anchors[level.value]?.en).toBeTruthy();
        }
    },
  );

  it.each(FRAMEWORK_IDS)("%s: scores stay on the scale and the input is not mutated", (id) => {
    const framework = frameworks[id];
    const [low, high] = scaleRange(framework.scale);
    const codings = framework.indicators.map((indicator, index) =>
      coding(id, indicator.id, index % 3 === 2 ? null : Math.min(high, index % 3)),
    );
    const input = {
      partnership: "p",
      codings,
      events: [event("mou-signed", "2019"), event("activity", "2020", "realised", { field: "culture" })],
    };
    const before = structuredClone(input);
    const result = (framework.score as (input: unknown) => unknown)(input);
    expect(input).toEqual(before);
    const scores = JSON.stringify(result).match(/"score":(-?\d+(\.\d+)?)/g) ?? [];
    for (const match of scores) {
      const value = Number(match.split(":")[1]);
      expect(value).toBeGreaterThanOrEqual(low);
      expect(value).toBeLessThanOrEqual(high);
    }
  });

  it.each(FRAMEWORK_IDS)(
    "%s: every summary column is described in both languages, and an empty input is not assessed",
    (id) => {
      const framework = frameworks[id];
      for (const column of [...framework.columns, ...framework.aggregateColumns]) {
        expect(column.name).toMatch(/^[a-z][a-z0-9_-]*$/);
        expect(column.description.id.length).toBeGreaterThan(0);
        expect(column.description.en.length).toBeGreaterThan(0);
      }
      const empty = (framework.score as (input: unknown) => never)({ partnership: "p", codings: [], events: [] });
      expect((framework.isAssessed as (result: unknown) => boolean)(empty)).toBe(false);
    },
  );

  it("declares the Ringrose elements and Lecours' layers in the order their indicators and groups are listed", () => {
    expect(frameworks.ringrose.indicators.map((indicator) => indicator.id)).toEqual([...ELEMENT_ORDER]);
    expect(frameworks["three-layers"].groups.map((group) => group.id)).toEqual([...LAYER_ORDER]);
  });

  it("scores the same in any order of the codings (pure)", () => {
    const codings = [coding("ringrose", "commitment", 2), coding("ringrose", "reciprocity", 0)];
    const forward = frameworks.ringrose.score({ partnership: "p", codings, events: [] });
    const backward = frameworks.ringrose.score({ partnership: "p", codings: [...codings].reverse(), events: [] });
    expect(backward).toEqual(forward);
  });
});
