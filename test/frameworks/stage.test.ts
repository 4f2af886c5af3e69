import { describe, expect, it } from "vitest";
import { stage } from "../../src/frameworks/stage.ts";
import { implementation } from "../../src/frameworks/implementation.ts";
import { coding, event } from "./fixtures.ts";

describe("stage.score(input, {asOf, stalledAfterYears})", () => {
  it("finds the furthest stage reached by realised events only", () => {
    const result = stage.score(
      { partnership: "p", codings: [], events: [event("loi-signed", "2016"), event("mou-signed", "2018", "planned")] },
      { asOf: "2020" },
    );
    expect(result.reached).toBe("loi");
    expect(result.reachedIndex).toBe(3);
  });

  it("measures the years spent in each stage up to the next, and the last one up to asOf", () => {
    // Hand-computed: exploration 2019-01 → LoI 2019-07 = 0.5 y; LoI → MoU 2021-01 = 1.5 y; MoU → asOf 2022-01 = 1 y.
    const events = [event("exploration", "2019-01"), event("loi-signed", "2019-07"), event("mou-signed", "2021-01")];
    const result = stage.score({ partnership: "p", codings: [], events }, { asOf: "2022-01" });
    expect(result.spans).toEqual([
      { stage: "exploration", from: "2019-01", to: "2019-07", years: 0.5 },
      { stage: "loi", from: "2019-07", to: "2021-01", years: 1.5 },
      { stage: "mou-signed", from: "2021-01", to: null, years: 1 },
    ]);
  });

  it("flags a partnership stalled after the set number of years without a realised event", () => {
    const input = { partnership: "p", codings: [], events: [event("loi-signed", "2016")] };
    expect(stage.score(input, { asOf: "2018" })).toMatchObject({ stalled: false, yearsSinceLastActivity: 2 });
    expect(stage.score(input, { asOf: "2019" })).toMatchObject({ stalled: true, stalledBy: "inactivity" });
    expect(stage.score(input, { asOf: "2019", stalledAfterYears: 5 }).stalled).toBe(false);
  });

  it("flags a partnership stalled when the source says so, unless a later event follows", () => {
    const stalled = stage.score(
      { partnership: "p", codings: [], events: [event("loi-signed", "2019"), event("stalled", "2020")] },
      { asOf: "2020" },
    );
    expect(stalled).toMatchObject({ stalled: true, stalledBy: "source" });
    const revived = stage.score(
      {
        partnership: "p",
        codings: [],
        events: [event("loi-signed", "2019"), event("stalled", "2020"), event("mou-signed", "2021")],
      },
      { asOf: "2021" },
    );
    expect(revived.stalled).toBe(false);
  });

  it("never flags inactivity without a reference date", () => {
    expect(stage.score({ partnership: "p", codings: [], events: [event("loi-signed", "1990")] }).stalled).toBe(false);
  });

  it("reports the Article 5 requirements as a checklist with NA", () => {
    const result = stage.score({ partnership: "p", codings: [coding("stage", "diplomatic_relations", 1)], events: [] });
    expect(result.requirements.diplomatic_relations!.score).toBe(1);
    expect(result.requirements.no_office_abroad!.score).toBeNull();
  });

  it("rejects a malformed asOf and a non-positive threshold", () => {
    const input = { partnership: "p", codings: [], events: [] };
    expect(() => stage.score(input, { asOf: "May 2020" })).toThrow(/"May 2020"/);
    expect(() => stage.score(input, { stalledAfterYears: 0 })).toThrow(
      /stalledAfterYears must be a positive number of years, found 0/,
    );
  });
});

describe("implementation.score(input)", () => {
  it("counts activities planned versus realised, overall and by field", () => {
    const events = [
      event("activity", "2019", "realised", { field: "trade" }),
      event("activity", null, "planned", { field: "trade", id: "b" }),
      event("activity", null, "cancelled", { field: "culture", id: "c" }),
      event("mou-signed", "2018"),
    ];
    const result = implementation.score({ partnership: "p", codings: [], events });
    expect(result).toMatchObject({ planned: 3, realised: 1, cancelled: 1 });
    expect(result.rate).toBeCloseTo(1 / 3, 10);
    expect(result.byField).toEqual({
      culture: { planned: 1, realised: 0, cancelled: 1, rate: 0 },
      trade: { planned: 2, realised: 1, cancelled: 0, rate: 0.5 },
    });
  });

  it("gives a null rate when nothing was planned, and counts as not assessed", () => {
    const nothing = implementation.score({ partnership: "p", codings: [], events: [event("mou-signed", "2018")] });
    expect(nothing).toEqual({
      planned: 0,
      realised: 0,
      cancelled: 0,
      rate: null,
      notYetDue: 0,
      basis: null,
      byField: {},
      activities: [],
    });
    expect(implementation.isAssessed(nothing)).toBe(false);
  });
});

