import type { EvidenceKind } from "../dataset/vocabularies.ts";

/**
 * The events with the dates whose own evidence is of the kinds given (all
 * when none are given): an event kept for its kind whose date rests on a
 * weaker kind (`date_evidence_kind`) keeps its place, undated.
 * @example withDatesOfEvidence([{date: "2020", date_evidence_kind: "inference"}], ["finding"])[0].date // null
 */
export function withDatesOfEvidence<Row extends { date: string | null; date_evidence_kind: EvidenceKind | null }>(
  rows: readonly Row[],
  kinds: readonly EvidenceKind[] | undefined,
): readonly Row[] {
  if (kinds === undefined) return rows;
  return rows.map((row) =>
    row.date === null || row.date_evidence_kind === null || kinds.includes(row.date_evidence_kind)
      ? row
      : { ...row, date: null },
  );
}
