import { slugify } from "../schema/slugify.ts";
import type { PortfolioCoding } from "../dataset/types.ts";
import { frameworks, type AggregateOf, type Registry } from "../frameworks/registry.ts";
import { groupRows } from "./groupRows.ts";
import type { PartnershipScore } from "./scoreDataset.ts";
import type { PortfolioScore } from "./scorePortfolios.ts";

/** The member id under which a local government's portfolio-level codings join its partnerships in an aggregate. */
export const PORTFOLIO_MEMBER = "(portfolio)";

/** One local government's portfolio: its partnerships, its portfolio-level codings, and each framework's aggregate, keyed by framework id. */
export type LocalGovernmentScore<R extends Registry = typeof frameworks> = {
  id: string;
  name: string;
  partnerships: string[];
  /** The codings of statements its sources make about all its partnerships, with their evidence. */
  portfolio_codings: PortfolioCoding[];
} & { [Id in keyof R]: AggregateOf<R[Id]> };

/**
 * Aggregates partnership results per local government, its portfolio of
 * partnerships, with each framework's own `aggregate` (a layer is present
 * when present in any partnership; the Ringrose conditions score is averaged
 * over the partnerships whose score is rankable, saying how many were left
 * out; and so on: see each framework). A framework's
 * result on the local government's portfolio-level codings (`scorePortfolios`)
 * joins the partnerships' as one more member, named `(portfolio)`.
 */
export function aggregateByLocalGovernment<R extends Registry>(
  scores: Array<PartnershipScore<R>>,
  registry: R = frameworks as Registry as R,
  portfolios: ReadonlyMap<string, PortfolioScore<R>> = new Map(),
): Array<LocalGovernmentScore<R>> {
  const groups = groupRows(scores, (score) => slugify(score.partnership.local_government));
  return [...groups].map(([id, members]) => {
    const name = members[0]!.partnership.local_government;
    const portfolio = portfolios.get(name);
    const aggregates = Object.keys(registry).map((frameworkId) => {
      const results = members.map((member) => ({ id: member.id, result: member[frameworkId] }));
      const own = portfolio?.[frameworkId];
      if (own !== undefined && own !== null) results.push({ id: PORTFOLIO_MEMBER, result: own });
      return [frameworkId, registry[frameworkId]!.aggregate(results)];
    });
    return {
      id,
      name,
      partnerships: members.map((member) => member.id),
      portfolio_codings: portfolio?.codings ?? [],
      ...Object.fromEntries(aggregates),
    } as LocalGovernmentScore<R>;
  });
}
