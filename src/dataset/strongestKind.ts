import type { EvidenceKind } from "./vocabularies.ts";

/** Evidence kinds from strongest to weakest, for the event that sets a result. */
const KIND_STRENGTH: readonly EvidenceKind[] = ["finding", "secondary", "argument", "inference"];

/**
 * The strongest kind of evidence among some events' kinds, null for none.
 * @example strongestKind(["inference", "finding"]) // "finding"
 */
export function strongestKind(kinds: readonly EvidenceKind[]): EvidenceKind | null {
  return KIND_STRENGTH.find((kind) => kinds.includes(kind)) ?? null;
}
