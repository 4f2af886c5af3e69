import { describe, expect, it } from "vitest";
import { threeLayers } from "../../src/frameworks/threeLayers.ts";
import { coding } from "./fixtures.ts";

const score = (codings: ReturnType<typeof coding>[]) => threeLayers.score({ partnership: "p", codings, events: [] });

describe("threeLayers.score(input)", () => {
  it("scores a layer as its highest sub-indicator and counts realised sub-indicators as breadth", () => {
    // Hand-computed: economic = max(2, 1) = 2 → present, breadth 1; multidimensional = max(1) = 1 → partial; political = 0 → absent.
    const result = score([
      coding("three-layers", "smes_startups", 2),
      coding("three-layers", "trade", 1),
      coding("three-layers", "education", 1),
      coding("three-layers", "protodiplomacy", 0),
    ]);
    expect(result.layers.economic).toMatchObject({ score: 2, status: "present", breadth: 1, assessed: 2 });
    expect(result.layers.multidimensional).toMatchObject({ score: 1, status: "partial", breadth: 0 });
    expect(result.layers.political).toMatchObject({ score: 0, status: "absent", breadth: 0 });
    expect(result.highest).toBe("economic");
  });

  it("treats NA as not assessable, never as absent (0)", () => {
    const result = score([coding("three-layers", "culture", null), coding("three-layers", "trade", 0)]);
    expect(result.layers.multidimensional).toMatchObject({ score: null, status: "not assessable", assessed: 0 });
    expect(result.layers.economic).toMatchObject({ score: 0, status: "absent" });
    expect(result.highest).toBeNull();
  });

  it("lets layers coexist and reports the highest present layer in Lecours' order", () => {
    const result = score([
      coding("three-layers", "trade", 2),
      coding("three-layers", "culture", 2),
      coding("three-layers", "distinct_identity", 2),
    ]);
    expect(LAYERS(result)).toEqual(["present", "present", "present"]);
    expect(result.highest).toBe("political");
  });

  it("ignores codings of other frameworks and keeps the evidence of each score", () => {
    const result = score([coding("ringrose", "commitment", 2), coding("three-layers", "culture", 2)]);
    expect(result.layers.economic.status).toBe("not assessable");
    const culture = result.layers.multidimensional.indicators.find((entry) => entry.indicator === "culture");
    expect(culture?.coding?.evidence).toBe("quote for culture");
  });
});

function LAYERS(result: ReturnType<typeof score>) {
  return [result.layers.economic.status, result.layers.multidimensional.status, result.layers.political.status];
}
