import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { href } from "../model/state.ts";
import { lazyCharts } from "../components/lazyCharts.ts";

export const OVERVIEW = {
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

// The overview's map and timeline: their code arrives after the text above them is drawn (lazyCharts.ts).
// The land outlines are fetched with that code, so that the map is drawn once, with them (without them, and a word
// why, if they cannot be read).
const charts = lazyCharts(() => import("./overviewCharts.ts").then((module) => module.landLoaded.then(() => module)));

/** The overview: what paradiplomacy is, the frameworks in brief, a map and a timeline of the partnerships. */
export const overviewPage: PageView = (state, data, context) => {
  const { language } = state;
  const registry: Registry = frameworks;
  const texts = OVERVIEW[language];
  const figures = charts((module) => module.overviewCharts(state, data.reading, context.width, texts), {
    // About as tall as the map and the timeline will be.
    minHeight: context.width * 0.6 + 420,
    onDrawn: context.onDrawn,
  });
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
    ...figures,
  ]);
};
