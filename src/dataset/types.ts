import type { RowOf } from "../schema/tableSchema.ts";
import type {
  codingsSchema,
  eventsSchema,
  partnershipsSchema,
  portfolioCodingsSchema,
  sourcesSchema,
} from "./schemas.ts";

export type { EventStage, EventStatus, PartnershipKind, PartnershipStatus } from "./vocabularies.ts";

/**
 * Typed rows of the four resources, derived from their Table Schemas:
 * property names are the CSV column names, enums are their vocabularies'
 * codes, and a field that may be missing is null when it is (a coding's
 * `score` is null for NA: the source is silent, never 0).
 */
export type Partnership = RowOf<typeof partnershipsSchema>;
export type PartnershipEvent = RowOf<typeof eventsSchema>;
export type Coding = RowOf<typeof codingsSchema>;
/** A coding of a statement about a local government's whole portfolio of partnerships. */
export type PortfolioCoding = RowOf<typeof portfolioCodingsSchema>;
export type Source = RowOf<typeof sourcesSchema>;

/** A dataset in memory: the typed rows of its resources. */
export interface Dataset {
  name: string;
  title?: string;
  partnerships: Partnership[];
  events: PartnershipEvent[];
  codings: Coding[];
  /** Codings of statements about a local government's whole portfolio (none when the dataset has no such file). */
  portfolioCodings: PortfolioCoding[];
  sources: Source[];
}
