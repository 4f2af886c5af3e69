import { SCORE_WORDS } from "../../../src/charts/scoreColors.ts";
import { citeSource } from "../../../src/dataset/sourceLabel.ts";
import { rankIntervalChart } from "../../../src/charts/rankIntervalChart.ts";
import { successIndexIntervals } from "../workers/successIndexIntervals.ts";
import { compareModel } from "../model/compareModel.ts";
import { OWN_MARK } from "../model/i18n.ts";
import type { PartnershipScore } from "../../../src/score/scoreDataset.ts";
import { indicatorMatrix, type MatrixCell } from "../../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../../src/charts/matrixChart.ts";
import { matrixTable } from "../../../src/charts/matrixTable.ts";
import { elementDots, elementsDotPlot } from "../../../src/charts/elementsDotPlot.ts";
import { elementLabels } from "../../../src/charts/elementLabel.ts";
import { indexBars } from "../../../src/charts/indexBars.ts";
import { timelineChart, timelineData, timelineEnd, timelineTable } from "../../../src/charts/timeline.ts";
import { vocabularyLabel, vocabularyLabels, type Language } from "../../../src/language.ts";
import { evidenceKinds, eventStatuses } from "../../../src/dataset/vocabularies.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { heatmapKeys } from "../components/heatmapKeys.ts";
import { crossCaseSection } from "../components/crossCaseSection.ts";
import type { Navigate, SiteState } from "../model/state.ts";
import type { Source } from "../../../src/dataset/types.ts";

const COMPARE = {
  id: {
    heading: "Bandingkan kerja sama",
    robustness: "Seberapa kokoh peringkat skor syarat?",
    robustnessSummary: (draws: number) =>
      `Peringkat setiap kerja sama dalam ${draws} undian Monte Carlo (OECD/JRC 2008): bobot acak, rerata aritmetika atau geometrik, NA ditinggalkan atau dihitung 0. Garis: persentil ke-5 sampai ke-95; titik: median; garis tegak hitam: peringkat terbitan (bobot sama). Kerja sama yang dipilih berwarna jingga.`,
    robustnessAxis: "Peringkat (1 = skor syarat tertinggi)",
    computing: "Menghitung di latar…",
    pick: "Pilih kerja sama yang dikode:",
    matrix: "Skor per indikator",
    matrixSummary: (count: number) =>
      `Tabel kasus × indikator untuk ${count} kerja sama; abu-abu berarti NA (sumber tidak membahas).`,
    index: "Skor syarat (Ringrose)",
    indexSummary: (left: number) =>
      `Skor syarat dari syarat yang dinilai (komitmen, partisipasi masyarakat, pemahaman bersama, timbal balik), diurutkan; hanya skor dari sedikitnya 3 dari 4 syarat. Hasil nyata adalah hasil, bukan syarat, dan tidak termasuk.${left > 0 ? ` ${left} kasus tidak ditampilkan: skornya dari kurang dari 3 syarat.` : ""}`,
    elements: "Lima elemen berdampingan",
    score: "skor",
    elementsSummary: "Skor tiap elemen per kerja sama; elemen NA tidak digambar.",
    stages: "Tahapan pada sumbu waktu bersama",
    stagesSummary: (left: number) =>
      `Peristiwa bertanggal dari kerja sama yang dipilih.${left > 0 ? ` ${left} kasus tidak ditampilkan: tidak ada peristiwa bertanggal.` : ""}`,
    evidence: "Klik sel untuk melihat buktinya.",
    none: "Pilih sedikitnya satu kerja sama.",
  },
  en: {
    robustness: "How robust is the conditions score's ranking?",
    robustnessSummary: (draws: number) =>
      `Each partnership's rank over ${draws} Monte Carlo draws (OECD/JRC 2008): random weights, arithmetic or geometric mean, NA left out or counted as 0. Line: 5th to 95th percentile; dot: median; black tick: the published rank (equal weights). Picked partnerships in orange.`,
    robustnessAxis: "Rank (1 = highest conditions score)",
    computing: "Computing in the background…",
    heading: "Compare partnerships",
    pick: "Pick coded partnerships:",
    matrix: "Scores per indicator",
    matrixSummary: (count: number) =>
      `Case × indicator table for ${count} partnerships; grey means NA (the source is silent).`,
    index: "Conditions score (Ringrose)",
    indexSummary: (left: number) =>
      `Conditions score over the assessed conditions (commitment, community participation, mutual understanding, reciprocity), ranked; only a score on at least 3 of 4 conditions. Tangible results is an outcome, not a condition, and is not in it.${left > 0 ? ` ${left} cases not shown: their score rests on fewer than 3 conditions.` : ""}`,
    elements: "The five elements side by side",
    score: "score",
    elementsSummary: "Each element's score per partnership; NA elements are not drawn.",
    stages: "Stages on a shared time axis",
    stagesSummary: (left: number) =>
      `Dated events of the selected partnerships.${left > 0 ? ` ${left} ${left === 1 ? "case" : "cases"} not shown: no dated events.` : ""}`,
    evidence: "Click a cell to see its evidence.",
    none: "Pick at least one partnership.",
  },
} as const;

