import type { Coding, PartnershipEvent } from "../dataset/types.ts";

/** Text in the two languages of the toolkit. */
export interface Bilingual {
  id: string;
  en: string;
}

export interface ScaleLevel {
  value: number;
  label: Bilingual;
}

/** An ordinal scale with NA. NA means "the source is silent" and is never read as the lowest level. */
export interface Scale {
  id: string;
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
  codings: Coding[];
  events: PartnershipEvent[];
}

export interface FrameworkMetadata {
  id: string;
  name: Bilingual;
  description: Bilingual;
  /** Where the framework comes from, as cited in the sources. */
  citation: string;
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

/**
 * A framework: plain metadata plus a pure scoring function. `score` never
 * mutates its input and returns, with each number, the codings or events
 * that produced it.
 */
export interface Framework<Result = unknown, Options = Record<string, never>> extends FrameworkMetadata {
  score(input: PartnershipInput, options?: Partial<Options>): Result;
}

/** A scored indicator with the coding that produced it (undefined when nobody coded it). */
export interface IndicatorScore {
  indicator: string;
  score: number | null;
  coding?: Coding;
}
