import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { SummaryColumn, SummaryValue } from "../frameworks/types.ts";
import type { Language } from "../language.ts";
import type { LocalGovernmentScore } from "./aggregateByLocalGovernment.ts";
import type { PartnershipScore } from "./scoreDataset.ts";
import { restsOnlyOnArguments } from "./toPublicJson.ts";

/** A flat summary: column names, one row of values per partnership or local government, and how to read each column. */
export interface Summary {
  columns: string[];
  rows: SummaryValue[][];
  /** Each column's name and description, framework by framework. */
  legend: Array<{ framework: string; column: string; description: string }>;
}

type Scope = "columns" | "aggregateColumns";

function summarise<Item extends Record<string, unknown>>(
  items: Item[],
  leading: Array<[string, (item: Item) => SummaryValue]>,
  registry: Registry,
  scope: Scope,
  language: Language,
): Summary {
  const parts = Object.keys(registry).flatMap((id) =>
    (registry[id]![scope] as Array<SummaryColumn<unknown>>).map((column) => ({ id, column })),
  );
  const columns = [...leading.map(([name]) => name), ...parts.map(({ column }) => column.name)];
  const repeated = columns.find((name, index) => columns.indexOf(name) !== index);
  if (repeated !== undefined)
    throw new Error(
      `two summary columns are named ${JSON.stringify(repeated)}: each framework's columns need names unique in the registry`,
    );
  const rows = items.map((item) => [
    ...leading.map(([, value]) => value(item)),
    ...parts.map(({ id, column }) => {
      const value = column.value(item[id]);
      return typeof value === "number" && column.digits !== undefined ? Number(value.toFixed(column.digits)) : value;
    }),
  ]);
  const legend = parts.map(({ id, column }) => ({
    framework: id,
    column: column.name,
    description: column.description[language],
  }));
  return { columns, rows, legend };
}

/**
 * One flat row per partnership, the figures a researcher quotes: the id,
 * then each framework's summary columns. NA stays null (written `NA`).
 */
export function partnershipSummary<R extends Registry>(
  scores: Array<PartnershipScore<R>>,
  registry: R = frameworks as Registry as R,
  language: Language = "en",
): Summary {
  const summary = summarise(scores, [["id", (score) => score.id]], registry, "columns", language);
  // Which frameworks' results rest on arguments or the coder's inferences alone, whatever the framework.
  const arguedOnly = (score: PartnershipScore<R>) =>
    Object.keys(registry)
      .filter((id) => restsOnlyOnArguments(registry[id]!.evidenceKinds(score[id])))
      .join(" ") || "none";
  return {
    columns: [...summary.columns, "argued_only"],
    rows: summary.rows.map((row, index) => [...row, arguedOnly(scores[index]!)]),
    legend: [
      ...summary.legend,
      {
        framework: "",
        column: "argued_only",
        description:
          language === "id"
            ? "Kerangka yang hasilnya hanya bertumpu pada argumen sumber atau inferensi pengode, bukan temuan"
            : "Frameworks whose result rests only on the source's arguments or the coder's inferences, not on findings",
      },
    ],
  };
}

/** One flat row per local government: its id, the number of partnerships, then each framework's aggregate columns. */
export function localGovernmentSummary<R extends Registry>(
  scores: Array<LocalGovernmentScore<R>>,
  registry: R = frameworks as Registry as R,
  language: Language = "en",
): Summary {
  return summarise(
    scores,
    [
      ["id", (score) => score.id],
      ["partnerships", (score) => score.partnerships.length],
    ],
    registry,
    "aggregateColumns",
    language,
  );
}
