import type { Coding, Dataset, PartnershipEvent } from "../dataset/types.ts";
import type { EvidenceKind, PartnershipStatus } from "../dataset/vocabularies.ts";
import type { Bilingual, Language } from "../language.ts";
import type { MeasurementLevel } from "../agreement/measurementLevel.ts";

export interface ScaleLevel {
  value: number;
  label: Bilingual;
}

/** An ordinal scale with NA. NA means "the source is silent" and is never read as the lowest level. */
export interface Scale {
  id: string;
  /** How two coders' scores on the scale are compared for agreement: ordinal for graded scales, nominal for present/absent. */
  level: MeasurementLevel;
  levels: ScaleLevel[];
}

export interface Indicator {
  id: string;
  /** Group within the framework (a layer of the three-layers framework). */
  group?: string;
  name: Bilingual;
  definition: Bilingual;
  /** One anchor per level of the scale, keyed by the level's value. */
  anchors: Record<number, Bilingual>;
}

export interface IndicatorGroup {
  id: string;
  name: Bilingual;
  description?: Bilingual;
}

/** What a framework scores: one partnership's codings (already resolved to one score per indicator) and events. */
export interface PartnershipInput {
  partnership: string;
  codings: readonly Coding[];
  events: readonly PartnershipEvent[];
  /** The latest date the partnership's sources describe (their `as_of`): what "how long ago" is measured to. */
  asOf?: string | null;
  /** The partnership's status as its sources state it. */
  status?: PartnershipStatus | null;
  /** The source's words for the status (`status_evidence`): only a status with them overrides the toolkit's inferences. */
  statusEvidence?: string | null;
}

export interface FrameworkMetadata {
  id: string;
  name: Bilingual;
  description: Bilingual;
  /** Where the framework comes from, as cited in the sources: the reference, with our words around it in each language. */
  citation: Bilingual;
  /** The source documents (file names) that use it. */
  sources: string[];
  /** Caveats a reader should see next to any result (e.g. how briefly a source defines the framework). */
  notes: Bilingual[];
  /** What the framework reads: codings, events or both. */
  reads: Array<"codings" | "events">;
  scale: Scale;
  groups: IndicatorGroup[];
  indicators: Indicator[];
}

/** A cell of a flat summary (the CLI's table and CSV): null is NA. */
export type SummaryValue = string | number | boolean | null;

/** One column of a framework's flat summary, per partnership or per local government. */
export interface SummaryColumn<Result> {
  /** Column name in the table and CSV; unique across a registry. */
  name: string;
  /** How to read the column, printed under the table. */
  description: Bilingual;
  value: (result: Result) => SummaryValue;
  /** Digits after the decimal point when the value is a number (default: the number as it is). */
  digits?: number;
}

/**
 * A set a framework's result defines for a comparative analysis (QCA): each
 * partnership's calibrated membership in it, null where the result is NA
 * (the partnership is then left out of an analysis that uses the set).
 */
export interface FrameworkSet<Result> {
  /** The set's name as QCA writes conditions: upper-case letters (COM, ECON, ACTIVE); unique across a registry. */
  name: string;
  description: Bilingual;
  membership: (result: Result) => number | null;
}

/** The options of a framework that takes none. */
export type NoOptions = Record<never, never>;

/** How an option's value is written on the command line. */
export type OptionType = "number" | "partial-date" | "weights";

/**
 * One option of a framework, described with its parameters in the manner of
 * owid-grapher's transform registry: the CLI builds its flags and help, and
 * every caller its defaults and checks, from these descriptions.
 */
export interface FrameworkOption<Value> {
  /** The command-line flag, without `--`. */
  flag: string;
  type: OptionType;
  description: Bilingual;
  /** The value when none is given (and no dataset default applies). */
  default: Value;
  /** The default for a dataset, when it comes from the data (the latest event date, say). */
  datasetDefault?: (dataset: Dataset) => Value;
  /** Throws an Error naming the bad value when `value` is not allowed. */
  check: (value: Value) => void;
}

/** Options described one by one, keyed as the framework's options object is. */
export type OptionDescriptions<Options> = { [Key in keyof Options]-?: FrameworkOption<Options[Key]> };

/** One local government's partnerships, each with this framework's result. */
export type PortfolioMembers<Result> = ReadonlyArray<{ id: string; result: Result }>;

/**
 * A framework: plain metadata, a pure scoring function, and everything about
 * its results, so that the scorer, the JSON, table and CSV writers, the
 * aggregation per local government, the CLI, the codebook and the site all
 * read it from here and name no framework themselves.
 */
export interface Framework<Result = unknown, Options = NoOptions, Aggregate = unknown> extends FrameworkMetadata {
  /** The options `score` takes, described (empty when it takes none). */
  options: OptionDescriptions<Options>;
  /** Scores one partnership. Never mutates its input; returns, with each number, the codings or events that produced it. */
  score(input: PartnershipInput, options?: Partial<Options>): Result;
  /** Whether the result rests on anything coded: false when the sources are silent on everything the framework reads. */
  isAssessed(result: Result): boolean;
  /** The kind of evidence of every coding and event the result rests on (one entry each; NA indicators are left out). */
  evidenceKinds(result: Result): readonly EvidenceKind[];
  /** The result in one line of words, in a language, for a reader (the case page's summary); null when not assessed. */
  headline(result: Result, language: Language): string | null;
  /** The result in the public JSON: numbers or null for NA, English codes, every score with its evidence. */
  toJson(result: Result): Record<string, unknown>;
  /** The result's columns in the flat summary (table and CSV), one row per partnership. */
  columns: Array<SummaryColumn<Result>>;
  /** The results over a local government's portfolio of partnerships. */
  aggregate(members: PortfolioMembers<Result>): Aggregate;
  /** The aggregate's columns in the flat summary, one row per local government. */
  aggregateColumns: Array<SummaryColumn<Aggregate>>;
  /** The sets the result defines for QCA, calibrated (none when it defines none). */
  sets?: Array<FrameworkSet<Result>>;
}

/** A scored indicator with the coding that produced it (undefined when nobody coded it). */
export interface IndicatorScore {
  indicator: string;
  score: number | null;
  coding?: Coding;
}