const SENSITIVITY_DRAWS = 10_000;

/** The rank intervals of the conditions score, computed once per set of scores in a Web Worker, the picked partnerships highlighted. */
function robustnessSection(
  scores: PartnershipScore[],
  labels: Record<string, string>,
  state: SiteState,
  width: number,
): HTMLElement {
  const { language } = state;
  const texts = COMPARE[language];
  const section = element("div", { className: "robustness", attributes: { "aria-busy": "true" } }, [
    element("h3", { text: texts.robustness }),
    element("p", { className: "note", text: texts.computing }),
  ]);
  void successIndexIntervals(scores, SENSITIVITY_DRAWS).then((response) => {
    if (response.type !== "sensitivity") {
      section.replaceChildren(
        element("p", { className: "error", text: response.type === "error" ? response.message : "" }),
      );
      return;
    }
    const rows = response.result.partnerships.map((entry) => ({ ...entry, label: labels[entry.id] ?? entry.id }));
    section.removeAttribute("aria-busy");
    section.replaceChildren(
      chartFigure(
        rankIntervalChart(rows, {
          width,
          ariaLabel: texts.robustness,
          axisLabel: texts.robustnessAxis,
          highlight: new Set(state.compare),
        }),
        {
          name: "compare-rank-intervals",
          title: texts.robustness,
          summary: texts.robustnessSummary(SENSITIVITY_DRAWS),
          language,
          data: {
            header: ["partnership", "published_rank", "median_rank", "p05", "p95"],
            rows: rows.map((row) => [row.id, row.baseline, row.median, row.p05, row.p95]),
          },
        },
      ),
    );
  });
  return section;
}

/** A checkbox per coded partnership; ticking one changes the selection in the URL. */
function casePicker(
  coded: PartnershipScore[],
  labels: Record<string, string>,
  state: SiteState,
  navigate: Navigate,
): HTMLElement {
  return element("fieldset", { className: "case-picker" }, [
    element("legend", { text: COMPARE[state.language].pick }),
    ...coded.map((score) => {
      const box = element("input", { attributes: { type: "checkbox", value: score.id, name: "case" } });
      box.checked = state.compare.includes(score.id);
      box.addEventListener("change", () =>
        navigate(
          {
            ...state,
            compare: box.checked ? [...state.compare, score.id] : state.compare.filter((id) => id !== score.id),
          },
          { replace: true },
        ),
      );
      return element("label", {}, [box, element("span", { text: ` ${labels[score.id]}` })]);
    }),
  ]);
}

