import { appendProblems, compareProblems, type Problem } from "../problem.ts";
import { checkForeignKeys } from "../schema/checkForeignKeys.ts";
import { readTable, type Table } from "../schema/readTable.ts";
import { checkDataPackage } from "./checkDataPackage.ts";
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from "./schemas.ts";
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
}

export interface DatasetReading {
  dataset: Dataset;
  /** Every problem found, ordered by file, row and column. Empty when the dataset is valid. */
  problems: Problem[];
  tables: DatasetTables;
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
  appendProblems(problems, checkForeignKeys(tables, schemas));
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
