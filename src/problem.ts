import type { ProblemCode, ProblemParams } from "./problemTexts.ts";

/**
 * A problem found in a dataset: where it is (file, spreadsheet row, column)
 * and what is wrong. Validation collects every problem instead of stopping
 * at the first, so a researcher can fix a file in one pass.
 */
export interface Problem {
  /** File name as given to the reader, e.g. `codings.csv`. */
  file: string;
  /** Spreadsheet row: the header is row 1, the first record row 2. 0 when the problem concerns the whole file. */
  row: number;
  /** 1-based column number; 0 when the problem concerns a whole row or file. */
  column: number;
  /** Column name, when known. */
  field?: string;
  /** What is wrong, in words (English: what the CLI prints). */
  message: string;
  /** What kind of problem it is (src/problemTexts.ts), when its words can be said in another language. */
  code?: ProblemCode;
  /** The particulars its words are made of, with `code`. */
  params?: ProblemParams;
  /** What was expected, when that can be said. */
  expected?: string;
  /** What was found, when that can be said. */
  found?: string;
}

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;

/** Quotes a found value for a message, shortening values longer than `maxLength` (default 60). */
export function quoteValue(value: string, maxLength = 60): string {
  const shown = value.length > maxLength ? `${value.slice(0, maxLength - 3)}…` : value;
  return JSON.stringify(shown);
}

/**
 * Formats a problem as `file:row:column: message (expected …, found …)`,
 * the form editors and CI logs can jump to.
 * @example formatProblem({file: "codings.csv", row: 5, column: 4, field: "score", message: "score is not on the scale", expected: "0, 1, 2 or NA", found: "\"3\""})
 * // 'codings.csv:5:4: score is not on the scale (expected 0, 1, 2 or NA, found "3")'
 */
export function formatProblem(problem: Problem): string {
  const details = [
    problem.expected === undefined ? undefined : `expected ${problem.expected}`,
    problem.found === undefined ? undefined : `found ${problem.found}`,
  ].filter((part): part is string => part !== undefined);
  const suffix = details.length > 0 ? ` (${details.join(", ")})` : "";
  // A file name can come from a datapackage.json: its control characters are escaped, so that it cannot drive the terminal.
  const file = problem.file.replace(
    CONTROL_CHARACTERS,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${file}:${problem.row}:${problem.column}: ${problem.message}${suffix}`;
}

/** Orders problems by file, row, then column, for stable reports. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row || a.column - b.column;
}

/** Appends problems one by one: spreading a very large list into `push` overflows the call stack. */
export function appendProblems(target: Problem[], more: readonly Problem[]): void {
  for (const problem of more) target.push(problem);
}