describe("implementation.score(input): the rate needs the plans", () => {
  it("gives no rate where only realised activities are recorded, and one where a plan is recorded", () => {
    const realisedOnly = [
      event("activity", "2019", "realised", { field: "culture", id: "a" }),
      event("activity", "2020", "realised", { field: "culture", id: "b" }),
    ];
    const onlyRealised = implementation.score({ partnership: "p", codings: [], events: realisedOnly });
    expect(onlyRealised).toMatchObject({ planned: 2, realised: 2, rate: null });
    expect(onlyRealised.byField.culture!.rate).toBeNull();
    // Hand-computed: with an action plan recorded, 2 realised of 2 planned = 1.
    const withPlan = implementation.score({
      partnership: "p",
      codings: [],
      events: [...realisedOnly, event("action-plan", "2018")],
    });
    expect(withPlan.rate).toBe(1);
  });

  it("leaves activities with no field out of the by-field counts, not under an invented field", () => {
    const result = implementation.score({
      partnership: "p",
      codings: [],
      events: [
        event("activity", null, "planned", { id: "x" }),
        event("activity", "2019", "realised", { field: "trade", id: "y" }),
      ],
    });
    expect(result).toMatchObject({ planned: 2, realised: 1, rate: 0.5 });
    expect(Object.keys(result.byField)).toEqual(["trade"]);
  });

  it("aggregates the rate over the partnerships whose plans are recorded only", () => {
    const recorded = implementation.score({
      partnership: "a",
      codings: [],
      events: [event("activity", "2019", "realised", { id: "1" }), event("activity", null, "planned", { id: "2" })],
    });
    const unrecorded = implementation.score({
      partnership: "b",
      codings: [],
      events: [event("activity", "2019", "realised", { id: "3" })],
    });
    // Hand-computed: only a counts for the rate: 1 of 2, a share of reported activities; the counts sum both.
    expect(
      implementation.aggregate([
        { id: "a", result: recorded },
        { id: "b", result: unrecorded },
      ]),
    ).toEqual({
      planned: 3,
      realised: 2,
      cancelled: 0,
      notYetDue: 0,
      actionPlans: { planned: 0, realised: 0, rate: null, partnerships: 0 },
      reportedActivities: { planned: 2, realised: 1, rate: 0.5, partnerships: 1 },
    });
  });

  it("leaves plans dated after the source's date out of the denominator, and counts them apart", () => {
    // As 000 for Denpasar–Perth (as of 2021-04): 2 plans undated, 2021-09 and 2022 not yet due; none realised.
    const result = implementation.score({
      partnership: "p",
      codings: [],
      asOf: "2021-04",
      events: [
        event("activity", null, "planned", { id: "1" }),
        event("activity", null, "planned", { id: "2" }),
        event("activity", "2021-09", "planned", { id: "3" }),
        event("activity", "2022", "planned", { id: "4" }),
        // A plan of 2021, a year containing the source's date, is not after it: it stays due.
        event("activity", "2021", "realised", { id: "5" }),
      ],
    });
    // Hand-computed: 1 realised of 3 due = 1/3; 2 not yet due.
    expect(result).toMatchObject({ planned: 3, realised: 1, notYetDue: 2, basis: "reported-activities" });
    expect(result.rate).toBeCloseTo(1 / 3, 10);
    // The Wilson interval of 1 of 3: scipy 1.17 binomtest(1, 3).proportion_ci(method="wilson") → (0.0615, 0.7923).
    expect(implementation.headline(result, "en")).toBe(
      "1 of 3 reported activities realised (95% Wilson interval 0.06–0.79); 2 more not yet due at the source's date",
    );
  });

  it("labels a rate over formal action plans apart from a share of reported activities, and never pools the two", () => {
    const formal = implementation.score({
      partnership: "a",
      codings: [],
      events: [
        event("action-plan", null, "realised", { id: "plan" }),
        event("activity", "2019", "realised", { id: "1" }),
        event("activity", null, "planned", { id: "2" }),
        event("activity", null, "planned", { id: "3" }),
      ],
    });
    const narrative = implementation.score({
      partnership: "b",
      codings: [],
      events: [event("activity", "2019", "realised", { id: "4" }), event("activity", null, "planned", { id: "5" })],
    });
    expect([formal.basis, narrative.basis]).toEqual(["action-plans", "reported-activities"]);
    // A planned action-plan event (an agreed working group, say) records no plans: no rate from it.
    const agreedOnly = implementation.score({
      partnership: "c",
      codings: [],
      events: [event("action-plan", null, "planned", { id: "wg" }), event("activity", null, "realised", { id: "6" })],
    });
    expect(agreedOnly).toMatchObject({ rate: null, basis: null });
    // Hand-computed: action plans 1 of 3; reported activities 1 of 2; pooled they would give 2 of 5, which is not shown.
    const aggregate = implementation.aggregate([
      { id: "a", result: formal },
      { id: "b", result: narrative },
    ]);
    expect(aggregate.actionPlans).toEqual({ planned: 3, realised: 1, rate: 1 / 3, partnerships: 1 });
    expect(aggregate.reportedActivities).toEqual({ planned: 2, realised: 1, rate: 0.5, partnerships: 1 });
    const columns = Object.fromEntries(
      implementation.aggregateColumns.map((column) => [column.name, column.value(aggregate)]),
    );
    // Wilson (1927) score intervals at 95%, by hand (z = 1.96): 1 of 3 → 0.0615–0.7924; 1 of 2 → 0.0945–0.9055.
    expect(columns).toEqual({
      action_plan_interval: "0.06–0.79",
      activity_interval: "0.09–0.91",
      action_plan_rate: 1 / 3,
      action_plans: "1 of 3",
      activity_share: 0.5,
      activities: "1 of 2",
    });
  });
});

