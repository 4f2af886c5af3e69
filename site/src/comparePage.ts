import * as Plot from "@observablehq/plot";
import type { PartnershipScore } from "../../src/score/scoreDataset.ts";
import { indicatorMatrix, type MatrixCell } from "../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../src/charts/matrixChart.ts";
import { elementDots, elementsDotPlot } from "../../src/charts/elementsDotPlot.ts";
import { timelineChart, timelineData, timelineEnd } from "../../src/charts/timeline.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import type { PartnershipEvent } from "../../src/dataset/types.ts";
import { chartFigure } from "./chartFigure.ts";
import { element } from "./dom.ts";
import { TEXTS, type Language } from "./i18n.ts";

const COMPARE = {
  id: { heading: "Bandingkan kerja sama", pick: "Pilih kerja sama yang dikode:", matrix: "Skor per indikator", matrixSummary: (count: number) => `Tabel kasus × indikator untuk ${count} kerja sama; abu-abu berarti NA (sumber tidak membahas).`, index: "Indeks keberhasilan (Ringrose)", indexSummary: "Indeks keberhasilan dari elemen yang dinilai, diurutkan.", elements: "Lima elemen berdampingan", score: "skor", elementsSummary: "Skor tiap elemen per kerja sama; elemen NA tidak digambar.", stages: "Tahapan pada sumbu waktu bersama", stagesSummary: "Peristiwa bertanggal dari kerja sama yang dipilih.", evidence: "Klik sel untuk melihat buktinya.", none: "Pilih sedikitnya satu kerja sama." },
  en: { heading: "Compare partnerships", pick: "Pick coded partnerships:", matrix: "Scores per indicator", matrixSummary: (count: number) => `Case × indicator table for ${count} partnerships; grey means NA (the source is silent).`, index: "Success index (Ringrose)", indexSummary: "Success index over the assessed elements, ranked.", elements: "The five elements side by side", score: "score", elementsSummary: "Each element's score per partnership; NA elements are not drawn.", stages: "Stages on a shared time axis", stagesSummary: "Dated events of the selected partnerships.", evidence: "Click a cell to see its evidence.", none: "Pick at least one partnership." },
} as const;

/** Partnerships with at least one coding: the ones worth comparing. */
export function codedPartnerships(scores: PartnershipScore[]): PartnershipScore[] {
  return scores.filter((score) => score.ringrose.assessed > 0 || Object.values(score["three-layers"].layers).some((layer) => layer.assessed > 0));
}

