import { group } from "d3";
import { slugify } from "../dataset/slugify.ts";
import { frameworks, type AggregateOf, type Registry } from "../frameworks/registry.ts";
import type { PartnershipScore } from "./scoreDataset.ts";

/** One local government's portfolio: its partnerships and each framework's aggregate over them, keyed by framework id. */
export type LocalGovernmentScore<R extends Registry = typeof frameworks> = {
  id: string;
  name: string;
  partnerships: string[];
} & { [Id in keyof R]: AggregateOf<R[Id]> };

/**
 * Aggregates partnership results per local government, its portfolio of
 * partnerships, with each framework's own `aggregate` (a layer is present
 * when present in any partnership; the success index is averaged over the
 * partnerships that have one; and so on: see each framework).
 */
export function aggregateByLocalGovernment<R extends Registry>(
  scores: Array<PartnershipScore<R>>,
  registry: R = frameworks as Registry as R,
): Array<LocalGovernmentScore<R>> {
  const groups = group(scores, (score) => slugify(score.partnership.local_government));
  return [...groups].map(([id, members]) => {
    const aggregates = Object.keys(registry).map((frameworkId) => [
      frameworkId,
      registry[frameworkId]!.aggregate(members.map((member) => ({ id: member.id, result: member[frameworkId] }))),
    ]);
    return {
      id,
      name: members[0]!.partnership.local_government,
      partnerships: members.map((member) => member.id),
      ...Object.fromEntries(aggregates),
    } as LocalGovernmentScore<R>;
  });
}