/** The evidence of one heatmap cell, as text: the score, the quotation (or NA), its kind and its citation. */
function cellEvidence(cell: MatrixCell, labels: Record<string, string>, sources: Source[], language: Language): Node[] {
  return [
    element("p", {}, [
      element("strong", { text: `${labels[cell.partnership]} · ${cell.indicatorName}: ${cell.scoreLabel}` }),
    ]),
    cell.evidence ? element("blockquote", { text: cell.evidence }) : element("p", { text: "NA" }),
    ...(cell.evidenceKind === null
      ? []
      : [
          element("p", {
            className: "evidence-kind",
            text: vocabularyLabel(evidenceKinds, cell.evidenceKind, language),
          }),
        ]),
    element("p", {
      className: "citation",
      text: `${citeSource(sources, cell.source, language)}${cell.locator ? `, ${cell.locator}` : ""}`,
    }),
  ];
}

/** The compare page: pick cases (kept in the URL as ?cases=a,b), see their scores side by side and the evidence of any cell. */
export const comparePage: PageView = (state, { scores, reading, own }, { width, navigate }) => {
  const { language } = state;
  const texts = COMPARE[language];
  const events = reading.dataset.events;
  const { coded, picked, labels, ranked, unranked } = compareModel(scores, state.compare, own, OWN_MARK[language]);
  const picker = casePicker(coded, labels, state, navigate);
  if (picked.length === 0)
    return element("article", { className: "compare-page" }, [
      element("h2", { text: texts.heading }),
      picker,
      element("p", { text: texts.none }),
    ]);
  const evidence = element("div", { className: "cell-evidence", attributes: { "aria-live": "polite" } }, [
    element("p", { text: texts.evidence }),
  ]);
  const cells = indicatorMatrix(picked, { language });
  const matrix = matrixChart(cells, { width, labels, ariaLabel: texts.matrix, legendLabels: SCORE_WORDS[language] });
  heatmapKeys(matrix, {
    cells,
    labels,
    onSelect: (cell) => evidence.replaceChildren(...cellEvidence(cell, labels, reading.dataset.sources, language)),
  });
  const dots = elementDots(picked, { language });
  const pickedIds = new Set(picked.map((score) => score.id));
  const stages = timelineData(
    picked.map((score) => score.partnership),
    events.filter((event) => pickedIds.has(event.partnership)),
    { until: timelineEnd(events), language },
  );
  const statusLabels = vocabularyLabels(eventStatuses, language);
  return element("article", { className: "compare-page" }, [
    element("h2", { text: texts.heading }),
    picker,
    chartFigure(matrix, {
      name: "compare-matrix",
      title: texts.matrix,
      summary: texts.matrixSummary(picked.length),
      language,
      data: matrixTable(cells, reading.dataset.sources),
    }),
    evidence,
    chartFigure(indexBars(ranked, { width, ariaLabel: texts.index }), {
      name: "compare-index",
      title: texts.index,
      summary: texts.indexSummary(unranked.length),
      language,
      data: {
        header: ["partnership", "index", "elements_assessed"],
        rows: ranked.map((entry) => [entry.id, entry.index, entry.assessedCount]),
      },
    }),
    robustnessSection(scores, labels, state, width),
    crossCaseSection(reading.dataset, scores, language, width),
    chartFigure(
      elementsDotPlot(dots, {
        width,
        labels,
        elementNames: elementLabels(language),
        ariaLabel: texts.elements,
        axisLabel: texts.score,
      }),
      {
        name: "compare-elements",
        title: texts.elements,
        summary: texts.elementsSummary,
        language,
        data: {
          header: ["partnership", "element", "score", "evidence"],
          rows: dots.map((dot) => [dot.partnership, dot.element, dot.score, dot.evidence]),
        },
      },
    ),
    chartFigure(timelineChart(stages, { width, ariaLabel: texts.stages, statusLabels }), {
      name: "compare-stages",
      title: texts.stages,
      summary: texts.stagesSummary(picked.length - new Set(stages.rows.map((row) => row.partnership)).size),
      language,
      data: timelineTable(stages),
    }),
  ]);
};
