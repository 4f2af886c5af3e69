import type { DatasetReading } from "../../src/dataset/readDataset.ts";
import type { PartnershipScore } from "../../src/score/scoreDataset.ts";
import { frameworks } from "../../src/frameworks/registry.ts";
import { sortEvents } from "../../src/dataset/partialDate.ts";
import { indicatorMatrix } from "../../src/charts/indicatorMatrix.ts";
import { matrixChart } from "../../src/charts/matrixChart.ts";
import { timelineChart, timelineData, timelineEnd } from "../../src/charts/timeline.ts";
import { element } from "./dom.ts";
import { TEXTS, word, type Language } from "./i18n.ts";

const CASE_TEXTS = {
  id: {
    notFound: "Kerja sama tidak ditemukan:",
    summary: "Ringkasan",
    profile: "Profil lapis dan elemen",
    timeline: "Tahapan dan peristiwa",
    actions: "Rencana aksi: direncanakan dan terlaksana",
    checklists: "Tantangan dan motif",
    evidence: "Bukti setiap skor",
    columns: { date: "Tanggal", stage: "Tahap", description: "Uraian", status: "Status", source: "Sumber", framework: "Kerangka", indicator: "Indikator", score: "Skor", evidence: "Kutipan", note: "Catatan", field: "Bidang" },
    index: "Indeks keberhasilan",
    reached: "Tahap tercapai",
    stalled: "macet",
    implementation: (realised: number, planned: number) => `${realised} dari ${planned} rencana terlaksana`,
    none: "tidak ada",
    back: "← Semua kerja sama",
  },
  en: {
    notFound: "Partnership not found:",
    summary: "Summary",
    profile: "Layer and element profile",
    timeline: "Stages and events",
    actions: "Action plans: planned and realised",
    checklists: "Challenges and motives",
    evidence: "Evidence for every score",
    columns: { date: "Date", stage: "Stage", description: "Description", status: "Status", source: "Source", framework: "Framework", indicator: "Indicator", score: "Score", evidence: "Quote", note: "Note", field: "Field" },
    index: "Success index",
    reached: "Stage reached",
    stalled: "stalled",
    implementation: (realised: number, planned: number) => `${realised} of ${planned} plans realised`,
    none: "none",
    back: "← All partnerships",
  },
} as const;

function table(headers: string[], rows: Array<Array<string | Node>>, className = ""): HTMLElement {
  return element("div", { className: "table-wrap" }, [
    element("table", { className }, [
      element("thead", {}, [element("tr", {}, headers.map((header) => element("th", { text: header, attributes: { scope: "col" } })))]),
      element("tbody", {}, rows.map((cells) => element("tr", {}, cells.map((cell) => (typeof cell === "string" ? element("td", { text: cell }) : element("td", {}, [cell])))))),
    ]),
  ]);
}

/** One partnership: its profile, stages, action plans, checklists and the evidence for every score, all as text. */
export function casePage(id: string, reading: DatasetReading, scores: PartnershipScore[], language: Language): HTMLElement {
  const texts = CASE_TEXTS[language];
  const score = scores.find((candidate) => candidate.id === id);
  if (score === undefined) return element("p", { className: "error", text: `${texts.notFound} ${id}` });
  const partnership = score.partnership;
  const layerFramework = frameworks["three-layers"];
  const layerSummary = layerFramework.groups.map((group) => `${group.name[language]}: ${word(language, score["three-layers"].layers[group.id as "economic"].status)}`).join(" · ");
  const events = sortEvents(reading.dataset.events.filter((event) => event.partnership === id));
  const activities = events.filter((event) => event.stage === "activity");
  const codings = reading.dataset.codings.filter((coding) => coding.partnership === id);
  const checklist = (frameworkId: "challenges" | "motives") => {
    const framework = frameworks[frameworkId];
    const present = score[frameworkId].present.map((item) => framework.indicators.find((indicator) => indicator.id === item)!.name[language]);
    return element("p", {}, [element("strong", { text: `${framework.name[language]}: ` }), element("span", { text: present.length ? present.join(", ") : texts.none })]);
  };
  const title = `${partnership.local_government} – ${partnership.partner}`;
  const timeline = timelineData([partnership], events, { until: timelineEnd(reading.dataset.events) });
  return element("article", { className: "case-page", attributes: { "data-case": id } }, [
    element("a", { text: texts.back, attributes: { href: language === "en" ? "?lang=en" : "./" }, className: "back" }),
    element("h2", { text: title }),
    element("p", { className: "meta", text: `${TEXTS[language].kinds[partnership.kind] ?? partnership.kind} · ${partnership.partner_country_name} · ${word(language, partnership.status)}${partnership.first_contact_year ? ` · ${partnership.first_contact_year}` : ""}` }),
    partnership.notes ? element("p", { text: partnership.notes }) : element("span"),
    element("h3", { text: texts.summary }),
    element("ul", { className: "summary" }, [
      element("li", { text: layerSummary }),
      element("li", { text: `${texts.index}: ${score.ringrose.index === null ? "NA" : score.ringrose.index.toFixed(2)} (${Math.round(score.ringrose.assessed * 5)}/5)` }),
      element("li", { text: `${texts.reached}: ${word(language, score.stage.reached, "NA")}${score.stage.stalled ? ` (${texts.stalled})` : ""}` }),
      element("li", { text: texts.implementation(score.implementation.realised, score.implementation.planned) }),
    ]),
    element("h3", { text: texts.profile }),
    element("figure", { className: "chart" }, [matrixChart(indicatorMatrix([score], { language }), { width: 960, labels: { [id]: title }, ariaLabel: `${texts.profile}: ${title}` })]),
    element("h3", { text: texts.timeline }),
    ...(timeline.rows.length > 0 ? [element("figure", { className: "chart" }, [timelineChart(timeline, { width: 960, ariaLabel: `${texts.timeline}: ${title}`, statusLabels: TEXTS[language].statuses })])] : []),
    table([texts.columns.date, texts.columns.stage, texts.columns.description, texts.columns.status, texts.columns.source], events.map((event) => [event.date ?? "—", word(language, event.stage), event.description, TEXTS[language].statuses[event.status] ?? event.status, `${event.source}, ${event.locator}`]), "events"),
    element("h3", { text: texts.actions }),
    table([texts.columns.field, texts.columns.description, texts.columns.status, texts.columns.note], activities.map((event) => [event.field ?? "—", event.description, TEXTS[language].statuses[event.status] ?? event.status, event.note ?? ""]), "actions"),
    element("h3", { text: texts.checklists }),
    checklist("challenges"),
    checklist("motives"),
    element("h3", { text: texts.evidence }),
    table(
      [texts.columns.framework, texts.columns.indicator, texts.columns.score, texts.columns.evidence, texts.columns.source, texts.columns.note],
      codings.map((coding) => [coding.framework, coding.indicator, coding.score === null ? "NA" : String(coding.score), coding.evidence ? element("q", { text: coding.evidence }) : "—", `${coding.source ?? "—"}${coding.locator ? `, ${coding.locator}` : ""}`, coding.note ?? ""]),
      "evidence",
    ),
  ]);
}
