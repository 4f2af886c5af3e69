import { formatDecimal } from "../../../src/formatDecimal.ts";
import { citeSource } from "../../../src/dataset/sourceLabel.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { restsOnlyOnArguments } from "../../../src/score/toPublicJson.ts";
import { sortEvents } from "../../../src/dataset/partialDate.ts";
import {
  eventFields,
  evidenceKinds,
  eventStages,
  eventStatuses,
  partnershipKinds,
  partnershipStatuses,
} from "../../../src/dataset/vocabularies.ts";
import { vocabularyLabel } from "../../../src/language.ts";
import { countryName } from "../../../src/dataset/countryName.ts";
import { textIn } from "../../../src/dataset/textIn.ts";
import { citeSourcesInText } from "../../../src/dataset/citeSourcesInText.ts";
import { element, dataTable } from "../../../web/dom.ts";
import { CONDITION_ORDER } from "../../../src/frameworks/ringroseConditions.ts";
import { stateLink, type PageView } from "./page.ts";
import { lazyCharts } from "./lazyCharts.ts";

const charts = lazyCharts(() => import("./caseCharts.ts"));

export const CASE_TEXTS = {
  id: {
    notFound: "Kerja sama tidak ditemukan:",
    summary: "Ringkasan",
    profile: "Profil lapis dan elemen",
    timeline: "Tahapan dan peristiwa",
    actions: "Rencana aksi: direncanakan dan terlaksana",

    evidence: "Bukti setiap skor",
    argued: "hanya bertumpu pada argumen sumber atau inferensi pengode, bukan temuan",
    portfolio: (name: string) => `Pernyataan sumber tentang seluruh kerja sama ${name} (bukan khusus kerja sama ini)`,
    columns: {
      date: "Tanggal",
      stage: "Tahap",
      description: "Uraian",
      status: "Status",
      source: "Sumber",
      framework: "Kerangka",
      indicator: "Indikator",
      score: "Skor",
      evidence: "Kutipan",
      kind: "Jenis bukti",
      note: "Catatan",
      field: "Bidang",
    },
    back: "← Semua kerja sama",
    noActions: "Sumber tidak mencatat rencana aksi untuk kerja sama ini.",
    profileSummary:
      "Skor setiap indikator: 0 tidak ada, 1 direncanakan atau di atas kertas, 2 terlaksana, NA sumber tidak membahas.",
    timelineSummary: "Tahapan dan peristiwa bertanggal kerja sama ini, berwarna menurut statusnya.",
    uncoded: (source: string | null) =>
      `Kerja sama ini belum dikode.${source === null ? "" : ` Yang diketahui hanya bahwa kerja sama ini disebut dalam ${source}.`} Belum ada skor, tahapan, peristiwa, atau kutipan yang dikode untuknya, jadi tidak ada yang ditampilkan di sini. Tidak adanya skor bukan bukti bahwa kerja sama ini tidak berjalan.`,
    eventsOnly: (source: string | null) =>
      `Belum ada indikator yang dikode untuk kerja sama ini (tidak ada skor dengan kutipan): yang tercatat hanya tahapan dan peristiwanya di bawah, dan tahap yang dicapai dibaca dari situ.${source === null ? "" : ` Kerja sama ini disebut dalam ${source}.`}`,
    index: (scores: number[], index: number) =>
      `Cara menghitung skor syarat (Ringrose): empat syarat (komitmen, partisipasi masyarakat, pemahaman bersama, timbal balik) masing-masing diberi skor 0 (tidak terpenuhi), 1 (terpenuhi sebagian) atau 2 (terpenuhi); syarat NA (sumber tidak membahas) tidak dihitung, bukan dianggap 0. Skornya rata-rata skor syarat yang dinilai dibagi 2, dari 0 sampai 1, dengan bobot sama: (${scores.join(" + ")}) ÷ (2 × ${scores.length}) = ${formatDecimal(index, 2, "id")}. Hasil nyata, elemen kelima, adalah hasil, bukan syarat: dilaporkan terpisah. Skor dan pembobotannya buatan toolkit ini; kelima elemen berasal dari Ringrose (lihat Buku kode).`,
  },
  en: {
    notFound: "Partnership not found:",
    summary: "Summary",
    profile: "Layer and element profile",
    timeline: "Stages and events",
    actions: "Action plans: planned and realised",

    evidence: "Evidence for every score",
    argued: "rests only on the source's arguments or the coder's inferences, not on findings",
    portfolio: (name: string) =>
      `What the sources say of all of ${name}'s partnerships (not of this one in particular)`,
    columns: {
      date: "Date",
      stage: "Stage",
      description: "Description",
      status: "Status",
      source: "Source",
      framework: "Framework",
      indicator: "Indicator",
      score: "Score",
      evidence: "Quote",
      kind: "Kind of evidence",
      note: "Note",
      field: "Field",
    },
    back: "← All partnerships",
    noActions: "The sources record no action plans for this partnership.",
    profileSummary: "Each indicator's score: 0 absent, 1 planned or on paper, 2 realised, NA source silent.",
    timelineSummary: "This partnership's dated stages and events, coloured by their status.",
    uncoded: (source: string | null) =>
      `This partnership is not coded.${source === null ? "" : ` All that is known is that it is named in ${source}.`} No score, stage, event or quote has been coded for it, so none is shown here. The absence of scores is no evidence that the partnership is inactive.`,
    eventsOnly: (source: string | null) =>
      `No indicator has been coded for this partnership (no score backed by a quote): only its stages and events below are recorded, and the stage reached is read from them.${source === null ? "" : ` It is named in ${source}.`}`,
    index: (scores: number[], index: number) =>
      `How the conditions score (Ringrose) is computed: the four conditions (commitment, community participation, mutual understanding, reciprocity) each score 0 (not met), 1 (partly met) or 2 (met); an NA condition (the source is silent) is left out, not counted as 0. The score is the mean of the assessed conditions' scores divided by 2, from 0 to 1, with equal weights: (${scores.join(" + ")}) ÷ (2 × ${scores.length}) = ${index.toFixed(2)}. Tangible results, the fifth element, is an outcome, not a condition: it is reported apart. The score and its weighting are the toolkit's own; the five elements come from Ringrose (see the Codebook).`,
  },
} as const;

