import { layers } from "../frameworks/threeLayers.ts";
import type { PartnershipScore } from "../score/scoreDataset.ts";
import { frameworks } from "../frameworks/registry.ts";
import type { Language } from "../language.ts";
import type { IndicatorScore } from "../frameworks/types.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
import { scoreLabel } from "./scoreColors.ts";

/** One cell of a partnership × indicator table: the case × condition table of comparative research. */
export interface MatrixCell {
  partnership: string;
  framework: "three-layers" | "ringrose";
  indicator: string;
  indicatorName: string;
  group: string;
  /** The group's name in the chosen language: a layer of Lecours, or the Ringrose elements. */
  groupLabel: string;
  score: number | null;
  scoreLabel: string;
  evidence: string | null;
  /** What kind of statement the evidence is (finding, argument, secondary, inference). */
  evidenceKind: EvidenceKind | null;
  source: string | null;
  locator: string | null;
}

/**
 * The cells of the partnership × indicator matrix for the three layers and
 * the five elements, with the evidence behind each. Pure: charts, tables and
 * tests read the same cells.
 */
export function indicatorMatrix(scores: PartnershipScore[], { language = "en" as Language } = {}): MatrixCell[] {
  const cell = (
    partnership: string,
    framework: MatrixCell["framework"],
    group: string,
    entry: IndicatorScore,
  ): MatrixCell => ({
    partnership,
    framework,
    indicator: entry.indicator,
    indicatorName: frameworks[framework].indicators.find((candidate) => candidate.id === entry.indicator)!.name[
      language
    ],
    group,
    groupLabel:
      framework === "three-layers"
        ? (layers.labels[group as keyof typeof layers.labels]?.[language] ?? group)
        : frameworks[framework].name[language],
    score: entry.score,
    scoreLabel: scoreLabel(entry.score),
    evidence: entry.coding?.evidence ?? null,
    evidenceKind: entry.coding?.evidence_kind ?? null,
    source: entry.coding?.source ?? null,
    locator: entry.coding?.locator ?? null,
  });
  return scores.flatMap((score) => [
    ...Object.entries(score["three-layers"].layers).flatMap(([layer, result]) =>
      result.indicators.map((entry) => cell(score.id, "three-layers", layer, entry)),
    ),
    ...Object.values(score.ringrose.elements).map((entry) => cell(score.id, "ringrose", "ringrose", entry)),
  ]);
}
