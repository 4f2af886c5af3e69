import { describe, expect, it } from "vitest";
import { challenges } from "../../src/frameworks/challenges.ts";
import { threeLayers } from "../../src/frameworks/threeLayers.ts";
import { coding } from "./fixtures.ts";

describe("checklist frameworks", () => {
  it("list items present, absent and not assessed, with the coding behind each", () => {
    const result = challenges.score({ partnership: "p", codings: [coding("challenges", "legal_barriers", 1), coding("challenges", "continuity", 0)], events: [] });
    expect(result.present).toEqual(["legal_barriers"]);
    expect(result.absent).toEqual(["continuity"]);
    expect(result.notAssessed).toHaveLength(challenges.indicators.length - 2);
    expect(result.items.legal_barriers!.coding?.evidence).toBe("quote for legal_barriers");
    expect(Object.isFrozen(result)).toBe(false);
  });

  it("share one frozen result among partnerships with nothing coded, so large datasets allocate nothing for them", () => {
    const first = challenges.score({ partnership: "p", codings: [coding("three-layers", "culture", 2)], events: [] });
    const second = challenges.score({ partnership: "q", codings: [], events: [] });
    expect(second).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.notAssessed)).toBe(true);
    expect(first.notAssessed).toEqual(challenges.indicators.map((indicator) => indicator.id));
    expect(() => (first.present as string[]).push("x")).toThrow(TypeError);
  });

  it("leave shared NA entries untouched when another partnership is coded", () => {
    const empty = threeLayers.score({ partnership: "q", codings: [], events: [] });
    threeLayers.score({ partnership: "p", codings: [coding("three-layers", "culture", 2)], events: [] });
    expect(empty.layers.multidimensional.indicators.every((entry) => entry.score === null)).toBe(true);
  });
});
