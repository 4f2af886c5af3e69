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
  if (reading.tables.codings === undefined) return reading;
  const problems = [...reading.problems];
  appendProblems(problems, checkCodebook(reading.tables.codings, registry));
  problems.sort(compareProblems);
  return { ...reading, problems };
}
