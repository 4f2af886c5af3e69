import { parseDelimited, type Delimiter } from "../dsv/parseDelimited.ts";
import { quoteValue, type Problem } from "../problem.ts";
import { CastFailure, compileCaster, type Caster } from "./castCell.ts";
import type { CellValue, TableSchema } from "./tableSchema.ts";

export type TableRow = Record<string, CellValue>;

export interface Table {
  file: string;
  delimiter: Delimiter;
  /** Typed rows, one per record, in file order (also rows with problems, their bad cells set to null). */
  rows: TableRow[];
  /** Spreadsheet row of each entry of `rows` (header = row 1). */
  rowNumbers: number[];
  /** Column number (1-based) of each schema field in the file, 0 when the column is absent. */
  columns: Record<string, number>;
  problems: Problem[];
  /** For key, reference and enum fields: each row's value as a number into `values` (-1 when missing), for fast key checks. */
  numbered: Record<string, { codes: ArrayLike<number>; values: string[] }>;
}

interface Pool {
  ordinals: Map<string, number>;
  values: string[];
  /** The ordinal of each row's value, -1 when missing. */
  codes: number[];
  /** The previous row's value and code: rows of one partnership come together, so most lookups end here without hashing. */
  last: string | null;
  lastCode: number;
}

/** Fields whose values repeat across rows (keys, references, enums): stored once each, which saves memory on large files. */
function repeatedFields(schema: TableSchema): Set<string> {
  const names = new Set<string>([...(schema.primaryKey ?? []), ...(schema.foreignKeys ?? []).flatMap((key) => key.fields)]);
  for (const field of schema.fields) if (field.constraints?.enum) names.add(field.name);
  return names;
}

/**
 * Reads delimited text against a Table Schema: checks the header, converts
 * every cell from its field's type, applies the field constraints, and
 * checks the primary key and `unique` fields. Every problem is collected,
 * with the row and column it concerns.
 */
export function readTable(text: string, file: string, schema: TableSchema): Table {
  const rows: TableRow[] = [];
  const rowNumbers: number[] = [];
  const problems: Problem[] = [];
  const fields = schema.fields;
  const repeated = repeatedFields(schema);
  let indexes: number[] = [];
  let casters: Caster[] = [];
  // For repeated string fields: each distinct value numbered once; rows share the stored string, and keys are checked on the numbers.
  const pools: Array<Pool | undefined> = fields.map((field) => (repeated.has(field.name) && field.type === "string" ? { ordinals: new Map(), values: [], codes: [], last: null, lastCode: -1 } : undefined));

  const checkHeader = (header: string[]) => {
    indexes = fields.map((field) => header.indexOf(field.name));
    fields.forEach((field, position) => {
      if (indexes[position] === -1 && field.constraints?.required)
        problems.push({ file, row: 1, column: 0, field: field.name, message: `the required column ${field.name} is missing`, expected: `a column named ${field.name}`, found: header.join(", ") });
    });
    header.forEach((name, position) => {
      if (!fields.some((field) => field.name === name))
        problems.push({ file, row: 1, column: position + 1, field: name, message: `the column ${quoteValue(name)} is not part of the schema`, expected: `one of ${fields.map((field) => field.name).join(", ")}` });
      else if (header.indexOf(name) !== position) problems.push({ file, row: 1, column: position + 1, field: name, message: `the column ${name} appears twice` });
    });
  };

  const makeRow = rowFactory(fields.map((field) => field.name));
  // One buffer for every row: the row literal copies the values out of it.
  const values: CellValue[] = new Array(fields.length).fill(null);
  const parsed = parseDelimited(text, file, {
    onHeader(header, delimiter) {
      casters = fields.map((field) => compileCaster(field, { missingValues: schema.missingValues, decimalComma: delimiter === ";" }));
      checkHeader(header);
    },
    onRecord(cells, row) {
      for (let position = 0; position < fields.length; position++) {
        const field = fields[position]!;
        const index = indexes[position]!;
        const raw = index === -1 ? "" : (cells[index] ?? "");
        let value = casters[position]!(raw);
        if (value instanceof CastFailure) {
          if (index !== -1 || field.constraints?.required)
            problems.push({ file, row, column: index + 1, field: field.name, message: value.message, expected: value.expected, found: quoteValue(raw.trim()) });
          value = null;
        }
        const pool = pools[position];
        if (pool !== undefined) {
          if (typeof value === "string") {
            let code: number | undefined;
            if (value === pool.last) code = pool.lastCode;
            else {
              code = pool.ordinals.get(value);
              if (code === undefined) {
                code = pool.values.length;
                pool.ordinals.set(value, code);
                pool.values.push(value);
              }
              pool.last = pool.values[code]!;
              pool.lastCode = code;
            }
            value = pool.values[code]!;
            pool.codes.push(code);
          } else pool.codes.push(-1);
        }
        values[position] = value;
      }
      rows.push(makeRow(values));
      rowNumbers.push(row);
    },
  });
  problems.push(...parsed.problems);

  const columns: Record<string, number> = {};
  fields.forEach((field, position) => (columns[field.name] = indexes[position]! + 1));
  const numbered: Table["numbered"] = {};
  fields.forEach((field, position) => {
    const pool = pools[position];
    if (pool !== undefined) numbered[field.name] = { codes: pool.codes, values: pool.values };
  });
  const table = { file, delimiter: parsed.delimiter, rows, rowNumbers, columns, problems, numbered };
  problems.push(...checkUniqueness(table, schema));
  return table;
}

