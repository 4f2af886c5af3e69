/** Typed rows of the four resources; property names are the CSV column names. */
export interface Partnership {
  id: string;
  local_government: string;
  local_government_level: "city" | "regency" | "province";
  country_code: string;
  country_name: string;
  partner: string;
  partner_level: string | null;
  partner_country_code: string;
  partner_country_name: string;
  kind: "sister-city" | "sister-province" | "friendship-city";
  local_latitude: number | null;
  local_longitude: number | null;
  partner_latitude: number | null;
  partner_longitude: number | null;
  coordinates_source: string | null;
  first_contact_year: number | null;
  status: "exploration" | "loi" | "mou" | "active" | "dormant" | "ended" | null;
  source: string;
  locator: string;
  notes: string | null;
}

export type EventStage =
  | "initiation"
  | "exploration"
  | "loi-signed"
  | "action-plan"
  | "dprd-approval"
  | "mou-drafted"
  | "central-verification"
  | "mou-signed"
  | "activity"
  | "extension"
  | "stalled"
  | "ended";

export interface PartnershipEvent {
  id: string;
  partnership: string;
  /** Year, year-month or full date, or null when the source gives none. */
  date: string | null;
  stage: EventStage;
  field: string | null;
  description: string;
  status: "realised" | "planned" | "cancelled";
  source: string;
  locator: string;
  note: string | null;
}

export interface Coding {
  partnership: string;
  framework: string;
  indicator: string;
  /** null is NA: the source is silent. Never read as 0. */
  score: number | null;
  coder: string;
  evidence: string | null;
  source: string | null;
  locator: string | null;
  note: string | null;
}

export interface Source {
  id: string;
  type: string;
  authors: string | null;
  year: number | null;
  title: string;
  container: string | null;
  url: string | null;
  citation: string;
  language: string | null;
  note: string | null;
}

/** A dataset in memory: the typed rows of its resources. */
export interface Dataset {
  name: string;
  title?: string;
  partnerships: Partnership[];
  events: PartnershipEvent[];
  codings: Coding[];
  sources: Source[];
}
