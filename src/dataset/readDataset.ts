import { appendProblems, compareProblems, type Problem } from "../problem.ts";
import { readTable, type Table } from "../schema/readTable.ts";
import { checkForeignKeys } from "../validate/checkForeignKeys.ts";
import { checkCodebook } from "../validate/checkCodebook.ts";
import { checkDataPackage } from "./checkDataPackage.ts";
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from "./schemas.ts";
import type { Coding, Dataset, Partnership, PartnershipEvent, Source } from "./types.ts";

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
  tables: Partial<Record<ResourceName, Table>>;
}

/**
 * Reads and validates a dataset from the texts of its files: types and
 * constraints from the Table Schemas, primary keys, foreign keys between the
 * resources, and the codebook rules for codings. Pure: no file system, so it
 * runs in the CLI, the browser, a Web Worker and the tests alike.
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
  const tables: Partial<Record<ResourceName, Table>> = {};
  for (const resource of RESOURCE_NAMES) {
    const entry = texts.resources[resource];
    if (entry === undefined) continue;
    const table = readTable(entry.text, entry.file, RESOURCES[resource].schema);
    tables[resource] = table;
    appendProblems(problems, table.problems);
  }
  const schemas = Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, RESOURCES[resource].schema]));
  appendProblems(problems, checkForeignKeys(tables, schemas));
  if (tables.codings) appendProblems(problems, checkCodebook(tables.codings));
  problems.sort(compareProblems);
  // Rows become objects only when read: validating alone never builds them.
  const rowsOf = (resource: ResourceName) => tables[resource]?.rows ?? [];
  const dataset: Dataset = {
    name,
    title,
    get partnerships() {
      return rowsOf("partnerships") as unknown as Partnership[];
    },
    get events() {
      return rowsOf("events") as unknown as PartnershipEvent[];
    },
    get codings() {
      return rowsOf("codings") as unknown as Coding[];
    },
    get sources() {
      return rowsOf("sources") as unknown as Source[];
    },
  };
  return { dataset, problems, tables };
}
