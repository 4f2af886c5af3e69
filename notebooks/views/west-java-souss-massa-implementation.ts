// The views of the West Java–Souss-Massa notebook: its cells call these and display what they return.
import * as Plot from "@observablehq/plot";
import { legendSize } from "../../src/charts/legendSize.ts";
import { labelMargin } from "../../src/charts/wrapText.ts";
import { textIn } from "../../src/dataset/textIn.ts";
import type { PartnershipEvent } from "../../src/dataset/types.ts";
import { eventFields, eventStatuses } from "../../src/dataset/vocabularies.ts";
import { vocabularyLabel } from "../../src/language.ts";
import { chartFigure } from "../../web/chartFigure.ts";
import { actionPlans } from "../figures/west-java-souss-massa-implementation.ts";
import { indonesia } from "../kit/data.ts";
import { textTable } from "../kit/table.ts";
import { chartText, labelledRowsHeight, say, type NotebookView } from "../kit/view.ts";

/** West Java–Souss-Massa's action plans. */
export function westJavaData() {
  return { plans: actionPlans(indonesia()) };
}
export type WestJava = ReturnType<typeof westJavaData>;

/** An action plan's field in the page's language, or that the source names none. */
const fieldName = (event: PartnershipEvent, language: NotebookView["language"]) =>
  vocabularyLabel(eventFields, event.field, language, say(language, "(tidak disebut)", "(not named)"));

/** The action plans by field and status. */
export function actionPlansChart({ plans }: WestJava, { language, width }: NotebookView): HTMLElement {
  const rows = plans.activities.map((event) => ({
    field: fieldName(event, language),
    status: vocabularyLabel(eventStatuses, event.status, language),
  }));
  const fontSize = chartText({ language, width });
  const room = labelMargin(
    rows.map((row) => row.field),
    fontSize,
    width,
  );
  const fields = new Set(rows.map((row) => row.field)).size;
  return chartFigure(
    Plot.plot({
      width,
      // Text at the site's sizes (the slides' when presented), the fields given room and wrapped within it.
      style: { fontSize: `${fontSize}px` },
      height: labelledRowsHeight(fields, room.lines, fontSize, 40 + fontSize * 2.5),
      marginLeft: room.marginLeft,
      marginBottom: Math.ceil(fontSize * 2.5 + 10),
      x: { label: say(language, "rencana aksi", "action plans"), grid: true },
      y: { label: null, tickFormat: room.format },
      color: {
        legend: true,
        domain: [
          vocabularyLabel(eventStatuses, "realised", language),
          vocabularyLabel(eventStatuses, "planned", language),
        ],
        range: ["#0072B2", "#E69F00"],
        ...legendSize(fontSize),
      },
      marks: [
        Plot.barX(rows, Plot.groupY({ x: "count" }, { y: "field", fill: "status", sort: { y: "-x" }, tip: true })),
        Plot.ruleX([0]),
      ],
    }),
    {
      name: "west-java-souss-massa-action-plans",
      title: say(
        language,
        "Rencana aksi Jawa Barat–Souss-Massa per bidang",
        "West Java–Souss-Massa's action plans by field",
      ),
      summary: say(language, "Jumlah rencana aksi menurut bidang dan status.", "Action plans by field and status."),
      data: {
        header: ["field", "status", "description"],
        rows: plans.activities.map((event) => [
          fieldName(event, language),
          event.status,
          textIn(event, "description", language),
        ]),
      },
      language,
    },
  );
}

/** The pending plans and their obstacles. */
export function pendingPlans({ plans }: WestJava, { language }: NotebookView): HTMLElement {
  return textTable(
    say(language, "Rencana yang tertunda dan hambatannya", "The pending plans and their obstacles"),
    language === "id"
      ? ["Bidang", "Rencana", "Catatan (hambatan)", "Lokasi"]
      : ["Field", "Plan", "Note (obstacle)", "Locator"],
    plans.activities
      .filter((event) => event.status === "planned")
      .map((event) => [
        fieldName(event, language),
        textIn(event, "description", language),
        textIn(event, "note", language),
        event.locator,
      ]),
  );
}
