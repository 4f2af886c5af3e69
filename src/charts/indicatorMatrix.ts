import type { PartnershipScore } from "../score/scoreDataset.ts";
import { frameworks } from "../frameworks/registry.ts";
import type { Language } from "../language.ts";
import type { EvidenceKind } from "../dataset/vocabularies.ts";
import { scoreLabel } from "./scoreColors.ts";

/** One cell of a partnership × indicator table: the case × condition table of comparative research. */
export interface MatrixCell {
  partnership: string;
  framework: "three-layers" | "ringrose";
  indicator: string;
  indicatorName: string;
  group: string;
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
  const cells: MatrixCell[] = [];
  for (const score of scores) {
    for (const [layer, result] of Object.entries(score["three-layers"].layers))
      for (const entry of result.indicators) {
        const indicator = frameworks["three-layers"].indicators.find((candidate) => candidate.id === entry.indicator)!;
        cells.push({
          partnership: score.id,
          framework: "three-layers",
          indicator: entry.indicator,
          indicatorName: indicator.name[language],
          group: layer,
          score: entry.score,
          scoreLabel: scoreLabel(entry.score),
          evidence: entry.coding?.evidence ?? null,
          evidenceKind: entry.coding?.evidence_kind ?? null,
          source: entry.coding?.source ?? null,
          locator: entry.coding?.locator ?? null,
        });
      }
    for (const [element, entry] of Object.entries(score.ringrose.elements)) {
      const indicator = frameworks.ringrose.indicators.find((candidate) => candidate.id === element)!;
      cells.push({
        partnership: score.id,
        framework: "ringrose",
        indicator: element,
        indicatorName: indicator.name[language],
        group: "ringrose",
        score: entry.score,
        scoreLabel: scoreLabel(entry.score),
        evidence: entry.coding?.evidence ?? null,
        evidenceKind: entry.coding?.evidence_kind ?? null,
        source: entry.coding?.source ?? null,
        locator: entry.coding?.locator ?? null,
      });
    }
  }
  return cells;
}
