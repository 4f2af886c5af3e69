import type { CellValue, FieldSchema } from "./tableSchema.ts";

export type CastResult = { ok: true; value: CellValue } | { ok: false; message: string; expected: string };

export interface CastOptions {
  /** Accept a comma as decimal mark (files written by spreadsheets in Indonesian and other locales). */
  decimalComma?: boolean;
  /** Missing-value markers of the schema, used when the field has none of its own. */
  missingValues?: string[];
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;
const TRUE_VALUES = new Set(["true", "True", "TRUE", "1", "yes", "ya"]);
const FALSE_VALUES = new Set(["false", "False", "FALSE", "0", "no", "tidak"]);

/** Describes what a field accepts, for messages: "an integer from 0 to 2 or NA". */
export function describeExpected(field: FieldSchema, options: CastOptions = {}): string {
  const { constraints = {} } = field;
  let text: string;
  if (constraints.enum) text = `one of ${constraints.enum.join(", ")}`;
  else if (field.type === "integer" || field.type === "number") {
    const noun = field.type === "integer" ? "an integer" : "a number";
    if (constraints.minimum !== undefined && constraints.maximum !== undefined)
      text = `${noun} from ${constraints.minimum} to ${constraints.maximum}`;
    else if (constraints.minimum !== undefined) text = `${noun} of at least ${constraints.minimum}`;
    else if (constraints.maximum !== undefined) text = `${noun} of at most ${constraints.maximum}`;
    else text = noun;
  } else if (field.type === "year") text = "a four-digit year";
  else if (field.type === "boolean") text = "true or false";
  else if (constraints.pattern) text = `text matching ${constraints.pattern}${field.example ? ` such as ${field.example}` : ""}`;
  else text = "text";
  const markers = (field.missingValues ?? options.missingValues ?? [""]).filter((marker) => marker !== "");
  if (markers.length > 0) text += ` or ${markers.join(" or ")}`;
  return text;
}

/**
 * Converts one cell to its typed value from the field's schema, and checks
 * the field's value constraints (enum, pattern, minimum, maximum, maxLength,
 * required). Never guesses a type: a value that does not fit is an error.
 * Surrounding spaces are ignored, as spreadsheets often add them.
 * @example castCell({name: "score", type: "integer", missingValues: ["NA"]}, "NA") // {ok: true, value: null}
 */
export function castCell(field: FieldSchema, raw: string, options: CastOptions = {}): CastResult {
  const cell = raw.trim();
  const { constraints = {} } = field;
  const missingValues = field.missingValues ?? options.missingValues ?? [""];
  if (missingValues.includes(cell)) {
    if (constraints.required) return { ok: false, message: `${field.name} is required`, expected: describeExpected(field, options) };
    return { ok: true, value: null };
  }
  let value: CellValue;
  switch (field.type) {
    case "string":
      value = cell;
      break;
    case "integer":
      if (!INTEGER.test(cell)) return fail(field, options, `${field.name} is not an integer`);
      value = Number(cell);
      break;
    case "number": {
      const text = options.decimalComma ? cell.replace(",", ".") : cell;
      if (!NUMBER.test(text)) return fail(field, options, `${field.name} is not a number`);
      value = Number(text);
      break;
    }
    case "year":
      if (!YEAR.test(cell)) return fail(field, options, `${field.name} is not a year`);
      value = Number(cell);
      break;
    case "boolean":
      if (TRUE_VALUES.has(cell)) value = true;
      else if (FALSE_VALUES.has(cell)) value = false;
      else return fail(field, options, `${field.name} is not true or false`);
      break;
    default:
      throw new Error(`unknown field type ${JSON.stringify((field as FieldSchema).type)} for field ${field.name}`);
  }
  if (constraints.enum && !constraints.enum.includes(cell)) return fail(field, options, `${field.name} is not one of the allowed values`);
  if (constraints.pattern && typeof value === "string" && !compiledPattern(constraints.pattern).test(value))
    return fail(field, options, `${field.name} does not have the expected form`);
  if (typeof value === "number") {
    if (constraints.minimum !== undefined && value < constraints.minimum) return fail(field, options, `${field.name} is too small`);
    if (constraints.maximum !== undefined && value > constraints.maximum) return fail(field, options, `${field.name} is too large`);
  }
  if (constraints.maxLength !== undefined && cell.length > constraints.maxLength)
    return { ok: false, message: `${field.name} is too long`, expected: `at most ${constraints.maxLength} characters` };
  return { ok: true, value };
}

const patternCache = new Map<string, RegExp>();
/** Compiles a Table Schema pattern (anchored at both ends) once. */
function compiledPattern(pattern: string): RegExp {
  let compiled = patternCache.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp(`^(?:${pattern})$`, "u");
    patternCache.set(pattern, compiled);
  }
  return compiled;
}

function fail(field: FieldSchema, options: CastOptions, message: string): CastResult {
  return { ok: false, message, expected: describeExpected(field, options) };
}
