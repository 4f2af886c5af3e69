import type { Coding, PartnershipEvent } from "../../src/dataset/types.ts";

/** A coding with evidence, for hand-computed cases. */
export function coding(
  framework: string,
  indicator: string,
  score: number | null,
  extra: Partial<Coding> = {},
): Coding {
  return {
    partnership: "p",
    framework,
    indicator,
    score,
    coder: "ana",
    evidence: score ? `quote for ${indicator}` : null,
    evidence_kind: score ? "finding" : null,
    source: score ? "src" : null,
    locator: "1",
    note: null,
    note_indonesian: null,
    ...extra,
  };
}

export function event(
  stage: PartnershipEvent["stage"],
  date: string | null,
  status: PartnershipEvent["status"] = "realised",
  extra: Partial<PartnershipEvent> = {},
): PartnershipEvent {
  return {
    id: `${stage}-${date}`,
    partnership: "p",
    date,
    stage,
    field: null,
    description: stage,
    status,
    source: "src",
    locator: "1",
    duration_years: null,
    evidence_kind: "finding",
    date_evidence_kind: null,
    note: null,
    description_indonesian: null,
    note_indonesian: null,
    ...extra,
  };
}
