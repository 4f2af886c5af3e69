import { fieldTitle } from "../dataset/fieldTitles.ts";
import type { DatasetReading, DatasetTexts } from "../dataset/readDataset.ts";
import { RESOURCES, resourceForFile, type ResourceName } from "../dataset/schemas.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { Language } from "../language.ts";
import type { Problem } from "../problem.ts";
import { problemWords, type ProblemCode } from "../problemTexts.ts";
import { describeExpected } from "../schema/castCell.ts";
import { codeLabel } from "../frameworks/codeLabel.ts";
import { validateDataset } from "../validate/validateDataset.ts";
import type { Draft } from "./draft.ts";
import { usableRows } from "./importFiles.ts";

/** Where a row of a draft is shown on the workbench, in words. */
const PLACES: Record<ResourceName, Record<Language, (index: number) => string>> = {
  partnerships: { en: () => "The partnership", id: () => "Data kerja sama" },
  events: { en: (index) => `Dated event ${index}`, id: (index) => `Peristiwa bertanggal ${index}` },
  codings: { en: (index) => `Coding ${index}`, id: (index) => `Koding ${index}` },
  portfolio_codings: { en: (index) => `Portfolio coding ${index}`, id: (index) => `Koding portofolio ${index}` },
  sources: { en: (index) => `Source ${index}`, id: (index) => `Sumber ${index}` },
};

const DRAFT: Record<Language, string> = { en: "The draft", id: "Draf" };

const isDraftCoder = (resource: ResourceName, field: string | undefined) =>
  (resource === "codings" || resource === "portfolio_codings") && field === "coder";

const WORDS = {
  en: { required: "is empty", enter: "Enter", now: "now", text: "text" },
  id: { required: "masih kosong", enter: "Isi dengan", now: "sekarang", text: "teks" },
} as const;

/**
 * A problem of a draft said as the workbench shows it: the form's section and
 * row (counted from 1), the field's title, what is wrong and what to enter,
 * instead of a file, a spreadsheet row and a column number.
 *
 * @example problemInWords({ file: "partnerships.csv", row: 2, column: 3, field: "local_government_level", message: "local_government_level is required", expected: "one of city, regency, province", found: '""' }, "en")
 * // 'The partnership — “Level” is empty. Enter one of city, regency, province.'
 */
export function problemInWords(problem: Problem, language: Language): string {
  const resource = resourceForFile(problem.file);
  const words = WORDS[language];
  const said = problemWords(problem, language);
  if (resource === undefined || problem.row < 2) return said.message;
  const field = problem.field ?? RESOURCES[resource].schema.fields[problem.column - 1]?.name;
  // A coding's coder is the draft's coder, typed once above the form.
  const place = isDraftCoder(resource, field) ? DRAFT[language] : PLACES[resource][language](problem.row - 1);
  const title = field === undefined ? undefined : fieldTitle(resource, field, language);
  const empty = problem.found === '""' || problem.code === "required" || /is required$/.test(problem.message);
  // The message starts with the field's name (e.g. "score is not on the scale"): the title is said instead.
  const rest =
    field !== undefined && said.message.startsWith(`${field} `) ? said.message.slice(field.length + 1) : said.message;
  const what = empty ? words.required : rest;
  const expected = expectedInWords(problem, resource, field, language) ?? said.expected;
  const enter = expected === undefined || expected === words.text ? "" : ` ${words.enter} ${expected}.`;
  const found = empty || problem.found === undefined ? "" : ` (${words.now} ${problem.found})`;
  return `${place} — ${title === undefined ? "" : `“${title}” `}${what}${found}.${enter}`;
}

/**
 * What a field's cell should hold, in another language than the CLI's English, from the field's schema (its
 * allowed values by their labels): for the problems of a cell that did not fit its field; undefined otherwise.
 */
function expectedInWords(
  problem: Problem,
  resource: ResourceName,
  field: string | undefined,
  language: Language,
): string | undefined {
  if (language === "en" || problem.code === undefined || !CELL_CODES.has(problem.code)) return undefined;
  const schema = RESOURCES[resource].schema.fields.find((candidate) => candidate.name === field);
  if (schema === undefined) return undefined;
  return describeExpected(schema, {
    missingValues: RESOURCES[resource].schema.missingValues,
    language,
    valueLabel: (value) => codeLabel(schema.name, value, language),
  });
}

