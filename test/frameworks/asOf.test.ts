import { describe, expect, it } from "vitest";
import { compareDateStarts, comparePartialDates, sortEvents } from "../../src/dataset/partialDate.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { stage } from "../../src/frameworks/stage.ts";
import { scoreDataset } from "../../src/score/scoreDataset.ts";
import { MINIMAL, textsOf } from "../helpers.ts";
import { event } from "./fixtures.ts";

describe("stage.score(input) measured as of the partnership's sources", () => {
  it("measures to input.asOf when no asOf option is given, and to the option when it is", () => {
    // Hand-computed: last activity 2010; the sources describe 2015 → 5 years, stalled (≥ 3); as of 2011 → 1 year.
    const input = { partnership: "p", codings: [], events: [event("mou-signed", "2010")], asOf: "2015" };
    expect(stage.score(input)).toMatchObject({
      asOf: "2015",
      yearsSinceLastActivity: 5,
      stalled: true,
      stalledBy: "inactivity",
    });
    expect(stage.score(input, { asOf: "2011" })).toMatchObject({
      asOf: "2011",
      yearsSinceLastActivity: 1,
      stalled: false,
    });
  });

  it("does not infer a stall from inactivity when the source calls the partnership active, in words given", () => {
    const input = {
      partnership: "p",
      codings: [],
      events: [event("mou-signed", "2006")],
      asOf: "2020",
      status: "active" as const,
      statusEvidence: "kerja sama ini lebih aktif",
    };
    expect(stage.score(input)).toMatchObject({ yearsSinceLastActivity: 14, stalled: false, stalledBy: null });
    // A status with no source's words behind it is the coder's reading: it overrides nothing (FR11).
    expect(stage.score({ ...input, statusEvidence: null })).toMatchObject({ stalled: true, stalledBy: "inactivity" });
  });

  it("gives an unknown last activity when an undated event marks a later stage than every dated one", () => {
    // As Bandung–Liuzhou: MoU of 2006-09-21, then activity the source reports without a date.
    const result = stage.score({
      partnership: "p",
      codings: [],
      events: [event("mou-signed", "2006-09-21"), event("activity", null)],
      asOf: "2020",
    });
    expect(result).toMatchObject({
      reached: "implementation",
      lastActivity: null,
      lastDatedActivity: "2006-09-21",
      yearsSinceLastActivity: null,
      stalled: false,
    });
    // The MoU stage ended at a date not known: its span is not measured to 2020.
    expect(result.spans).toEqual([{ stage: "mou-signed", from: "2006-09-21", to: null, years: null }]);
    // An undated event of an earlier stage changes nothing: the last activity is the dated one.
    const earlier = stage.score({
      partnership: "p",
      codings: [],
      events: [event("mou-signed", "2006"), event("initiation", null)],
      asOf: "2020",
    });
    expect(earlier).toMatchObject({ lastActivity: "2006", yearsSinceLastActivity: 14 });
  });

  it("reads a stall with a length but no dates as an episode that ended, not an open-ended stall", () => {
    const bounded = event("stalled", null, "realised", { duration_years: 7 });
    const result = stage.score({
      partnership: "p",
      codings: [],
      events: [event("mou-signed", "2006-09"), bounded],
      asOf: "2006-12",
    });
    expect(result.stalled).toBe(false);
    expect(result.episodes).toEqual([{ stage: "stalled", from: null, years: 7 }]);
    const open = stage.score({
      partnership: "p",
      codings: [],
      events: [event("mou-signed", "2006-09"), event("stalled", null)],
      asOf: "2006-12",
    });
    expect(open).toMatchObject({ stalled: true, stalledBy: "source", episodes: [] });
  });

  it("leaves a span unmeasured when its end is a less precise date containing its start (2008-09 → 2008)", () => {
    const result = stage.score({
      partnership: "p",
      codings: [],
      events: [event("mou-drafted", "2008-09"), event("mou-signed", "2008")],
      asOf: "2015",
    });
    expect(result.spans).toEqual([
      { stage: "mou-drafted", from: "2008-09", to: "2008", years: null },
      { stage: "mou-signed", from: "2008", to: null, years: 7 },
    ]);
  });
});

describe("scoreDataset(dataset): each partnership as of its own sources", () => {
  const partnerships =
    MINIMAL.partnerships +
    "kota-a-kota-c,Kota A,city,ID,Indonesia,Kota C,city,ZA,South Africa,sister-city,,,,,,,,old,4.1,\n";
  const events =
    MINIMAL.events.split("\n")[0] +
    "\ne1,kota-a-kota-b,2010,mou-signed,,MoU,realised,src,4.1,,finding,\ne2,kota-a-kota-c,2010,mou-signed,,MoU,realised,old,4.1,,finding,\ne3,kota-a-kota-c,2016,activity,,Later activity,realised,old,4.1,,finding,\n";
  const sources =
    MINIMAL.sources.split("\n")[0] +
    "\nsrc,journal-article,,,2021-04,A,,,A.,id,\nold,journal-article,,,2015,B,,,B.,id,\n";
  const { dataset, problems } = readDataset(textsOf({ partnerships, events, sources }));

  it("the dataset used here is valid", () => expect(problems).toEqual([]));

  it("takes the latest as_of of the sources each partnership cites, not one date for the dataset", () => {
    // Hand-computed: B cites `src` (2021-04) → 2021.25 − 2010 = 11.25 y; C cites only `old` → 2015.
    const [b, c] = scoreDataset(dataset);
    expect(b!.stage.asOf).toBe("2021-04");
    expect(b!.stage.yearsSinceLastActivity).toBeCloseTo(11.25, 10);
    expect(c!.stage.asOf).toBe("2015");
  });

  it("falls back to the dataset's latest realised event where no source gives an as_of, and yields to --as-of", () => {
    const undated = readDataset(
      textsOf({
        partnerships,
        events,
        sources:
          MINIMAL.sources.split("\n")[0] + "\nsrc,journal-article,,,,A,,,A.,id,\nold,journal-article,,,,B,,,B.,id,\n",
      }),
    );
    expect(scoreDataset(undated.dataset)[0]!.stage.asOf).toBe("2016");
    expect(scoreDataset(dataset, { options: { stage: { asOf: "2012" } } })[0]!.stage.asOf).toBe("2012");
  });
});

describe("partial dates", () => {
  it("comparePartialDates(a, b) is 0 for a date inside a less precise one, and orders distinct periods", () => {
    expect(comparePartialDates("2008", "2008-09")).toBe(0);
    expect(comparePartialDates("2008-09", "2008-09-21")).toBe(0);
    expect(comparePartialDates("2008-09", "2009")).toBeLessThan(0);
    expect(comparePartialDates(null, "2009")).toBeGreaterThan(0);
  });

  it("compareDateStarts(a, b) orders every pair, the less precise first among equal starts", () => {
    expect(compareDateStarts("2008", "2008-01")).toBeLessThan(0);
    expect(compareDateStarts("2008-09", "2008")).toBeGreaterThan(0);
  });

  it("sortEvents(events) never puts a signing before the drafting it follows when the dates cannot tell", () => {
    const sorted = sortEvents([
      event("mou-signed", "2008"),
      event("mou-drafted", "2008-09"),
      event("initiation", "2006"),
    ]);
    expect(sorted.map((entry) => entry.stage)).toEqual(["initiation", "mou-drafted", "mou-signed"]);
  });
});
