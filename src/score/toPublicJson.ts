import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { PartnershipScore } from "./scoreDataset.ts";

/**
 * The public JSON shape of a partnership's scores, the interface researchers
 * script against (documented in the README): the partnership's id and
 * names, then each framework's result as its `toJson` writes it: scores are
 * numbers or null for NA, statuses are English words, and every score
 * carries its evidence.
 */
export function toPublicJson<R extends Registry>(
  score: PartnershipScore<R>,
  registry: R = frameworks as Registry as R,
) {
  return {
    id: score.id,
    local_government: score.partnership.local_government,
    partner: score.partnership.partner,
    ...Object.fromEntries(Object.keys(registry).map((id) => [id, registry[id]!.toJson(score[id])])),
  };
}
