import { evidenceKinds, type EvidenceKind } from "../../../src/dataset/vocabularies.ts";
import { LANGUAGES, type Language } from "../../../src/language.ts";

/** The site's pages; `case` is reached from the list of cases, the others from the navigation. */
export const PAGES = [
  "overview",
  "codebook",
  "partnerships",
  "compare",
  "world",
  "data",
  "workbench",
  "agreement",
  "qca",
  "notebooks",
  "present",
  "case",
] as const;
export type Page = (typeof PAGES)[number];
/** Pages listed in the navigation. */
export const NAVIGATION_PAGES: readonly Page[] = PAGES.filter((page) => page !== "case");

/**
 * A slide of a presentation: a framework explained (`framework:ringrose`), a
 * case profile (`case:bandung-liuzhou`) or a comparison
 * (`compare:a+b+c`), as written in the URL's `deck`.
 */
export type Slide =
  { kind: "framework"; id: string } | { kind: "case"; id: string } | { kind: "compare"; ids: string[] };

/** Reads one slide as the URL writes it; undefined when it is not one. */
export function parseSlide(text: string): Slide | undefined {
  const [kind, value = ""] = text.split(":", 2) as [string, string?];
  if (value === "") return undefined;
  if (kind === "framework" || kind === "case") return { kind, id: value };
  // A "+" typed into a query string reads as a space (application/x-www-form-urlencoded): either joins the ids.
  if (kind === "compare") return { kind, ids: value.split(/[+\s]/u).filter(Boolean) };
  return undefined;
}

/** Writes a slide as the URL holds it. */
export function slideText(slide: Slide): string {
  return slide.kind === "compare" ? `compare:${slide.ids.join("+")}` : `${slide.kind}:${slide.id}`;
}