describe("stage.score(input): the rules in force at each step (FR4) and the evidence of the stage reached (S6)", () => {
  it("reads a partnership with a step before 2020 against the 2020 stages, and says so in the headline and the table", () => {
    // MoU of 2006-09-21: the 1993 circular was in force (001, 1.1 names it; no source describes its steps).
    const result = stage.score({
      partnership: "p",
      codings: [],
      events: [event("initiation", "1960"), event("mou-signed", "2006-09-21"), event("activity", "2021")],
    });
    expect(result.legalBasis).toEqual({
      rules: "permendagri-25-2020",
      earlierSteps: [
        { stage: "initiation", date: "1960", rulesInForce: null },
        { stage: "mou-signed", date: "2006-09-21", rulesInForce: "se-mendagri-193-1652-puod-1993" },
      ],
      assessedAgainstLaterRules: true,
    });
    expect(stage.headline(result, "en")).toBe("Stage reached: implementation; assessed against 2020 rules");
    expect(stage.headline(result, "id")).toBe("Tahap tercapai: pelaksanaan; dinilai dengan aturan 2020");
    const column = stage.columns.find((entry) => entry.name === "legal_basis")!;
    expect(column.value(result)).toBe("assessed against 2020 rules");
  });

  it("names Permendagri 25/2020 alone when every dated step is of 2020 or later; a 2008 step falls under Permendagri 3/2008", () => {
    const recent = stage.score({ partnership: "p", codings: [], events: [event("mou-signed", "2020")] });
    expect(recent.legalBasis.assessedAgainstLaterRules).toBe(false);
    expect(stage.columns.find((entry) => entry.name === "legal_basis")!.value(recent)).toBe("Permendagri 25/2020");
    const drafted = stage.score({ partnership: "p", codings: [], events: [event("mou-drafted", "2008-09")] });
    expect(drafted.legalBasis.earlierSteps).toEqual([
      { stage: "mou-drafted", date: "2008-09", rulesInForce: "permendagri-3-2008" },
    ]);
  });

  it("gives the kind of evidence of the event that sets the stage reached, the strongest when several do", () => {
    const inferred = stage.score({
      partnership: "p",
      codings: [],
      events: [event("initiation", "2006"), event("mou-signed", "2008", "realised", { evidence_kind: "inference" })],
    });
    expect(inferred.reachedBy).toBe("inference");
    expect(stage.headline(inferred, "en")).toMatch(/^Stage reached: MoU signed \(coder's inference\)/);
    const both = stage.score({
      partnership: "p",
      codings: [],
      events: [
        event("mou-signed", "2020", "realised", { evidence_kind: "inference", id: "a" }),
        event("mou-signed", "2020", "realised", { evidence_kind: "finding", id: "b" }),
      ],
    });
    expect(both.reachedBy).toBe("finding");
    expect(stage.headline(both, "en")).toBe("Stage reached: MoU signed");
  });
});
