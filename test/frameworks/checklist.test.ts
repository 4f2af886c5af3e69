import { describe, expect, it } from "vitest";
import { challenges } from "../../src/frameworks/challenges.ts";
import { threeLayers } from "../../src/frameworks/threeLayers.ts";
import { coding } from "./fixtures.ts";

describe("checklist frameworks", () => {
  it("list items present, absent and not assessed, with the coding behind each", () => {
    const result = challenges.score({
      partnership: "p",
      codings: [coding("challenges", "legal_barriers", 1), coding("challenges", "continuity", 0)],
      events: [],
    });
    expect(result.present).toEqual(["legal_barriers"]);
    expect(result.absent).toEqual(["continuity"]);
    expect(result.notAssessed).toHaveLength(challenges.indicators.length - 2);
    expect(result.items.legal_barriers!.coding?.evidence).toBe("quote for legal_barriers");
    expect(Object.isFrozen(result)).toBe(false);
  });

  it('summarise as the items present, "none" when every assessed item is absent, and NA when nothing is assessed', () => {
    const [present, assessed] = challenges.columns;
    const value = (codings: Parameters<typeof challenges.score>[0]["codings"]) => {
      const result = challenges.score({ partnership: "p", codings, events: [] });
      return [present!.value(result), assessed!.value(result)];
    };
    expect(value([coding("challenges", "legal_barriers", 1), coding("challenges", "covid19", 1)])).toEqual([
      "legal_barriers covid19",
      2,
    ]);
    expect(value([coding("challenges", "continuity", 0)])).toEqual(["none", 1]);
    expect(value([])).toEqual([null, 0]);
  });

  it("aggregate over a portfolio as the items present anywhere, with where", () => {
    const result = (id: string, codings: Parameters<typeof challenges.score>[0]["codings"]) => ({
      id,
      result: challenges.score({ partnership: id, codings, events: [] }),
    });
    const aggregate = challenges.aggregate([
      result("a", [coding("challenges", "covid19", 1)]),
      result("b", [coding("challenges", "covid19", 1), coding("challenges", "continuity", 1)]),
      result("c", []),
    ]);
    expect(aggregate).toEqual({
      present: ["continuity", "covid19"],
      presentIn: { continuity: ["b"], covid19: ["a", "b"] },
      assessedIn: 2,
    });
  });

  it("leave one partnership's NA entries untouched when another partnership is coded", () => {
    const empty = threeLayers.score({ partnership: "q", codings: [], events: [] });
    threeLayers.score({ partnership: "p", codings: [coding("three-layers", "culture", 2)], events: [] });
    expect(empty.layers.multidimensional.indicators.every((entry) => entry.score === null)).toBe(true);
  });
});
