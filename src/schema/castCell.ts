import type { Language } from "../language.ts";
import { saidAs, type ProblemCode, type ProblemParams } from "../problemTexts.ts";
import { patternFix, patternInWords } from "./patternWords.ts";
import type { CellValue, FieldSchema } from "./tableSchema.ts";

export type CastResult = { ok: true; value: CellValue } | { ok: false; message: string; expected: string };

/** How `describeExpected` says what a field accepts. */
export interface ExpectedWordsOptions {
  /** The language of the words; default English (what the CLI prints). */
  language?: Language;
  /** The words for an allowed value (a code's label); default the value itself. */
  valueLabel?: (value: string) => string;
}

export interface CastOptions {
  /** Accept a comma as decimal mark (files written by spreadsheets in Indonesian and other locales). */
  decimalComma?: boolean;
  /** Missing-value markers of the schema, used when the field has none of its own. */
  missingValues?: readonly string[];
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;
const TRUE_VALUES = new Set(["true", "True", "TRUE", "1", "yes", "ya"]);
const FALSE_VALUES = new Set(["false", "False", "FALSE", "0", "no", "tidak"]);

/**
 * Describes what a field accepts, for messages: "an integer from 0 to 2 or NA"; in Indonesian with
 * `language` "id", the allowed values said by `valueLabel`.
 * @example describeExpected({ name: "score", type: "integer", constraints: { minimum: 0, maximum: 2 }, missingValues: ["NA"] }, { language: "id" })
 * // "bilangan bulat dari 0 sampai 2 atau NA"
 */
export function describeExpected(field: FieldSchema, options: CastOptions & ExpectedWordsOptions = {}): string {
  const { constraints = {} } = field;
  const { language = "en", valueLabel = (value: string) => value } = options;
  const id = language === "id";
  let text: string;
  if (constraints.enum) text = `${id ? "salah satu dari" : "one of"} ${constraints.enum.map(valueLabel).join(", ")}`;
  else if (field.type === "integer" || field.type === "number") {
    const noun = field.type === "integer" ? (id ? "bilangan bulat" : "an integer") : id ? "angka" : "a number";
    if (constraints.minimum !== undefined && constraints.maximum !== undefined)
      text = id
        ? `${noun} dari ${constraints.minimum} sampai ${constraints.maximum}`
        : `${noun} from ${constraints.minimum} to ${constraints.maximum}`;
    else if (constraints.minimum !== undefined)
      text = id ? `${noun} paling sedikit ${constraints.minimum}` : `${noun} of at least ${constraints.minimum}`;
    else if (constraints.maximum !== undefined)
      text = id ? `${noun} paling banyak ${constraints.maximum}` : `${noun} of at most ${constraints.maximum}`;
    else text = noun;
  } else if (field.type === "year") text = id ? "tahun empat angka" : "a four-digit year";
  else if (field.type === "boolean") text = id ? "true atau false" : "true or false";
  else if (constraints.pattern) text = patternInWords(constraints.pattern, field.example, language);
  else text = id ? "teks" : "text";
  const markers = (field.missingValues ?? options.missingValues ?? [""]).filter((marker) => marker !== "");
  const or = id ? "atau" : "or";
  if (markers.length > 0) text += ` ${or} ${markers.join(` ${or} `)}`;
  return text;
}

/** Why a cell could not be converted; an instance, so the success path allocates nothing. */
export class CastFailure {
  readonly message: string;
  constructor(
    readonly code: ProblemCode,
    readonly params: ProblemParams,
    readonly expected: string,
  ) {
    this.message = saidAs(code, params).message;
  }
}

/** Converts one raw cell to its typed value, or returns a CastFailure. */
export type Caster = (raw: string) => CellValue | CastFailure;

/** Control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Compiles a field's schema into a converter for its cells: the type, the
 * missing-value markers and the constraints (enum, pattern, minimum,
 * maximum, maxLength, required) are looked at once, not once per cell.
 * Never guesses a type: a value that does not fit is a failure. Surrounding
 * spaces are ignored, as spreadsheets often add them.
 */
export function compileCaster(field: FieldSchema, options: CastOptions = {}): Caster {
  const { constraints = {} } = field;
  const missing = new Set(field.missingValues ?? options.missingValues ?? [""]);
  // Markers are short: a long cell (evidence, notes) need not be hashed to know it is not one.
  const longestMarker = Math.max(0, ...[...missing].map((marker) => marker.length));
  const expected = describeExpected(field, options);
  const enumValues = constraints.enum ? new Set(constraints.enum) : undefined;
  const pattern = constraints.pattern ? compiledPattern(constraints.pattern) : undefined;
  const { minimum, maximum, maxLength, required } = constraints;
  const decimalComma = options.decimalComma === true;
  // Each problem's particulars: the field, and what it accepts in Indonesian (the English is `expected`).
  const named = { field: field.name, expectedIndonesian: describeExpected(field, { ...options, language: "id" }) };
  const failures = {
    required: new CastFailure("required", named, expected),
    type: new CastFailure(
      field.type === "integer"
        ? "not-integer"
        : field.type === "number"
          ? "not-number"
          : field.type === "year"
            ? "not-year"
            : "not-boolean",
      named,
      expected,
    ),
    // A field whose missing value is a marker (NA): an empty cell is more often a value forgotten than one meant missing.
    empty: new CastFailure(
      "empty-not-marked",
      { ...named, markers: [...missing].filter((marker) => marker !== "").join(" or ") },
      expected,
    ),
    enum: new CastFailure("not-allowed", named, expected),
    pattern: new CastFailure("wrong-form", named, expected),
    small: new CastFailure("too-small", named, expected),
    large: new CastFailure("too-large", named, expected),
    long: new CastFailure("too-long", { ...named, maxLength: maxLength ?? 0 }, `at most ${maxLength} characters`),
    control: new CastFailure("control-character", named, saidAs("control-character", named).expected!),
  };
  let convert: (cell: string) => CellValue | CastFailure;
  switch (field.type) {
    case "string":
      // NUL and terminal control characters are never text a researcher meant: they come from binary files or escape sequences.
      convert = (cell) => (CONTROL.test(cell) ? failures.control : cell);
      break;
    case "integer":
      convert = (cell) => (INTEGER.test(cell) ? Number(cell) : failures.type);
      break;
    case "number":
      convert = (cell) => {
        const text = decimalComma ? cell.replace(",", ".") : cell;
        return NUMBER.test(text) ? Number(text) : failures.type;
      };
      break;
    case "year":
      convert = (cell) => (YEAR.test(cell) ? Number(cell) : failures.type);
      break;
    case "boolean":
      convert = (cell) => (TRUE_VALUES.has(cell) ? true : FALSE_VALUES.has(cell) ? false : failures.type);
      break;
    default:
      throw new Error(`unknown field type ${JSON.stringify((field as FieldSchema).type)} for field ${field.name}`);
  }
  return (raw) => {
    const cell = raw.trim();
    if (cell.length <= longestMarker && missing.has(cell)) return required ? failures.required : null;
    if (cell === "") return required ? failures.required : failures.empty;
    const value = convert(cell);
    if (value instanceof CastFailure) return value;
    if (enumValues !== undefined && !enumValues.has(cell)) return failures.enum;
    if (pattern !== undefined && typeof value === "string" && !pattern.test(value)) {
      // The fix depends on the cell ("write it 2019-12-31"): a failure of its own, made only for a cell that fails.
      const fix = patternFix(constraints.pattern!, value);
      return fix === undefined
        ? failures.pattern
        : new CastFailure(
            "wrong-form",
            { ...named, fix, fixIndonesian: patternFix(constraints.pattern!, value, "id")! },
            expected,
          );
    }
    if (typeof value === "number") {
      if (minimum !== undefined && value < minimum) return failures.small;
      if (maximum !== undefined && value > maximum) return failures.large;
    }
    if (maxLength !== undefined && cell.length > maxLength) return failures.long;
    return value;
  };
}

/**
 * Converts one cell to its typed value from the field's schema (see
 * `compileCaster`, which readers use to convert many cells).
 * @example castCell({name: "score", type: "integer", missingValues: ["NA"]}, "NA") // {ok: true, value: null}
 */
export function castCell(field: FieldSchema, raw: string, options: CastOptions = {}): CastResult {
  const value = compileCaster(field, options)(raw);
  return value instanceof CastFailure
    ? { ok: false, message: value.message, expected: value.expected }
    : { ok: true, value };
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
