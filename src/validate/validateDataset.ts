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
  // A cell already reported (a value that could not be read) is not reported again by the codebook rules: one fault, one
  // message. (A broken record's cells are all missing, so the codebook rules say nothing of it either.)
  const key = (problem: { file: string; row: number; field?: string }) =>
    `${problem.file}\u0000${problem.row}\u0000${problem.field}`;
  const reported = new Set(reading.problems.map(key));
  for (const table of [reading.tables.codings, reading.tables.portfolio_codings])
    if (table !== undefined)
      appendProblems(
        problems,
        checkCodebook(table, registry).filter((problem) => !reported.has(key(problem))),
      );
  problems.sort(compareProblems);
  return { ...reading, problems };
}