/** The problems of a cell that does not fit its field, whose expected value the field's schema says. */
const CELL_CODES: ReadonlySet<string> = new Set<ProblemCode>([
  "required",
  "not-integer",
  "not-number",
  "not-year",
  "not-boolean",
  "empty-not-marked",
  "not-allowed",
  "wrong-form",
  "too-small",
  "too-large",
]);

/**
 * The partnership's required fields a draft leaves empty, by title, in the
 * form's order: what a researcher fills first, before any score can be drawn.
 *
 * @example missingToStart({ id: "d", name: "", coder: "", blind: false, updated: "", partnership: { id: "kota-a" }, events: [], codings: [], sources: [] }, "en")[0]
 * // "Local government"
 */
export function missingToStart(draft: Draft, language: Language): string[] {
  return RESOURCES.partnerships.schema.fields
    .filter((field) => field.constraints?.required === true && (draft.partnership[field.name] ?? "").trim() === "")
    .map((field) => fieldTitle("partnerships", field.name, language));
}

/**
 * A draft is brand new while nothing of its partnership, events, sources or
 * codings has been typed: the workbench then says what to fill first, not a
 * list of problems.
 */
export function isUntouched(draft: Draft): boolean {
  const blank = (row: Record<string, string>) => Object.values(row).every((value) => value.trim() === "");
  return blank(draft.partnership) && draft.events.length + draft.sources.length + draft.codings.length === 0;
}

/**
 * The rows of a draft that can be scored now. Rows with a problem are left
 * out (see `usableRows`); when that leaves no partnership only because a
 * source or an event it refers to has a problem (a source without its
 * citation, say), the partnership and its codings are scored without the
 * sources and events, whose problems are still listed beside the scores.
 */
export function scorableRows(
  texts: DatasetTexts,
  first: DatasetReading = validateDataset(texts, "dataset"),
  registry: Registry = frameworks,
): DatasetReading {
  const { reading } = usableRows(texts, first, registry);
  if (reading.dataset.partnerships.length > 0) return reading;
  const { sources: _sources, events: _events, ...kept } = texts.resources;
  void _sources;
  void _events;
  const alone: DatasetTexts = { ...texts, resources: kept, alone: true };
  return usableRows(alone, validateDataset(alone, "dataset", registry), registry).reading;
}

/** Where a problem's field is in a draft's form: the partnership, the n-th (from 0) event or source, or a coded indicator. */
export type ProblemPlace =
  | { resource: "draft"; field: "coder" }
  | { resource: "partnerships"; field: string }
  | { resource: "events" | "sources"; index: number; field: string }
  | { resource: "codings"; framework: string; indicator: string; field: string };

/**
 * The field of a draft's form a problem is about, so that the workbench can
 * take the researcher to it; undefined for a problem of no one field.
 *
 * @example placeOfProblem({ file: "sources.csv", row: 3, column: 9, field: "citation", message: "citation is required" }, { id: "d", name: "", coder: "", blind: false, updated: "", partnership: {}, events: [], codings: [], sources: [{}, {}] })
 * // { resource: "sources", index: 1, field: "citation" }
 */
export function placeOfProblem(problem: Problem, draft: Draft): ProblemPlace | undefined {
  const resource = resourceForFile(problem.file);
  const field = problem.field ?? (resource && RESOURCES[resource].schema.fields[problem.column - 1]?.name);
  if (resource === undefined || field === undefined || problem.row < 2) return undefined;
  const index = problem.row - 2;
  if (isDraftCoder(resource, field)) return { resource: "draft", field: "coder" };
  if (resource === "partnerships") return { resource, field };
  if (resource === "events" || resource === "sources")
    return index < draft[resource].length ? { resource, index, field } : undefined;
  // codings.csv holds the draft's codings about this partnership, in the draft's order (portfolio codings go elsewhere).
  const coding =
    resource === "codings"
      ? draft.codings.filter((row) => row.scope !== "portfolio")[index]
      : draft.codings.filter((row) => row.scope === "portfolio")[index];
  return coding === undefined
    ? undefined
    : { resource: "codings", framework: coding.framework ?? "", indicator: coding.indicator ?? "", field };
}
