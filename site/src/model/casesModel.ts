import type { Language } from "../../../src/language.ts";
import { countryName } from "../../../src/dataset/countryName.ts";
import { isCoded, type PartnershipScore } from "../../../src/score/scoreDataset.ts";
import { LAYER_ORDER } from "../../../src/frameworks/threeLayers.ts";
import type { CasesView, SortKey } from "./state.ts";

/** One row of the cases index, with the values it is sorted and filtered by. */
interface CaseRow {
  id: string;
  localGovernment: string;
  partner: string;
  country: string;
  kind: string;
  stage: string | null;
  stageIndex: number | null;
  status: string | null;
  highest: string | null;
  highestIndex: number | null;
  index: number | null;
  /** How many of the five elements the index rests on. */
  indexCoverage: number;
  /** Whether the index rests on enough elements to be sorted by (the Ringrose minimum coverage). */
  indexRankable: boolean;
  coded: boolean;
}

/** The rows of the cases table, country names in the page's language. */
export function caseRows(scores: PartnershipScore[], language: Language = "en"): CaseRow[] {
  return scores.map((score) => ({
    id: score.id,
    localGovernment: score.partnership.local_government,
    partner: score.partnership.partner,
    country: countryName(score.partnership.partner_country_name, language, score.partnership.partner_country_code),
    kind: score.partnership.kind,
    stage: score.stage.reached,
    stageIndex: score.stage.reachedIndex,
    status: score.partnership.status,
    highest: score["three-layers"].highest,
    indexCoverage: score.ringrose.assessedCount,
    indexRankable: score.ringrose.rankable,
    highestIndex: score["three-layers"].highest === null ? null : LAYER_ORDER.indexOf(score["three-layers"].highest),
    index: score.ringrose.index,
    coded: isCoded(score),
  }));
}

const SORT_VALUE: Record<SortKey, (row: CaseRow) => string | number | null> = {
  localGovernment: (row) => row.localGovernment,
  partner: (row) => row.partner,
  country: (row) => row.country,
  kind: (row) => row.kind,
  stage: (row) => row.stageIndex,
  status: (row) => row.status,
  highest: (row) => row.highestIndex,
  // An index on too few elements is not sorted by: it goes last, with NA, and the page says so.
  index: (row) => (row.indexRankable ? row.index : null),
};

/**
 * Filters and sorts the cases. Missing values (NA) always sort last, in
 * either direction, so they never pass for the lowest score.
 */
export function applyView(rows: CaseRow[], view: CasesView): CaseRow[] {
  const words = view.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const value = SORT_VALUE[view.sort];
  return rows
    .filter((row) => (!view.codedOnly || row.coded) && (view.kind === null || row.kind === view.kind))
    .filter((row) =>
      words.every((word) => `${row.localGovernment} ${row.partner} ${row.country}`.toLocaleLowerCase().includes(word)),
    )
    .map((row, position) => ({ row, position }))
    .sort((a, b) => {
      const left = value(a.row);
      const right = value(b.row);
      if (left === null || right === null) return left === right ? a.position - b.position : left === null ? 1 : -1;
      const order =
        typeof left === "number" && typeof right === "number"
          ? left - right
          : String(left).localeCompare(String(right));
      return (view.descending ? -order : order) || a.position - b.position;
    })
    .map(({ row }) => row);
}
