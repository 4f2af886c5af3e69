import type { Coding, Dataset, PortfolioCoding } from "../dataset/types.ts";
import { resolveOptions } from "../frameworks/options.ts";
import { frameworks, type Registry, type ResultOf } from "../frameworks/registry.ts";
import { groupRows } from "./groupRows.ts";
import { resolveCodings } from "./resolveCodings.ts";
import { withEvidence, type ScoreOptions } from "./scoreDataset.ts";

/** A local government's portfolio-level codings and each framework's result on them (null where it has none). */
export type PortfolioScore<R extends Registry = typeof frameworks> = {
  localGovernment: string;
  codings: PortfolioCoding[];
} & { [Id in keyof R]: ResultOf<R[Id]> | null };

/** A portfolio coding in the shape frameworks read, its partnership named after the local government. */
const asCoding = (coding: PortfolioCoding): Coding => ({
  partnership: `${coding.local_government} (portfolio)`,
  framework: coding.framework,
  indicator: coding.indicator,
  score: coding.score,
  coder: coding.coder,
  evidence: coding.evidence,
  evidence_kind: coding.evidence_kind,
  source: coding.source,
  locator: coding.locator,
  note: coding.note,
  note_indonesian: coding.note_indonesian,
});

/**
 * Scores each local government's portfolio-level codings (statements a
 * source makes about all its partnerships) with each framework that reads
 * codings, as one more input beside its partnerships: a framework with no
 * portfolio coding gets null. The same coder and evidence options as
 * `scoreDataset`.
 */
export function scorePortfolios<R extends Registry = typeof frameworks>(
  dataset: Dataset,
  options: ScoreOptions<R> = {},
): Map<string, PortfolioScore<R>> {
  const { coder, evidence, options: given = {}, registry = frameworks as Registry as R } = options;
  const codings = withEvidence(dataset.portfolioCodings, evidence);
  const scores = new Map<string, PortfolioScore<R>>();
  for (const [localGovernment, own] of groupRows(codings, (coding) => coding.local_government)) {
    const byFramework = groupRows(own, (coding) => coding.framework);
    const score: Record<string, unknown> = { localGovernment, codings: own };
    for (const id of Object.keys(registry)) {
      const framework = registry[id]!;
      const frameworkCodings = byFramework.get(id);
      score[id] =
        frameworkCodings === undefined || !framework.reads.includes("codings")
          ? null
          : framework.score(
              {
                partnership: `${localGovernment} (portfolio)`,
                codings: resolveCodings(frameworkCodings.map(asCoding), { coder }),
                events: [],
              },
              resolveOptions(framework.options, (given as Record<string, never>)[id], dataset),
            );
    }
    scores.set(localGovernment, score as PortfolioScore<R>);
  }
  return scores;
}
