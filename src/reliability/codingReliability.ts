import { alphaBootstrap } from "../agreement/alphaBootstrap.ts";
import { cohenKappa } from "../agreement/cohenKappa.ts";
import { fleissKappa } from "../agreement/fleissKappa.ts";
import { krippendorffAlpha } from "../agreement/krippendorffAlpha.ts";
import type { MeasurementLevel, ReliabilityValue } from "../agreement/measurementLevel.ts";
import { percentAgreement } from "../agreement/percentAgreement.ts";
import { wilsonInterval } from "../statistics/wilsonInterval.ts";
import type { ReliabilityData } from "../agreement/measurementLevel.ts";
import type { Coding } from "../dataset/types.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";

export interface CodingReliabilityOptions {
  /** The frameworks whose scales say each indicator's level of measurement (default: the toolkit's). */
  registry?: Registry;
  /** Bootstrap draws for the interval of each alpha (default 1000; 0 for none). */
  draws?: number;
  /** Seed of the bootstrap (default 1). */
  seed?: number;
  /** Width of the interval (default 0.95). */
  confidence?: number;
}

/** Agreement over one indicator, one framework, or every indicator at one level of measurement. */
export interface AgreementRow {
  scope: "indicator" | "framework" | "overall";
  /** null for the overall rows. */
  framework: string | null;
  /** null for framework and overall rows. */
  indicator: string | null;
  level: MeasurementLevel;
  /** Units (partnership × indicator) with at least two scores: what the figures rest on. */
  units: number;
  /** Coders with a score on at least one of these units. */
  coders: number;
  /** Scores in those units. */
  pairable: number;
  alpha: number | null;
  ci: [number, number] | null;
  percent_agreement: number | null;
  /**
   * The 95% Wilson score interval of percent agreement with two coders: the units they agree on out of the units both
   * scored, a binomial proportion (Wilson 1927). Null with more than two coders, where percent agreement averages the
   * pairs within each unit and is not one proportion of independent trials, and when no unit has two scores.
   */
  percent_agreement_ci: [number, number] | null;
  /** Cohen's kappa, when there are exactly two coders. */
  cohen_kappa: number | null;
  /** Fleiss' kappa, when every unit has the same number of scores. */
  fleiss_kappa: number | null;
  /** Units where one coder said NA (the source is silent) and another gave a score: not in alpha, listed as disagreements. */
  na_disagreements: number;
  /**
   * What alpha says, by Krippendorff's thresholds (2004, p. 241): `reliable` at 0.800 or above, `tentative` from 0.667
   * (tentative conclusions only), `unreliable` below; `too few values` when it rests on fewer than 10 pairable values
   * (the toolkit's rule: an alpha of 0 or a kappa of −1 from one unit means nothing); null when there is no alpha.
   */
  reading: "reliable" | "tentative" | "unreliable" | "too few values" | null;
}

/** Fewest pairable values (scores in units with at least two) for an agreement figure to be read at all. */
export const MIN_PAIRABLE = 10;

/**
 * The Wilson interval of two coders' percent agreement: units agreed on, out of the units both scored. Null with
 * more or fewer coders, or no such unit. For example, agreement on 5 of 6 units gives 0.436–0.970.
 */
function twoCoderAgreementInterval(data: ReliabilityData, coders: number): [number, number] | null {
  if (coders !== 2 || data.length === 0) return null;
  const agreed = data.filter(([first, second]) => first === second).length;
  const { low, high } = wilsonInterval(agreed, data.length);
  return [low, high];
}

/**
 * What an alpha says, by Krippendorff's thresholds, given the pairable values it rests on.
 * For example, an alpha of 0.82 on 40 pairable values reads "reliable".
 */
export function alphaReading(alpha: number | null, pairable: number): AgreementRow["reading"] {
  if (alpha === null) return null;
  if (pairable < MIN_PAIRABLE) return "too few values";
  return alpha >= 0.8 ? "reliable" : alpha >= 0.667 ? "tentative" : "unreliable";
}

/** One coder's judgement in a disagreement, with what it rests on. */
export interface CoderJudgement {
  coder: string;
  score: number | null;
  evidence: string | null;
  evidence_kind: EvidenceKind | null;
  source: string | null;
  locator: string | null;
}

/** A unit the coders scored differently (NA against a score included), to resolve. */
export interface Disagreement {
  partnership: string;
  framework: string;
  indicator: string;
  judgements: CoderJudgement[];
}

export interface CodingReliability {
  coders: string[];
  agreement: AgreementRow[];
  disagreements: Disagreement[];
}

