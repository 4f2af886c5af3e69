// The views of the Bandung–Liuzhou notebook: its cells call these and display what they return.
import { elementDots, elementsDotPlot } from "../../src/charts/elementsDotPlot.ts";
import { elementLabels } from "../../src/charts/elementLabel.ts";
import { timelineChart, timelineData, timelineEnd } from "../../src/charts/timeline.ts";
import { textIn } from "../../src/dataset/textIn.ts";
import { evidenceKinds } from "../../src/dataset/vocabularies.ts";
import { ELEMENT_ORDER, ringrose } from "../../src/frameworks/ringrose.ts";
import { vocabularyLabel } from "../../src/language.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { indonesia, partnershipName, partnershipsOf } from "../kit/data.ts";
import { textTable } from "../kit/table.ts";
import { chartText, say, type NotebookView } from "../kit/view.ts";

/** Bandung's partnerships scored, Liuzhou among them, and their names. */
export function bandungData() {
  const data = indonesia();
  const bandung = partnershipsOf(data, "Bandung");
  const liuzhou = bandung.find((score) => score.id === "bandung-liuzhou")!;
  const names: Record<string, string> = Object.fromEntries(bandung.map((score) => [score.id, partnershipName(score)]));
  return { data, bandung, liuzhou, names };
}
export type Bandung = ReturnType<typeof bandungData>;

/** A Ringrose element's name, in both languages. */
const elementName = (id: string) => ringrose.indicators.find((indicator) => indicator.id === id)!.name;

/** Bandung–Liuzhou's five elements with their evidence. */
export function elementsTable({ liuzhou }: Bandung, { language }: NotebookView): HTMLElement {
  return textTable(
    say(language, "Lima elemen Bandung–Liuzhou dan buktinya", "Bandung–Liuzhou's five elements and their evidence"),
    language === "id"
      ? ["Elemen", "Skor", "Jenis bukti", "Bukti (kutipan sumber)", "Lokasi"]
      : ["Element", "Score", "Kind of evidence", "Evidence (the source's words)", "Locator"],
    ELEMENT_ORDER.map((id) => {
      const entry = liuzhou.ringrose.elements[id];
      return [
        elementName(id)[language],
        entry.score ?? "NA",
        vocabularyLabel(evidenceKinds, entry.coding?.evidence_kind ?? null, language),
        entry.coding?.evidence ?? null,
        entry.coding?.locator ?? null,
      ];
    }),
  );
}

/** Bandung–Liuzhou's dated stages on a timeline. */
export function liuzhouTimeline({ data }: Bandung, { language, width }: NotebookView): HTMLElement {
  const partnerships = data.dataset.partnerships.filter((partnership) => partnership.id === "bandung-liuzhou");
  const events = data.dataset.events.filter((event) => event.partnership === "bandung-liuzhou");
  const timeline = timelineData(partnerships, events, { until: timelineEnd(events), language });
  return chartFigure(
    timelineChart(timeline, {
      width,
      fontSize: chartText({ language, width }),
      ariaLabel: say(language, "Linimasa Bandung–Liuzhou", "Bandung–Liuzhou's timeline"),
      statusLabels:
        language === "id" ? { realised: "terlaksana", planned: "direncanakan", cancelled: "dibatalkan" } : undefined,
    }),
    {
      name: "bandung-liuzhou-timeline",
      title: say(language, "Tahap-tahap Bandung–Liuzhou", "Bandung–Liuzhou's stages"),
      summary: say(
        language,
        "Peristiwa bertanggal; masa vakum tidak bertanggal dalam sumber.",
        "The dated events; the source gives the vacuum no dates.",
      ),
      data: {
        header: ["date", "stage", "status", "description"],
        rows: events.map((event) => [event.date, event.stage, event.status, textIn(event, "description", language)]),
      },
      language,
    },
  );
}

/** The five elements of Bandung's coded partnerships side by side. */
export function bandungElements({ bandung, names }: Bandung, { language, width }: NotebookView): HTMLElement {
  const coded = bandung.filter((score) => score.ringrose.assessedCount > 0);
  const dots = elementDots(coded, { language });
  return chartFigure(
    elementsDotPlot(dots, {
      width,
      fontSize: chartText({ language, width }),
      labels: names,
      elementNames: elementLabels(language),
      axisLabel: say(language, "skor", "score"),
      ariaLabel: say(
        language,
        "Lima elemen tiga kerja sama Bandung",
        "The five elements of three Bandung partnerships",
      ),
    }),
    {
      name: "bandung-five-elements",
      title: say(
        language,
        "Lima elemen: Liuzhou, Seoul, Braunschweig",
        "The five elements: Liuzhou, Seoul, Braunschweig",
      ),
      summary: say(
        language,
        "Satu titik per kerja sama pada skornya; elemen NA tidak digambar.",
        "One dot per partnership at its score; NA elements are not drawn.",
      ),
      data: {
        header: ["partnership", "element", "score"],
        rows: dots.map((dot) => [names[dot.partnership] ?? dot.partnership, dot.elementName, dot.score]),
      },
      language,
    },
  );
}
