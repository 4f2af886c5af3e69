import type { TableSchema } from "../schema/tableSchema.ts";
import { COUNTRY_CODE, LANGUAGE, NAME, PARTIAL_DATE, SLUG } from "../schema/patternWords.ts";
import {
  evidenceKinds,
  eventStages,
  eventStatuses,
  localGovernmentLevels,
  partnerLevels,
  partnershipKinds,
  partnershipStatuses,
  sourceTypes,
} from "./vocabularies.ts";

/** Version of the dataset format; datasets record it in `datapackage.json`. */
export const FORMAT_VERSION = "1.0.0";

export { PARTIAL_DATE } from "../schema/patternWords.ts";

/**
 * The column holding a text column's Indonesian version (`<field>_indonesian`), which a file may leave out: the
 * Indonesian view shows it where there is one (`textIn`).
 */
const indonesianVersion = <const Field extends string>(field: Field, title: string) =>
  ({
    name: `${field}_indonesian`,
    type: "string",
    optional: true,
    title: `${title} (Indonesian)`,
    description: `The ${title.toLowerCase()} in Indonesian, shown in the Indonesian view; empty where the text is a quotation in Indonesian already.`,
  }) as const;

export const partnershipsSchema = {
  missingValues: [""],
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["source"], reference: { resource: "sources", fields: ["id"] } }],
  fields: [
    {
      name: "id",
      type: "string",
      title: "Partnership id",
      description: "Slug: lower-case words joined by hyphens, local government first.",
      example: "denpasar-mossel-bay",
      constraints: { required: true, pattern: SLUG },
    },
    {
      name: "local_government",
      type: "string",
      title: "Local government",
      description: "The Indonesian (or other home) sub-national government, as named in the sources.",
      example: "Denpasar",
      constraints: { required: true },
    },
    {
      name: "local_government_level",
      type: "string",
      title: "Level",
      example: "city",
      constraints: { required: true, enum: localGovernmentLevels.codes },
    },
    {
      name: "country_code",
      type: "string",
      title: "Country (ISO 3166-1 alpha-2)",
      example: "ID",
      constraints: { required: true, pattern: COUNTRY_CODE },
    },
    {
      name: "country_name",
      type: "string",
      title: "Country name",
      example: "Indonesia",
      constraints: { required: true },
    },
    { name: "partner", type: "string", title: "Partner", example: "Mossel Bay", constraints: { required: true } },
    {
      name: "partner_level",
      type: "string",
      title: "Partner level",
      example: "city",
      constraints: { enum: partnerLevels.codes },
    },
    {
      name: "partner_country_code",
      type: "string",
      title: "Partner country (ISO 3166-1 alpha-2)",
      example: "ZA",
      constraints: { required: true, pattern: COUNTRY_CODE },
    },
    {
      name: "partner_country_name",
      type: "string",
      title: "Partner country name",
      example: "South Africa",
      constraints: { required: true },
    },
    {
      name: "kind",
      type: "string",
      title: "Kind of partnership",
      example: "sister-city",
      constraints: { required: true, enum: partnershipKinds.codes },
    },
    {
      name: "local_latitude",
      type: "number",
      title: "Latitude of the local government (WGS84)",
      example: "-8.65",
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: "local_longitude",
      type: "number",
      title: "Longitude of the local government (WGS84)",
      example: "115.22",
      constraints: { minimum: -180, maximum: 180 },
    },
    {
      name: "partner_latitude",
      type: "number",
      title: "Latitude of the partner (WGS84)",
      example: "-34.18",
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: "partner_longitude",
      type: "number",
      title: "Longitude of the partner (WGS84)",
      example: "22.14",
      constraints: { minimum: -180, maximum: 180 },
    },
    {
      name: "coordinates_source",
      type: "string",
      title: "Where the coordinates come from",
      example: "approximate city centre",
    },
    { name: "first_contact_year", type: "year", title: "Year of first contact", example: "2019" },
    {
      name: "status",
      type: "string",
      title: "Current status",
      description:
        "Empty when the sources do not say. A status is the coder's reading unless status_evidence gives the source's words for it; only a status of active with them overrides the toolkit's inference of a stall from inactivity.",
      example: "active",
      constraints: { enum: partnershipStatuses.codes },
    },
    {
      name: "status_evidence",
      type: "string",
      optional: true,
      title: "Evidence for the status",
      description:
        "Short quote from the partnership's source that states its status; empty when no source states it (the status is then the coder's reading).",
      example: "kerja sama dengan Kota Liuzhou ini lebih aktif dibandingkan dengan kota lainnya",
    },
    {
      name: "status_locator",
      type: "string",
      optional: true,
      title: "Locator of the status evidence",
      description: "Section or page of the partnership's source where status_evidence is.",
      example: "1.5",
    },
    {
      name: "source",
      type: "string",
      title: "Source",
      description: "id of a row of sources.csv.",
      example: "000_3d052c1bdfd84016.txt",
      constraints: { required: true },
    },
    {
      name: "locator",
      type: "string",
      title: "Locator",
      description: "Section, page or short quote in the source.",
      example: "4.1",
      constraints: { required: true },
    },
    { name: "notes", type: "string", title: "Notes" },
    indonesianVersion("notes", "Notes"),
  ],
} as const satisfies TableSchema;