interface Unit {
  partnership: string;
  framework: string;
  indicator: string;
  codings: Map<string, Coding>;
}

/**
 * Agreement between the coders of a set of codings: per indicator, per
 * framework and over all indicators at each level of measurement (ordinal
 * for the 0–2 scales, nominal for present/absent checklists, as each
 * framework's scale says). A unit is one indicator of one partnership. An NA
 * score ("the source is silent") is a missing value for alpha and kappa, as
 * it is not a point on the scale; a unit where one coder said NA and another
 * gave a score is counted in `na_disagreements` and listed among the
 * disagreements. Codings of frameworks not in the registry are left out.
 */
export function codingReliability(
  codings: readonly Coding[],
  options: CodingReliabilityOptions = {},
): CodingReliability {
  const registry: Registry = options.registry ?? frameworks;
  const coders = [...new Set(codings.map((coding) => coding.coder))].sort();
  const units = new Map<string, Unit>();
  for (const coding of codings) {
    if (registry[coding.framework] === undefined) continue;
    const key = `${coding.partnership}\u0000${coding.framework}\u0000${coding.indicator}`;
    let unit = units.get(key);
    if (unit === undefined)
      units.set(
        key,
        (unit = {
          partnership: coding.partnership,
          framework: coding.framework,
          indicator: coding.indicator,
          codings: new Map(),
        }),
      );
    unit.codings.set(coding.coder, coding);
  }
  const row = (
    scope: AgreementRow["scope"],
    framework: string | null,
    indicator: string | null,
    level: MeasurementLevel,
    members: Unit[],
  ): AgreementRow => {
    const data: ReliabilityValue[][] = members.map((unit) =>
      coders.map((coder) => unit.codings.get(coder)?.score ?? null),
    );
    const present = coders.filter((_, column) => data.some((values) => values[column] !== null));
    const pairableData = data.filter((values) => values.filter((value) => value !== null).length >= 2);
    const estimate = krippendorffAlpha(pairableData, { level });
    const draws = options.draws ?? 1000;
    const ci =
      draws > 0
        ? alphaBootstrap(pairableData, { level, draws, seed: options.seed, confidence: options.confidence }, estimate)
            .ci
        : null;
    const twoCoders = coders.length === 2 ? cohenKappa(pairableData).kappa : null;
    const fleiss = fleissKappa(pairableData);
    return {
      scope,
      framework,
      indicator,
      level,
      units: pairableData.length,
      coders: present.length,
      pairable: estimate.pairable,
      alpha: estimate.alpha,
      ci,
      percent_agreement: percentAgreement(pairableData),
      percent_agreement_ci: twoCoderAgreementInterval(pairableData, coders.length),
      cohen_kappa: twoCoders,
      fleiss_kappa: fleiss.notApplicable === undefined ? fleiss.kappa : null,
      na_disagreements: members.filter(hasNaDisagreement).length,
      reading: alphaReading(estimate.alpha, estimate.pairable),
    };
  };
  const agreement: AgreementRow[] = [];
  const byLevel = new Map<MeasurementLevel, Unit[]>();
  for (const [id, framework] of Object.entries(registry)) {
    const level = framework.scale.level;
    const ofFramework = [...units.values()].filter((unit) => unit.framework === id);
    if (ofFramework.length === 0) continue;
    for (const indicator of framework.indicators) {
      const members = ofFramework.filter((unit) => unit.indicator === indicator.id);
      if (members.length > 0) agreement.push(row("indicator", id, indicator.id, level, members));
    }
    agreement.push(row("framework", id, null, level, ofFramework));
    byLevel.set(level, [...(byLevel.get(level) ?? []), ...ofFramework]);
  }
  for (const [level, members] of byLevel) agreement.push(row("overall", null, null, level, members));

  const disagreements: Disagreement[] = [];
  for (const unit of units.values()) {
    const scores = new Set([...unit.codings.values()].map((coding) => coding.score));
    if (scores.size < 2) continue;
    disagreements.push({
      partnership: unit.partnership,
      framework: unit.framework,
      indicator: unit.indicator,
      judgements: coders
        .filter((coder) => unit.codings.has(coder))
        .map((coder) => {
          const coding = unit.codings.get(coder)!;
          return {
            coder,
            score: coding.score,
            evidence: coding.evidence,
            evidence_kind: coding.evidence_kind,
            source: coding.source,
            locator: coding.locator,
          };
        }),
    });
  }
  return { coders, agreement, disagreements };
}

function hasNaDisagreement(unit: Unit): boolean {
  const scores = [...unit.codings.values()].map((coding) => coding.score);
  return scores.includes(null) && scores.some((score) => score !== null);
}
