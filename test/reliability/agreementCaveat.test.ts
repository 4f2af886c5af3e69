import { describe, expect, it } from "vitest";
import type { Coding } from "../../src/dataset/types.ts";
import { agreementCaveat } from "../../src/reliability/agreementCaveat.ts";
import { codingReliability } from "../../src/reliability/codingReliability.ts";

function coding(partnership: string, indicator: string, coder: string, score: number | null): Coding {
  return {
    partnership,
    framework: "ringrose",
    indicator,
    score,
    coder,
    evidence: score === null ? null : `${coder} read ${indicator}`,
    evidence_kind: score === null ? null : "finding",
    source: "src",
    locator: "1",
    note: null,
    note_indonesian: null,
  };
}

/** The caveat of the overall row of two coders' scores, unit by unit. */
function overallCaveat(units: Array<[number | null, number | null]>) {
  const codings = units.flatMap(([ana, budi], index) => [
    coding(`p${index}`, "commitment", "ana", ana),
    coding(`p${index}`, "commitment", "budi", budi),
  ]);
  const result = codingReliability(codings, { draws: 100, seed: 1 });
  return { row: result.agreement.find((row) => row.scope === "overall")!, caveat: agreementCaveat };
}

describe("agreementCaveat(row)", () => {
  it("says one unit when two coders score a single unit apart: an alpha of 0, an interval of one point, not to be read", () => {
    // One unit (2, 1): by hand the coincidences are o(1,2) = o(2,1) = 1, so Do = De and alpha = 1 − 1 = 0; every
    // bootstrap draw takes that unit again, so the interval is [0, 0].
    const { row, caveat } = overallCaveat([[2, 1]]);
    expect(row.alpha).toBe(0);
    expect(row.ci).toEqual([0, 0]);
    expect(caveat(row)).toBe("one unit");
  });

  it("says no variation when every pairable score is the same: alpha undefined (NA) at 100% agreement", () => {
    const { row, caveat } = overallCaveat([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
    expect(row.alpha).toBeNull();
    expect(row.percent_agreement).toBe(1);
    expect(caveat(row)).toBe("no variation");
  });

  it("says no units when no unit has two scores (a coder's NA leaves only one)", () => {
    const { row, caveat } = overallCaveat([[2, null]]);
    expect(row.units).toBe(0);
    expect(caveat(row)).toBe("no units");
  });

  it("says too few values under 10 pairable values, and nothing from 10 on (the reading then is Krippendorff's)", () => {
    const four: Array<[number, number]> = [
      [2, 2],
      [1, 1],
      [0, 0],
      [2, 1],
    ];
    expect(overallCaveat(four).caveat(overallCaveat(four).row)).toBe("too few values");
    const five: Array<[number, number]> = [...four, [1, 1]];
    const { row, caveat } = overallCaveat(five);
    expect(row.pairable).toBe(10);
    expect(caveat(row)).toBeNull();
    expect(row.reading).not.toBe("too few values");
  });
});
