import { saidAs } from "../problemTexts.ts";
import { appendProblems, compareProblems, quoteValue, type Problem } from "../problem.ts";
import type { TableSchema } from "../schema/tableSchema.ts";
import { calendarProblem } from "./partialDate.ts";
import { checkForeignKeys } from "../schema/checkForeignKeys.ts";
import { readTable, type Table } from "../schema/readTable.ts";
import { checkDataPackage } from "./checkDataPackage.ts";
import { PARTIAL_DATE, RESOURCES, RESOURCE_NAMES, type ResourceName } from "./schemas.ts";
import type { Coding, Dataset, Partnership, PartnershipEvent, PortfolioCoding, Source } from "./types.ts";

/** The row type of each resource. */
interface Rows {
  partnerships: Partnership;
  events: PartnershipEvent;
  codings: Coding;
  portfolio_codings: PortfolioCoding;
  sources: Source;
}

/** The tables of a dataset that were read, by resource. */
export type DatasetTables = { [Resource in ResourceName]?: Table<Rows[Resource]> };

/** The texts of a dataset's files, with the names to report problems under. */
export interface DatasetTexts {
  /** Text of `datapackage.json`, if there is one. */
  datapackage?: { file: string; text: string };
  resources: Partial<Record<ResourceName, { file: string; text: string }>>;
  /** Resources whose file could not be read, already reported: references to them are not reported again. */
  unread?: ResourceName[];
  /** The files are read on their own on purpose (one coder's codings, compared for agreement): references to files not given are not checked. */
  alone?: boolean;
}

export interface DatasetReading {
  dataset: Dataset;
  /** Every problem found, ordered by file, row and column. Empty when the dataset is valid. */
  problems: Problem[];
  tables: DatasetTables;
}

/** Partial dates (fields with the PARTIAL_DATE pattern) that are not in the calendar: a 13th month, 30 February. */
function checkCalendarDates(table: Table<unknown>, schema: TableSchema): Problem[] {
  const problems: Problem[] = [];
  for (const field of schema.fields) {
    if (field.constraints?.pattern !== PARTIAL_DATE) continue;
    const { codes, values } = table.codesOf(field.name);
    const wrong = values.map((value) => (typeof value === "string" ? calendarProblem(value) : null));
    for (let index = 0; index < codes.length; index++) {
      const code = codes[index]!;
      if (code < 0 || wrong[code] === null) continue;
      problems.push({
        file: table.file,
        row: table.rowNumbers[index]!,
        column: table.columns[field.name] ?? 0,
        field: field.name,
        ...saidAs("not-in-calendar", {
          field: field.name,
          reason: wrong[code]!,
          reasonIndonesian: calendarProblem(String(values[code]), "id")!,
        }),
        found: quoteValue(String(values[code])),
      });
    }
  }
  return problems;
}

/**
 * Reads a dataset from the texts of its files and checks it against its
 * format: types and constraints from the Table Schemas, primary keys, and
 * foreign keys between the resources. The codebook rules (known frameworks
 * and indicators, scores on their scales) are a separate step:
 * `validateDataset`. Pure: no file system, so it runs in the CLI, the
 * browser, a Web Worker and the tests alike.
 */
export function readDataset(texts: DatasetTexts, name = "dataset"): DatasetReading {
  const problems: Problem[] = [];
  let title: string | undefined;
  if (texts.datapackage) {
    const { info, problems: packageProblems } = checkDataPackage(texts.datapackage.text, texts.datapackage.file);
    appendProblems(problems, packageProblems);
    name = info.name === "dataset" ? name : info.name;
    title = info.title;
  }
  const read = <Resource extends ResourceName>(resource: Resource): Table<Rows[Resource]> | undefined => {
    const entry = texts.resources[resource];
    if (entry === undefined) return undefined;
    const table = readTable<Rows[Resource]>(entry.text, entry.file, RESOURCES[resource].schema);
    appendProblems(problems, table.problems);
    return table;
  };
  const tables: DatasetTables = {
    partnerships: read("partnerships"),
    events: read("events"),
    codings: read("codings"),
    portfolio_codings: read("portfolio_codings"),
    sources: read("sources"),
  };
  const schemas = Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, RESOURCES[resource].schema]));
  appendProblems(problems, checkForeignKeys(tables, schemas, texts.unread, texts.alone));
  for (const resource of RESOURCE_NAMES) {
    const table = tables[resource];
    if (table !== undefined) appendProblems(problems, checkCalendarDates(table, RESOURCES[resource].schema));
  }
  problems.sort(compareProblems);
  // Rows become objects only when read: validating alone never builds them.
  const dataset: Dataset = {
    name,
    title,
    get partnerships() {
      return tables.partnerships?.rows ?? [];
    },
    get events() {
      return tables.events?.rows ?? [];
    },
    get codings() {
      return tables.codings?.rows ?? [];
    },
    get portfolioCodings() {
      return tables.portfolio_codings?.rows ?? [];
    },
    get sources() {
      return tables.sources?.rows ?? [];
    },
  };
  return { dataset, problems, tables };
}
