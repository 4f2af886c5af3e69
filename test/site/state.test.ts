import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, href, parseState, toSearch, type SiteState } from "../../site/src/model/state.ts";

const parse = (search: string) => parseState(new URL(`https://example.org/site/${search}`));

describe("parseState(url)", () => {
  it("reads a deck written as the README writes it, with '+' between the compared ids (a space once decoded)", () => {
    const { state, params } = parse(
      "?page=present&deck=framework:ringrose,case:bandung-liuzhou,compare:bandung-liuzhou+denpasar-mossel-bay+jawa-barat-souss-massa",
    );
    expect(params.deck.status).toBe("valid");
    expect(state.deck).toEqual([
      { kind: "framework", id: "ringrose" },
      { kind: "case", id: "bandung-liuzhou" },
      { kind: "compare", ids: ["bandung-liuzhou", "denpasar-mossel-bay", "jawa-barat-souss-massa"] },
    ]);
    // The builder writes %2B: the same deck.
    expect(parse("?page=present&deck=compare:bandung-liuzhou%2Bdenpasar-mossel-bay").state.deck).toEqual([
      { kind: "compare", ids: ["bandung-liuzhou", "denpasar-mossel-bay"] },
    ]);
  });

  it("reads the default state from an empty query, every parameter missing", () => {
    const { state, params } = parse("");
    expect(state).toEqual(DEFAULT_STATE);
    expect(Object.values(params).every((param) => param.status === "missing")).toBe(true);
  });

  it("reads each parameter as valid, or as invalid with its reason and the default in its place", () => {
    const { state, params } = parse("?page=atlas&lang=fr&sort=evil&desc=yes&coded=1");
    expect(state.page).toBe("overview");
    expect(state.language).toBe("id");
    expect(state.cases).toMatchObject({ sort: "localGovernment", descending: false, codedOnly: true });
    expect(params.page).toEqual({ status: "invalid", reason: expect.stringContaining('unknown page "atlas"') });
    expect(params.lang).toEqual({ status: "invalid", reason: expect.stringContaining('unknown language "fr"') });
    expect(params.sort).toEqual({ status: "invalid", reason: expect.stringContaining('unknown sort key "evil"') });
    expect(params.desc).toEqual({ status: "invalid", reason: 'expected 1 or 0, found "yes"' });
    expect(params.coded).toEqual({ status: "valid" });
    expect(params.q).toEqual({ status: "missing" });
  });

  it("reads the kinds of evidence to score with, and refuses an unknown one", () => {
    expect(parse("?evidence=finding,secondary").state.evidence).toEqual(["finding", "secondary"]);
    expect(parse("?evidence=rumour").params.evidence).toEqual({
      status: "invalid",
      reason: 'unknown kind of evidence "rumour" (expected finding, argument, secondary, inference)',
    });
    expect(parse("?evidence=rumour").state.evidence).toBeNull();
  });

  it("says a case page without an id is invalid", () => {
    expect(parse("?page=case").params.id).toEqual({
      status: "invalid",
      reason: "a case page needs the id of a partnership",
    });
  });

  it("reads the compare selection once per partnership, in the order given", () => {
    expect(parse("?page=compare&cases=b,a,,b").state.compare).toEqual(["b", "a"]);
  });
});

describe("toSearch(state)", () => {
  it("writes nothing for the default state, and only what differs otherwise", () => {
    expect(toSearch(DEFAULT_STATE)).toBe("");
    expect(href(DEFAULT_STATE)).toBe("./");
    expect(toSearch({ ...DEFAULT_STATE, language: "en" })).toBe("?lang=en");
    expect(toSearch({ ...DEFAULT_STATE, page: "case", caseId: "denpasar-mossel-bay" })).toBe(
      "?page=case&id=denpasar-mossel-bay",
    );
  });

  it("writes only what the page shows: no cases view or compare selection on other pages", () => {
    const busy: SiteState = {
      ...DEFAULT_STATE,
      page: "codebook",
      compare: ["a"],
      caseId: "b",
      cases: { ...DEFAULT_STATE.cases, query: "bali", codedOnly: true },
    };
    expect(toSearch(busy)).toBe("?page=codebook");
  });

  it("round-trips every state that a page shows", () => {
    const states: SiteState[] = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, language: "en", page: "world" },
      { ...DEFAULT_STATE, page: "case", caseId: "kota a/kota b & c" },
      { ...DEFAULT_STATE, page: "compare", compare: ["bandung-liuzhou", "jawa-barat-souss-massa"] },
      { ...DEFAULT_STATE, page: "case", caseId: "bandung-liuzhou", evidence: ["finding"] },
      {
        ...DEFAULT_STATE,
        page: "partnerships",
        language: "en",
        cases: { sort: "index", descending: true, query: "Bali, Denpasar", kind: "sister-province", codedOnly: true },
      },
    ];
    for (const state of states) expect(parse(toSearch(state)).state, toSearch(state)).toEqual(state);
  });
});
