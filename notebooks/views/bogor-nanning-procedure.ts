// The views of the Kabupaten Bogor–Nanning notebook: its cells call these and display what they return.
import * as Plot from "@observablehq/plot";
import { legendSize } from "../../src/charts/legendSize.ts";
import { labelMargin } from "../../src/charts/wrapText.ts";
import { textIn } from "../../src/dataset/textIn.ts";
import type { PartnershipEvent } from "../../src/dataset/types.ts";
import { evidenceKinds } from "../../src/dataset/vocabularies.ts";
import { STAGE_OF_EVENT, STAGE_ORDER, stages } from "../../src/frameworks/stage.ts";
import { vocabularyLabel } from "../../src/language.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { stageEvents } from "../figures/bogor-nanning-procedure.ts";
import { indonesia } from "../kit/data.ts";
import { textTable } from "../kit/table.ts";
import { chartText, labelledRowsHeight, say, type NotebookView } from "../kit/view.ts";

/** The events of Bogor–Nanning that mark a stage of the procedure. */
export function bogorData() {
  return { events: stageEvents(indonesia()) };
}
export type Bogor = ReturnType<typeof bogorData>;

/** The stage of Permendagri 25/2020 an event marks, named in the page's language. */
const stageName = (stage: PartnershipEvent["stage"], language: NotebookView["language"]) =>
  stages.labels[STAGE_OF_EVENT[stage]!][language];

/** The stages of Permendagri 25/2020 the source records: a dot per stage recorded, coloured by kind of evidence. */
export function stagesChart({ events }: Bogor, { language, width }: NotebookView): HTMLElement {
  const recorded = events.map((event) => ({
    stage: stageName(event.stage, language),
    kind: vocabularyLabel(evidenceKinds, event.evidence_kind, language),
    date: event.date ?? say(language, "tanpa tanggal", "undated"),
  }));
  const order = STAGE_ORDER.map((id) => stages.labels[id][language]);
  const fontSize = chartText({ language, width });
  const room = labelMargin(order, fontSize, width);
  return chartFigure(
    Plot.plot({
      width,
      // Text at the site's sizes (the slides' when presented), the stages' names given room and wrapped within it.
      style: { fontSize: `${fontSize}px` },
      height: labelledRowsHeight(order.length, room.lines, fontSize, 30, 36),
      marginLeft: room.marginLeft,
      marginRight: 20,
      x: { axis: null, domain: [0, 1] },
      y: { domain: order, label: null, tickFormat: room.format },
      color: {
        legend: true,
        domain: evidenceKinds.codes.map((code) => evidenceKinds.labels[code][language]),
        range: ["#0072B2", "#E69F00", "#009E73", "#CC79A7"],
        ...legendSize(fontSize),
      },
      marks: [
        Plot.ruleY(order, { stroke: "#ddd" }),
        Plot.dot(recorded, { x: () => 0.1, y: "stage", fill: "kind", r: fontSize / 2, tip: true }),
        Plot.text(recorded, { x: () => 0.1, y: "stage", text: "date", dx: fontSize, textAnchor: "start" }),
      ],
    }),
    {
      name: "bogor-nanning-stages",
      title: say(
        language,
        "Tahap Permendagri 25/2020 yang dicatat Fazra (t.t.)",
        "The stages of Permendagri 25/2020 that Fazra (n.d.) records",
      ),
      summary: say(
        language,
        "Titik: tahap dicatat, warna menurut jenis bukti, dengan tanggalnya; baris kosong: tidak dicatat sebagai tahap (LoI 2015 adalah perpanjangan).",
        "A dot: the stage is recorded, coloured by kind of evidence, with its date; an empty row: not recorded as a stage (the LoI of 2015 is an extension).",
      ),
      data: {
        header: ["stage", "kind", "date"],
        rows: recorded.map((entry) => [entry.stage, entry.kind, entry.date]),
      },
      language,
    },
  );
}

/** Bogor–Nanning's stage events with their evidence. */
export function stageEventsTable({ events }: Bogor, { language }: NotebookView): HTMLElement {
  return textTable(
    say(language, "Peristiwa tahap Bogor–Nanning dan buktinya", "Bogor–Nanning's stage events and their evidence"),
    language === "id"
      ? ["Tahap", "Tanggal", "Jenis bukti", "Uraian", "Lokasi", "Catatan"]
      : ["Stage", "Date", "Kind of evidence", "Description", "Locator", "Note"],
    events.map((event) => [
      stageName(event.stage, language),
      event.date,
      vocabularyLabel(evidenceKinds, event.evidence_kind, language),
      textIn(event, "description", language),
      event.locator,
      textIn(event, "note", language),
    ]),
  );
}
