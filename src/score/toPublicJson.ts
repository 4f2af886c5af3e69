import { evidenceKinds, type EvidenceKind } from "../dataset/vocabularies.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { PartnershipScore } from "./scoreDataset.ts";

/** Kinds of evidence that are not the source's own report: a result resting on these alone is marked. */
const ARGUED = new Set<EvidenceKind>(["argument", "inference"]);

/** Whether a result's evidence is all arguments or the coder's inferences (and there is some). */
export function restsOnlyOnArguments(kinds: readonly EvidenceKind[]): boolean {
  return kinds.length > 0 && kinds.every((kind) => ARGUED.has(kind));
}

/** How many of a result's pieces of evidence are of each kind, in the vocabulary's order (kinds with none left out). */
export function countEvidenceKinds(kinds: readonly EvidenceKind[]): Partial<Record<EvidenceKind, number>> {
  const counts: Partial<Record<EvidenceKind, number>> = {};
  for (const kind of evidenceKinds.codes) {
    const count = kinds.filter((candidate) => candidate === kind).length;
    if (count > 0) counts[kind] = count;
  }
  return counts;
}

/**
 * The public JSON shape of a partnership's scores, the interface researchers
 * script against (documented in the README): the partnership's id and
 * names, then each framework's result as its `toJson` writes it: scores are
 * numbers or null for NA, statuses are English words, and every score
 * carries its evidence and the evidence's kind. Each framework's object also
 * counts the kinds of evidence it rests on (`evidence_kinds`) and says when
 * that is arguments or the coder's inferences alone (`argued_only`).
 */
export function toPublicJson<R extends Registry>(
  score: PartnershipScore<R>,
  registry: R = frameworks as Registry as R,
) {
  return {
    id: score.id,
    local_government: score.partnership.local_government,
    partner: score.partnership.partner,
    ...Object.fromEntries(
      Object.keys(registry).map((id) => {
        const framework = registry[id]!;
        const kinds = framework.evidenceKinds(score[id]);
        return [
          id,
          {
            ...framework.toJson(score[id]),
            evidence_kinds: countEvidenceKinds(kinds),
            argued_only: restsOnlyOnArguments(kinds),
          },
        ];
      }),
    ),
  };
}