export const eventsSchema = {
  missingValues: [""],
  primaryKey: ["id"],
  foreignKeys: [
    { fields: ["partnership"], reference: { resource: "partnerships", fields: ["id"] } },
    { fields: ["source"], reference: { resource: "sources", fields: ["id"] } },
  ],
  fields: [
    {
      name: "id",
      type: "string",
      title: "Event id",
      example: "denpasar-mossel-bay-01",
      constraints: { required: true, pattern: SLUG },
    },
    {
      name: "partnership",
      type: "string",
      title: "Partnership id",
      example: "denpasar-mossel-bay",
      constraints: { required: true },
    },
    {
      name: "date",
      type: "string",
      title: "Date",
      description: "Year, year-month or full date (ISO 8601); empty when the source gives none.",
      example: "2019-05",
      constraints: { pattern: PARTIAL_DATE },
    },
    {
      name: "stage",
      type: "string",
      title: "Stage",
      example: "mou-signed",
      constraints: { required: true, enum: eventStages.codes },
    },
    {
      name: "field",
      type: "string",
      title: "Field of cooperation",
      description: "Slug such as culture, education, tourism, trade-investment, agriculture.",
      example: "culture",
      constraints: { pattern: SLUG },
    },
    { name: "description", type: "string", title: "Description", constraints: { required: true } },
    {
      name: "status",
      type: "string",
      title: "Status",
      example: "realised",
      constraints: { required: true, enum: eventStatuses.codes },
    },
    {
      name: "source",
      type: "string",
      title: "Source",
      example: "000_3d052c1bdfd84016.txt",
      constraints: { required: true },
    },
    { name: "locator", type: "string", title: "Locator", example: "4.1", constraints: { required: true } },
    {
      name: "duration_years",
      type: "number",
      title: "Length in years",
      description:
        "The length of an episode the source gives without its dates (a vacuum of seven years, say). A stall with a length has ended: it is an episode, not an open-ended stall.",
      example: "7",
      constraints: { minimum: 0 },
    },
    {
      name: "evidence_kind",
      type: "string",
      title: "Kind of evidence",
      description:
        "What kind of statement the evidence is: finding (the source reports it), argument (a hypothesis or argument the source puts forward to test), secondary (a report the source cites from another study or a headline) or inference (the coder's).",
      example: "finding",
      constraints: { required: true, enum: evidenceKinds.codes },
    },
    {
      name: "date_evidence_kind",
      type: "string",
      optional: true,
      title: "Kind of evidence of the date",
      description:
        "The kind of evidence of the date alone, when it is weaker than the event's (a reported event whose year the coder inferred: inference); empty when the date is as the event. Scoring with other kinds keeps the event and leaves its date unknown.",
      example: "inference",
      constraints: { enum: evidenceKinds.codes },
    },
    { name: "note", type: "string", title: "Note" },
    indonesianVersion("description", "Description"),
    indonesianVersion("note", "Note"),
  ],
} as const satisfies TableSchema;

export const codingsSchema = {
  missingValues: [""],
  primaryKey: ["partnership", "framework", "indicator", "coder"],
  foreignKeys: [
    { fields: ["partnership"], reference: { resource: "partnerships", fields: ["id"] } },
    { fields: ["source"], reference: { resource: "sources", fields: ["id"] } },
  ],
  fields: [
    {
      name: "partnership",
      type: "string",
      title: "Partnership id",
      example: "denpasar-mossel-bay",
      constraints: { required: true },
    },
    {
      name: "framework",
      type: "string",
      title: "Framework id",
      example: "three-layers",
      constraints: { required: true },
    },
    { name: "indicator", type: "string", title: "Indicator id", example: "culture", constraints: { required: true } },
    {
      name: "score",
      type: "integer",
      title: "Score",
      description: "On the framework's scale; NA when the source is silent (never 0).",
      example: "2",
      missingValues: ["NA"],
      constraints: { minimum: 0, maximum: 2 },
    },
    {
      name: "coder",
      type: "string",
      title: "Coder",
      description: "Who made the judgement; several coders may code the same partnership.",
      example: "toolkit",
      constraints: { required: true, pattern: NAME },
    },
    {
      name: "evidence",
      type: "string",
      title: "Evidence",
      description: "Short quote from the source; required for any score above 0.",
      example: "Mossel Bay di Denpasar Festival 2020 secara virtual",
    },
    {
      name: "evidence_kind",
      type: "string",
      title: "Kind of evidence",
      description:
        "Required for any score above 0. What kind of statement the evidence is: finding (the source reports it), argument (a hypothesis or argument the source puts forward to test), secondary (a report the source cites from another study or a headline) or inference (the coder's).",
      example: "finding",
      constraints: { enum: evidenceKinds.codes },
    },
    {
      name: "source",
      type: "string",
      title: "Source",
      description: "id of a row of sources.csv; required for any score above 0.",
      example: "000_3d052c1bdfd84016.txt",
    },
    {
      name: "locator",
      type: "string",
      title: "Locator",
      description: "Section or page in the source.",
      example: "4.2.2",
    },
    { name: "note", type: "string", title: "Note" },
    indonesianVersion("note", "Note"),
  ],
} as const satisfies TableSchema;

