import { min } from "d3";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { eventStatuses, partnershipKinds } from "../../../src/dataset/vocabularies.ts";
import { mappablePartnerships, partnershipMap } from "../../../src/charts/partnershipMap.ts";
import { timelineChart, timelineData, timelineEnd, timelineTable } from "../../../src/charts/timeline.ts";
import { vocabularyLabels } from "../../../src/language.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { loadedLand, loadLand, NO_LAND, type Land } from "../model/land.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { href } from "../model/state.ts";

const OVERVIEW = {
  id: {
    heading: "Apa itu paradiplomasi?",
    lead: "Paradiplomasi adalah hubungan internasional yang dijalankan sendiri oleh pemerintah sub-nasional (kota, kabupaten, provinsi) untuk kepentingannya sendiri. Di Indonesia bentuk utamanya adalah kerja sama sister city dan sister province, diatur oleh Permendagri 25/2020: dari inisiasi dan LoI, rencana aksi dan persetujuan DPRD, hingga MoU yang diverifikasi pemerintah pusat.",
    frameworks: "Kerangka analisis",
    map: "Peta kerja sama",
    mapSummary: (drawn: number, total: number) =>
      `${drawn} dari ${total} kerja sama digambar sebagai garis dari pemerintah daerah ke mitranya, diwarnai menurut jenis.`,
    timeline: "Garis waktu kerja sama",
    timelineSummary: (count: number, first: number) =>
      `${count} kerja sama dengan tanggal, sejak ${first}. Titik: peristiwa terlaksana, direncanakan atau dibatalkan.`,
  },
  en: {
    heading: "What is paradiplomacy?",
    lead: "Paradiplomacy is the international relations that sub-national governments (cities, regencies, provinces) conduct themselves, for their own interests. In Indonesia its main form is the sister-city and sister-province partnership, governed by Permendagri 25/2020: from initiation and a letter of intent, through an action plan and the regional parliament's approval, to an MoU verified by the central government.",
    frameworks: "Frameworks",
    map: "Map of the partnerships",
    mapSummary: (drawn: number, total: number) =>
      `${drawn} of ${total} partnerships drawn as lines from the local government to its partner, coloured by kind.`,
    timeline: "Timeline of the partnerships",
    timelineSummary: (count: number, first: number) =>
      `${count} dated partnerships since ${first}. Dots: events realised, planned or cancelled.`,
  },
} as const;

/** The overview: what paradiplomacy is, the frameworks in brief, a map and a timeline of the partnerships. */
export const overviewPage: PageView = (state, { reading }, { width }) => {
  const { language } = state;
  const registry: Registry = frameworks;
  const caseHref = (id: string) => href({ ...state, page: "case", caseId: id });
  const texts = OVERVIEW[language];
  const { partnerships, events } = reading.dataset;
  const drawn = mappablePartnerships(partnerships);
  const timeline = timelineData(partnerships, events, { until: timelineEnd(events), language });
  const firstYear = Math.floor(min(timeline.rows, (row) => row.start) ?? 0);
  const mapFigure = (land: Land) =>
    chartFigure(
      partnershipMap(partnerships, {
        land,
        width,
        ariaLabel: texts.map,
        kindLabels: vocabularyLabels(partnershipKinds, language),
        href: (partnership) => caseHref(partnership.id),
      }),
      {
        name: "partnership-map",
        title: texts.map,
        summary: texts.mapSummary(drawn.length, partnerships.length),
        language,
        data: {
          header: [
            "id",
            "local_government",
            "partner",
            "partner_country_name",
            "kind",
            "local_latitude",
            "local_longitude",
            "partner_latitude",
            "partner_longitude",
          ],
          rows: drawn.map((partnership) => [
            partnership.id,
            partnership.local_government,
            partnership.partner,
            partnership.partner_country_name,
            partnership.kind,
            partnership.local_latitude,
            partnership.local_longitude,
            partnership.partner_latitude,
            partnership.partner_longitude,
          ]),
        },
      },
    );
  // The land outlines arrive as a file of their own: the map is drawn at once without them, then again with them.
  let map = mapFigure(loadedLand() ?? NO_LAND);
  if (loadedLand() === undefined)
    loadLand().then(
      (land) => {
        if (!map.isConnected) return;
        const drawnWithLand = mapFigure(land);
        map.replaceWith(drawnWithLand);
        map = drawnWithLand;
      },
      (error: Error) => map.append(element("p", { className: "error", text: error.message })),
    );
  return element("article", { className: "overview-page" }, [
    element("h2", { text: texts.heading }),
    element("p", { className: "lead", text: texts.lead }),
    element("h2", { text: texts.frameworks }),
    element(
      "div",
      { className: "frameworks-intro" },
      Object.values(registry).map((framework) =>
        element("section", {}, [
          element("h3", {}, [
            element("a", {
              text: framework.name[language],
              attributes: { href: `${href({ ...state, page: "codebook" })}#framework-${framework.id}` },
            }),
          ]),
          element("p", { text: framework.description[language] }),
          ...framework.notes.slice(0, 1).map((note) => element("p", { className: "citation", text: note[language] })),
        ]),
      ),
    ),
    map,
    chartFigure(
      timelineChart(timeline, {
        width,
        ariaLabel: texts.timeline,
        statusLabels: vocabularyLabels(eventStatuses, language),
        href: (event) => caseHref(event.partnership),
      }),
      {
        name: "partnership-timeline",
        title: texts.timeline,
        summary: texts.timelineSummary(timeline.rows.length, firstYear),
        language,
        data: timelineTable(timeline),
      },
    ),
  ]);
};