/** The compare page: pick cases (kept in the URL as ?cases=a,b), see their scores side by side and the evidence of any cell. */
export function comparePage(scores: PartnershipScore[], events: PartnershipEvent[], selected: string[], language: Language, width: number, onChange: (cases: string[]) => void): HTMLElement {
  const texts = COMPARE[language];
  const coded = codedPartnerships(scores);
  const picked = coded.filter((score) => selected.includes(score.id));
  const labels = Object.fromEntries(scores.map((score) => [score.id, `${score.partnership.local_government} – ${score.partnership.partner}`]));
  const picker = element(
    "fieldset",
    { className: "case-picker" },
    [element("legend", { text: texts.pick }), ...coded.map((score) => {
      const box = element("input", { attributes: { type: "checkbox", value: score.id, name: "case" } });
      box.checked = selected.includes(score.id);
      box.addEventListener("change", () => onChange([...picker.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => input.value)));
      return element("label", {}, [box, element("span", { text: ` ${labels[score.id]}` })]);
    })],
  );
  const evidence = element("div", { className: "cell-evidence", attributes: { "aria-live": "polite" } }, [element("p", { text: texts.evidence })]);
  if (picked.length === 0) return element("article", { className: "compare-page" }, [element("h2", { text: texts.heading }), picker, element("p", { text: texts.none })]);
  const cells = indicatorMatrix(picked, { language });
  const matrix = matrixChart(cells, { width, labels, ariaLabel: texts.matrix });
  // Click a cell: its evidence, as text.
  // Click a cell, or focus it with Tab and press Enter: its evidence, as text.
  matrix.querySelectorAll("g[aria-label='cell'] rect").forEach((rect, index) => {
    const cell = cells[index]!;
    const show = () =>
      evidence.replaceChildren(
        element("p", {}, [element("strong", { text: `${labels[cell.partnership]} · ${cell.indicatorName}: ${cell.scoreLabel}` })]),
        cell.evidence ? element("blockquote", { text: cell.evidence }) : element("p", { text: "NA" }),
        element("p", { className: "citation", text: `${cell.source ?? "—"}${cell.locator ? `, ${cell.locator}` : ""}` }),
      );
    rect.setAttribute("tabindex", "0");
    rect.setAttribute("role", "button");
    rect.setAttribute("aria-label", `${labels[cell.partnership]} · ${cell.indicatorName}: ${cell.scoreLabel}`);
    rect.addEventListener("click", show);
    rect.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key === "Enter" || (event as KeyboardEvent).key === " ") {
        event.preventDefault();
        show();
      }
    });
  });
  const dots = elementDots(picked, { language });
  const pickedIds = new Set(picked.map((score) => score.id));
  const stages = timelineData(picked.map((score) => score.partnership), events.filter((event) => pickedIds.has(event.partnership)), { until: timelineEnd(events) });
  const ranked = picked.filter((score) => score.ringrose.index !== null).map((score) => ({ id: score.id, label: labels[score.id]!, index: score.ringrose.index!, assessed: score.ringrose.assessed }));
  const indexChart = Plot.plot({
    width,
    height: 40 + ranked.length * 28,
    marginLeft: 210,
    ariaLabel: texts.index,
    x: { domain: [0, 1], grid: true, label: texts.index },
    y: { label: null, domain: ranked.sort((a, b) => b.index - a.index).map((entry) => entry.label) },
    marks: [Plot.barX(ranked, { x: "index", y: "label", fill: "#0072B2", title: (entry: (typeof ranked)[number]) => `${entry.label}: ${entry.index.toFixed(2)} (${Math.round(entry.assessed * 5)}/5)` }), Plot.ruleX([0])],
  });
  return element("article", { className: "compare-page" }, [
    element("h2", { text: texts.heading }),
    picker,
    chartFigure(matrix, { name: "compare-matrix", title: texts.matrix, summary: texts.matrixSummary(picked.length), language, data: { header: ["partnership", "framework", "indicator", "score", "evidence", "source", "locator"], rows: cells.map((cell: MatrixCell) => [cell.partnership, cell.framework, cell.indicator, cell.score, cell.evidence, cell.source, cell.locator]) } }),
    evidence,
    chartFigure(indexChart, { name: "compare-index", title: texts.index, summary: texts.indexSummary, language, data: { header: ["partnership", "index", "assessed"], rows: ranked.map((entry) => [entry.id, entry.index, entry.assessed]) } }),
    chartFigure(elementsDotPlot(dots, { width, labels, elementNames: frameworks.ringrose.indicators.map((indicator) => indicator.name[language]), ariaLabel: texts.elements, axisLabel: texts.score }), { name: "compare-elements", title: texts.elements, summary: texts.elementsSummary, language, data: { header: ["partnership", "element", "score", "evidence"], rows: dots.map((dot) => [dot.partnership, dot.element, dot.score, dot.evidence]) } }),
    chartFigure(timelineChart(stages, { width, ariaLabel: texts.stages, statusLabels: TEXTS[language].statuses }), { name: "compare-stages", title: texts.stages, summary: texts.stagesSummary, language, data: { header: ["partnership", "year", "stage", "status", "description", "source"], rows: stages.events.map((event) => [event.partnership, event.year, event.stage, event.status, event.description, event.source]) } }),
  ]);
}