/**
 * Codings of a statement a source makes about a local government's whole
 * portfolio of partnerships (Denpasar's foreign-cooperation office lacks
 * staff, say): coded once, for the local government, not copied into each
 * partnership. The columns of codings.csv, with `local_government` in place
 * of `partnership`.
 */
export const portfolioCodingsSchema = {
  missingValues: [""],
  primaryKey: ["local_government", "framework", "indicator", "coder"],
  foreignKeys: [
    { fields: ["local_government"], reference: { resource: "partnerships", fields: ["local_government"] } },
    { fields: ["source"], reference: { resource: "sources", fields: ["id"] } },
  ],
  fields: [
    {
      name: "local_government",
      type: "string",
      title: "Local government",
      description: "As named in partnerships.csv: the statement is about all of its partnerships.",
      example: "Denpasar",
      constraints: { required: true },
    },
    ...codingsSchema.fields.slice(1),
  ],
} as const satisfies TableSchema;

export const sourcesSchema = {
  missingValues: [""],
  primaryKey: ["id"],
  fields: [
    {
      name: "id",
      type: "string",
      title: "Source id",
      description: "File name for the source documents, otherwise a slug.",
      example: "000_3d052c1bdfd84016.txt",
      constraints: { required: true, pattern: NAME },
    },
    {
      name: "type",
      type: "string",
      title: "Type",
      example: "journal-article",
      constraints: { required: true, enum: sourceTypes.codes },
    },
    {
      name: "authors",
      type: "string",
      title: "Authors",
      description: "Family name, initials; separated by semicolons. Empty when unknown.",
      example: "Alfiansyah, V.; Purnomo, E. P.; Kurniawati, D. E.",
    },
    { name: "year", type: "year", title: "Year", description: "Empty when the document gives none (cited as n.d.)." },
    {
      name: "as_of",
      type: "string",
      title: "Describes the state as of",
      description:
        "The date the source describes, as far as its account reaches (year, year-month or date). How long ago a partnership's last activity was, and whether it is stalled, are measured up to the latest as_of of the sources describing it. Empty when unknown.",
      example: "2021-04",
      constraints: { pattern: PARTIAL_DATE },
    },
    { name: "title", type: "string", title: "Title", constraints: { required: true } },
    { name: "container", type: "string", title: "Journal, institution or site" },
    { name: "url", type: "string", title: "URL" },
    { name: "citation", type: "string", title: "Full citation (APA)", constraints: { required: true } },
    {
      name: "language",
      type: "string",
      title: "Language (BCP 47)",
      example: "id",
      constraints: { pattern: LANGUAGE },
    },
    { name: "note", type: "string", title: "Note" },
  ],
} as const satisfies TableSchema;

/** The resources of a dataset, by name, with their file and schema. */
export const RESOURCES: Readonly<
  Record<
    "partnerships" | "events" | "codings" | "portfolio_codings" | "sources",
    { path: string; schema: TableSchema; title: string; optional?: true }
  >
> = {
  partnerships: { path: "partnerships.csv", schema: partnershipsSchema, title: "Partnerships" },
  events: { path: "events.csv", schema: eventsSchema, title: "Events" },
  codings: { path: "codings.csv", schema: codingsSchema, title: "Codings" },
  portfolio_codings: {
    path: "portfolio_codings.csv",
    schema: portfolioCodingsSchema,
    title: "Codings of a local government's whole portfolio",
    optional: true,
  },
  sources: { path: "sources.csv", schema: sourcesSchema, title: "Sources" },
};

export type ResourceName = keyof typeof RESOURCES;
/** The names of the format's resources, in the order the format lists them. */
export const RESOURCE_NAMES = Object.keys(RESOURCES) as ResourceName[];

/** Finds the resource a file name stands for (`codings.csv`, `my/codings.csv`), or undefined. */
export function resourceForFile(file: string): ResourceName | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  return RESOURCE_NAMES.find((name) => RESOURCES[name].path === base);
}
