import { compareProblems, type Problem } from "../problem.ts";
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
    problems.push(...packageProblems);
    name = info.name === "dataset" ? name : info.name;
    title = info.title;
  }
  const tables: Partial<Record<ResourceName, Table>> = {};
  for (const resource of RESOURCE_NAMES) {
    const entry = texts.resources[resource];
    if (entry === undefined) continue;
    const table = readTable(entry.text, entry.file, RESOURCES[resource].schema);
    tables[resource] = table;
    problems.push(...table.problems);
  }
  const schemas = Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, RESOURCES[resource].schema]));
  problems.push(...checkForeignKeys(tables, schemas));
  if (tables.codings) problems.push(...checkCodebook(tables.codings));
  problems.sort(compareProblems);
  const dataset: Dataset = {
    name,
    title,
    partnerships: (tables.partnerships?.rows ?? []) as unknown as Partnership[],
    events: (tables.events?.rows ?? []) as unknown as PartnershipEvent[],
    codings: (tables.codings?.rows ?? []) as unknown as Coding[],
    sources: (tables.sources?.rows ?? []) as unknown as Source[],
  };
  return { dataset, problems, tables };
}
