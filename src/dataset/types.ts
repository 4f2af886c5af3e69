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
 * `score` is null for NA: the source is silent, never 0). A partnership is
 * a row of `partnerships.csv`; every column is in docs/dataset-format.md.
 */
export type Partnership = RowOf<typeof partnershipsSchema>;
/** A row of `events.csv`: a dated step of the procedure or an activity; its columns are in docs/dataset-format.md. */
export type PartnershipEvent = RowOf<typeof eventsSchema>;
/** A row of `codings.csv`: one coder's score of one indicator, with its evidence; columns in docs/dataset-format.md. */
export type Coding = RowOf<typeof codingsSchema>;
/** A coding of a statement about a local government's whole portfolio of partnerships (`portfolio_codings.csv`). */
export type PortfolioCoding = RowOf<typeof portfolioCodingsSchema>;
/** A row of `sources.csv`: a source the codings cite; its columns are in docs/dataset-format.md. */
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