export const SORT_KEYS = [
  "localGovernment",
  "partner",
  "country",
  "kind",
  "stage",
  "status",
  "highest",
  "index",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The cases table's view: sort and filters. */
export interface CasesView {
  sort: SortKey;
  descending: boolean;
  /** Words that must all appear in the local government, partner or country. */
  query: string;
  kind: string | null;
  codedOnly: boolean;
}

/**
 * Everything a view of the site depends on, in one model kept apart from
 * rendering (as owid-grapher's): the URL holds only what differs from
 * `DEFAULT_STATE`, so a link reproduces the view.
 */
export interface SiteState {
  page: Page;
  language: Language;
  /** The partnership of the case page. */
  caseId: string | null;
  /** The partnerships picked on the compare page, in the order picked. */
  compare: string[];
  cases: CasesView;
  /** Score with evidence of these kinds only (`?evidence=finding`); null for every kind. Kept across pages. */
  evidence: EvidenceKind[] | null;
  /** The draft open on the workbench (its id in this browser's storage). */
  draft: string | null;
  /** The lecturer's deck of slides (empty: the default deck), and the slide shown, from 1. */
  deck: Slide[];
  slide: number;
}

export const DEFAULT_CASES_VIEW: CasesView = {
  sort: "localGovernment",
  descending: false,
  query: "",
  kind: null,
  codedOnly: false,
};
export const DEFAULT_STATE: SiteState = {
  page: "overview",
  language: "id",
  caseId: null,
  compare: [],
  cases: DEFAULT_CASES_VIEW,
  evidence: null,
  draft: null,
  deck: [],
  slide: 1,
};

/** How one URL parameter was read: valid, invalid (with the reason, and the default used instead) or missing. */
export type ParsedParam = { status: "valid" } | { status: "invalid"; reason: string } | { status: "missing" };

/** The URL parameter of each part of the state. */
const PARAMS = [
  "page",
  "lang",
  "id",
  "cases",
  "sort",
  "desc",
  "q",
  "kind",
  "coded",
  "evidence",
  "draft",
  "deck",
  "slide",
] as const;
type Param = (typeof PARAMS)[number];

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
const flag = (value: string) => (value === "1" ? true : value === "0" ? false : undefined);

/**
 * Reads the state from a URL: each parameter valid, invalid (its default is
 * used, and the reason kept) or missing.
 * @example parseState(new URL("https://x/?page=case&id=a&lang=en")).state.caseId // "a"
 */
export function parseState(url: URL): { state: SiteState; params: Record<Param, ParsedParam> } {
  const search = url.searchParams;
  const params = Object.fromEntries(PARAMS.map((param) => [param, { status: "missing" }])) as Record<
    Param,
    ParsedParam
  >;
  const state: SiteState = { ...DEFAULT_STATE, cases: { ...DEFAULT_CASES_VIEW } };
  const read = (param: Param, apply: (value: string) => string | undefined) => {
    const value = search.get(param);
    if (value === null) return;
    const reason = apply(value);
    params[param] = reason === undefined ? { status: "valid" } : { status: "invalid", reason };
  };
  read("page", (value) =>
    oneOf(PAGES, value)
      ? void (state.page = value)
      : `unknown page ${JSON.stringify(value)} (expected one of ${PAGES.join(", ")})`,
  );
  read("lang", (value) =>
    oneOf(LANGUAGES, value)
      ? void (state.language = value)
      : `unknown language ${JSON.stringify(value)} (expected id or en)`,
  );
  read("id", (value) => (value.trim() !== "" ? void (state.caseId = value) : "an empty partnership id"));
  read("cases", (value) => void (state.compare = [...new Set(value.split(",").filter(Boolean))]));
  read("sort", (value) =>
    oneOf(SORT_KEYS, value)
      ? void (state.cases.sort = value)
      : `unknown sort key ${JSON.stringify(value)} (expected one of ${SORT_KEYS.join(", ")})`,
  );
  read("desc", (value) =>
    flag(value) === undefined
      ? `expected 1 or 0, found ${JSON.stringify(value)}`
      : void (state.cases.descending = flag(value)!),
  );
  read("q", (value) => void (state.cases.query = value));
  read("kind", (value) => void (state.cases.kind = value || null));
  read("coded", (value) =>
    flag(value) === undefined
      ? `expected 1 or 0, found ${JSON.stringify(value)}`
      : void (state.cases.codedOnly = flag(value)!),
  );
  read("evidence", (value) => {
    const kinds = [...new Set(value.split(","))];
    const unknown = kinds.find((kind) => !oneOf(evidenceKinds.codes, kind));
    if (unknown !== undefined)
      return `unknown kind of evidence ${JSON.stringify(unknown)} (expected ${evidenceKinds.codes.join(", ")})`;
    state.evidence = kinds.filter((kind) => oneOf(evidenceKinds.codes, kind));
  });
  read("draft", (value) => (value.trim() !== "" ? void (state.draft = value) : "an empty draft id"));
  read("deck", (value) => {
    const texts = value.split(",").filter(Boolean);
    const slides = texts.map(parseSlide);
    const bad = texts.find((_, index) => slides[index] === undefined);
    state.deck = slides.filter((slide): slide is Slide => slide !== undefined);
    return bad === undefined
      ? undefined
      : `not a slide: ${JSON.stringify(bad)} (expected framework:ID, case:ID or compare:ID+ID)`;
  });
  read("slide", (value) =>
    /^[1-9]\d*$/.test(value)
      ? void (state.slide = Number(value))
      : `expected a slide number from 1, found ${JSON.stringify(value)}`,
  );
  if (state.page === "case" && state.caseId === null)
    params.id = { status: "invalid", reason: "a case page needs the id of a partnership" };
  return { state, params };
}

/**
 * Writes the URL query of a state: only what differs from the defaults, and
 * only what the page shows (the cases view on the list of cases, the picked
 * partnerships on the compare page, the id on a case page). Empty for the
 * default state.
 * @example toSearch({...DEFAULT_STATE, language: "en"}) // "?lang=en"
 */
export function toSearch(state: SiteState): string {
  const search = new URLSearchParams();
  if (state.page !== DEFAULT_STATE.page) search.set("page", state.page);
  if (state.language !== DEFAULT_STATE.language) search.set("lang", state.language);
  if (state.evidence !== null) search.set("evidence", state.evidence.join(","));
  if (state.page === "workbench" && state.draft !== null) search.set("draft", state.draft);
  if (state.page === "present") {
    if (state.deck.length > 0) search.set("deck", state.deck.map(slideText).join(","));
    if (state.slide !== 1) search.set("slide", String(state.slide));
  }
  if (state.page === "case" && state.caseId !== null) search.set("id", state.caseId);
  if (state.page === "compare" && state.compare.length > 0) search.set("cases", state.compare.join(","));
  if (state.page === "partnerships") {
    const view = state.cases;
    if (view.sort !== DEFAULT_CASES_VIEW.sort) search.set("sort", view.sort);
    if (view.descending) search.set("desc", "1");
    if (view.query) search.set("q", view.query);
    if (view.kind) search.set("kind", view.kind);
    if (view.codedOnly) search.set("coded", "1");
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/** A link's address for a state: its query, or `./` for the default view. */
export function href(state: SiteState): string {
  return toSearch(state) || "./";
}

/** Moves to another view: the pages call it, the site's shell pushes the URL and renders. */
export type Navigate = (next: SiteState, options?: { replace?: boolean }) => void;