function table(headers: string[], rows: Array<Array<string | Node>>, className = ""): HTMLElement {
  return dataTable(
    headers.join(", "),
    headers,
    rows.map((cells) =>
      element(
        "tr",
        {},
        cells.map((cell) => (typeof cell === "string" ? element("td", { text: cell }) : element("td", {}, [cell]))),
      ),
    ),
    className,
  );
}

/**
 * One partnership: a line for every framework that assesses it, its profile,
 * stages, action plans and the evidence for every score, all as text.
 */
export const caseView: PageView = (state, { reading, scores }, { width, navigate, onDrawn }) => {
  const { language } = state;
  const texts = CASE_TEXTS[language];
  const id = state.caseId ?? "";
  const score = scores.find((candidate) => candidate.id === id);
  const back = stateLink({ ...state, page: "partnerships", caseId: null }, texts.back, navigate, { class: "back" });
  if (score === undefined)
    return element("article", { className: "case-page" }, [
      back,
      element("p", { className: "error", text: `${texts.notFound} ${id}` }),
    ]);
  const registry: Registry = frameworks;
  const partnership = score.partnership;
  const events = sortEvents(reading.dataset.events.filter((event) => event.partnership === id));
  const activities = events.filter((event) => event.stage === "activity");
  const codings = reading.dataset.codings.filter((coding) => coding.partnership === id);
  const portfolioCodings = reading.dataset.portfolioCodings.filter(
    (coding) => coding.local_government === partnership.local_government,
  );
  const evidenceTable = (
    rows: ReadonlyArray<(typeof codings)[number] | (typeof portfolioCodings)[number]>,
    className: string,
  ) =>
    table(
      [
        texts.columns.framework,
        texts.columns.indicator,
        texts.columns.score,
        texts.columns.evidence,
        texts.columns.kind,
        texts.columns.source,
        texts.columns.note,
      ],
      rows.map((coding) => [
        registry[coding.framework]?.name[language] ?? coding.framework,
        registry[coding.framework]?.indicators.find((indicator) => indicator.id === coding.indicator)?.name[language] ??
          coding.indicator,
        coding.score === null ? "NA" : String(coding.score),
        coding.evidence ? element("q", { text: coding.evidence }) : "—",
        vocabularyLabel(evidenceKinds, coding.evidence_kind, language),
        `${citeSource(reading.dataset.sources, coding.source, language)}${coding.locator ? `, ${coding.locator}` : ""}`,
        citeSourcesInText(textIn(coding, "note", language) ?? "", reading.dataset.sources, language),
      ]),
      className,
    );
  const headlines = Object.keys(registry).flatMap((frameworkId) => {
    const framework = registry[frameworkId]!;
    const result = score[frameworkId as keyof typeof score];
    const line = framework.headline(result, language);
    const argued = restsOnlyOnArguments(framework.evidenceKinds(result));
    return line === null
      ? []
      : [
          element("li", { attributes: { "data-framework": frameworkId } }, [
            element("strong", { text: `${framework.name[language]}: ` }),
            element("span", { text: line }),
            ...(argued ? [element("em", { className: "argued", text: ` (${texts.argued})` })] : []),
          ]),
        ];
  });
  const title = `${partnership.local_government} – ${partnership.partner}`;
  // The index worked out for this partnership, from its own element scores.
  const assessed = CONDITION_ORDER.map((condition) => score.ringrose.elements[condition].score).filter(
    (value): value is number => value !== null,
  );
  const indexExplanation =
    score.ringrose.index === null
      ? []
      : [element("p", { className: "index-explanation", text: texts.index(assessed, score.ringrose.index) })];
  const status = (code: string) => vocabularyLabel(eventStatuses, code, language);
  // A partnership named in a source but not coded shows what is known of it, and no empty section or all-NA profile.
  const listedIn = partnership.source
    ? `${citeSource(reading.dataset.sources, partnership.source, language)}${partnership.locator ? `, ${language === "id" ? "di" : "at"} ${partnership.locator}` : ""}`
    : null;
  const coded = codings.length > 0;
  const notice = coded
    ? []
    : [
        element("p", {
          className: "uncoded-notice",
          attributes: { role: "note" },
          text: events.length === 0 ? texts.uncoded(listedIn) : texts.eventsOnly(listedIn),
        }),
      ];
  const recorded = coded || events.length > 0;
  return element(
    "article",
    {
      className: "case-page",
      attributes: { "data-case": id, ...(coded ? {} : { "data-uncoded": events.length === 0 ? "all" : "scores" }) },
    },
    [
      back,
      element("h2", { text: title }),
      element("p", {
        className: "meta",
        text: [
          vocabularyLabel(partnershipKinds, partnership.kind, language),
          countryName(partnership.partner_country_name, language, partnership.partner_country_code),
          // An unknown status is left out rather than written as a dash at the end of the line.
          partnership.status === null ? null : vocabularyLabel(partnershipStatuses, partnership.status, language),
          partnership.first_contact_year,
        ]
          .filter((part) => part !== null)
          .join(" · "),
      }),
      partnership.notes
        ? element("p", {
            text: citeSourcesInText(textIn(partnership, "notes", language) ?? "", reading.dataset.sources, language),
          })
        : element("span"),
      ...notice,
      ...(headlines.length === 0
        ? []
        : [element("h3", { text: texts.summary }), element("ul", { className: "summary" }, headlines)]),
      ...indexExplanation,
      ...(coded ? [element("h3", { text: texts.profile })] : []),
      // The profile and the timeline: their code arrives after the text around them is drawn (lazyCharts.ts).
      ...(recorded
        ? charts(
            (module) =>
              module.caseCharts({
                state,
                reading,
                score,
                events,
                title,
                width,
                texts: CASE_TEXTS[language],
                profile: coded,
              }),
            { minHeight: coded ? 640 : 240, onDrawn },
          )
        : []),
      ...(events.length === 0
        ? []
        : [
            table(
              [
                texts.columns.date,
                texts.columns.stage,
                texts.columns.description,
                texts.columns.status,
                texts.columns.source,
              ],
              events.map((event) => [
                // A date is one word: never broken at its hyphens (style.css).
                event.date ? element("time", { text: event.date, attributes: { datetime: event.date } }) : "—",
                vocabularyLabel(eventStages, event.stage, language),
                citeSourcesInText(textIn(event, "description", language), reading.dataset.sources, language),
                status(event.status),
                `${citeSource(reading.dataset.sources, event.source, language)}, ${event.locator}`,
              ]),
              "events",
            ),
          ]),
      ...(recorded ? [element("h3", { text: texts.actions })] : []),
      ...(!recorded
        ? []
        : activities.length === 0
          ? [element("p", { className: "note", text: texts.noActions })]
          : [
              table(
                [texts.columns.field, texts.columns.description, texts.columns.status, texts.columns.note],
                activities.map((event) => [
                  vocabularyLabel(eventFields, event.field, language),
                  citeSourcesInText(textIn(event, "description", language), reading.dataset.sources, language),
                  status(event.status),
                  citeSourcesInText(textIn(event, "note", language) ?? "", reading.dataset.sources, language),
                ]),
                "actions",
              ),
            ]),
      ...(coded ? [element("h3", { text: texts.evidence }), evidenceTable(codings, "evidence")] : []),
      ...(portfolioCodings.length === 0
        ? []
        : [
            element("h3", { text: texts.portfolio(partnership.local_government) }),
            evidenceTable(portfolioCodings, "evidence portfolio"),
          ]),
    ],
  );
};
