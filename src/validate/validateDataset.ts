import { readDataset, type DatasetReading, type DatasetTexts } from "../dataset/readDataset.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { appendProblems, compareProblems } from "../problem.ts";
import { checkCodebook } from "./checkCodebook.ts";

/**
 * Reads a dataset and validates it whole: its format (`readDataset`: types,
 * keys, references) and the codebook rules of a registry of frameworks
 * (`checkCodebook`). What the CLI's `validate` and the site run.
 */
export function validateDataset(texts: DatasetTexts, name?: string, registry: Registry = frameworks): DatasetReading {
  const reading = readDataset(texts, name);
  const problems = [...reading.problems];
  for (const table of [reading.tables.codings, reading.tables.portfolio_codings])
    if (table !== undefined) appendProblems(problems, checkCodebook(table, registry));
  problems.sort(compareProblems);
  return { ...reading, problems };
}