/**
 * Reports duplicates of the primary key and of `unique` fields, naming the
 * first row that holds the value. Keys are numbered per field and combined
 * into one number where the counts allow, so large files need no key strings.
 */
function checkUniqueness(table: Table, schema: TableSchema): Problem[] {
  const problems: Problem[] = [];
  const keys: string[][] = [];
  if (schema.primaryKey) keys.push(schema.primaryKey);
  for (const field of schema.fields) if (field.constraints?.unique) keys.push([field.name]);
  for (const key of keys) {
    const numbered = key.map((name) => {
      const known = table.numbered[name];
      return known === undefined ? numberValues(table.rows, name) : { codes: known.codes, size: known.values.length };
    });
    const codes = numbered.map((entry) => entry.codes);
    const radix = numbered.map((entry) => entry.size);
    const fitsInNumber = radix.reduce((product, size) => product * Math.max(size, 1), 1) < Number.MAX_SAFE_INTEGER;
    /** The row's whole key as one number (or a string when the counts are too large), null when a part is missing. */
    const keyAt = (index: number): number | string | null => {
      let combined: number | string = 0;
      for (let position = 0; position < key.length; position++) {
        const code = codes[position]![index]!;
        if (code < 0) return null;
        combined = fitsInNumber ? (combined as number) * radix[position]! + code : `${combined}\u0000${code}`;
      }
      return combined;
    };
    if (fitsInNumber && !hasDuplicateNumbers(keyAt as (index: number) => number | null, table.rows.length)) continue;
    const firstRow = new Map<number | string, number>();
    for (let index = 0; index < table.rows.length; index++) {
      const combined = keyAt(index);
      if (combined === null) continue;
      const seen = firstRow.get(combined);
      if (seen === undefined) {
        firstRow.set(combined, table.rowNumbers[index]!);
        continue;
      }
      const values = key.map((name) => table.rows[index]![name]);
      problems.push({
        file: table.file,
        row: table.rowNumbers[index]!,
        column: table.columns[key[0]!] ?? 0,
        field: key.join(", "),
        message: `duplicate ${key.length > 1 ? `key (${key.join(", ")})` : key[0]}: the same value is on row ${seen}`,
        expected: "a value that appears once",
        found: quoteValue(values.join(", ")),
      });
    }
  }
  return problems;
}

/** Numbers the distinct values of a field, for fields not numbered while reading. */
function numberValues(rows: TableRow[], name: string): { codes: Float64Array; size: number } {
  const ordinals = new Map<CellValue, number>();
  const codes = new Float64Array(rows.length);
  rows.forEach((row, index) => {
    const value = row[name] ?? null;
    let code = ordinals.get(value);
    if (code === undefined) ordinals.set(value, (code = ordinals.size));
    codes[index] = value === null ? -1 : code;
  });
  return { codes, size: ordinals.size };
}

/**
 * Fast check that no two complete keys are equal: the keys combined into
 * numbers, sorted natively, neighbours compared. Only when it finds a
 * duplicate does the slower pass run that names the rows.
 */
function hasDuplicateNumbers(keyAt: (index: number) => number | null, length: number): boolean {
  const combined = new Float64Array(length);
  let count = 0;
  for (let index = 0; index < length; index++) {
    const value = keyAt(index);
    if (value !== null) combined[count++] = value;
  }
  const sorted = combined.subarray(0, count).sort();
  for (let index = 1; index < sorted.length; index++) if (sorted[index] === sorted[index - 1]) return true;
  return false;
}

/**
 * Builds rows as object literals with the schema's field names, as d3-dsv's
 * objectConverter does: every row gets the same shape at once, which is much
 * faster for large files than adding properties one by one.
 */
function rowFactory(names: string[]): (values: CellValue[]) => TableRow {
  try {
    // eslint-disable-next-line no-new-func -- field names are JSON-quoted, never code
    return new Function("values", `return {${names.map((name, index) => `${JSON.stringify(name)}: values[${index}]`).join(", ")}};`) as (values: CellValue[]) => TableRow;
  } catch {
    // Where code generation is forbidden (a strict Content-Security-Policy), fall back to plain assignment.
    return (values) => {
      const row: TableRow = {};
      names.forEach((name, index) => (row[name] = values[index]!));
      return row;
    };
  }
}
