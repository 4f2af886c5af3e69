import { parseDelimited, type Delimiter } from "../dsv/parseDelimited.ts";
import { quoteValue, type Problem } from "../problem.ts";
import { castCell } from "./castCell.ts";
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
  let indexes: number[] = [];
  let decimalComma = false;
  const castOptions = { missingValues: schema.missingValues };

  const checkHeader = (header: string[]) => {
    indexes = fields.map((field) => header.indexOf(field.name));
    fields.forEach((field, position) => {
      if (indexes[position] === -1 && field.constraints?.required)
        problems.push({ file, row: 1, column: 0, field: field.name, message: `the required column ${field.name} is missing`, expected: `a column named ${field.name}`, found: header.join(", ") });
    });
    header.forEach((name, position) => {
      if (!fields.some((field) => field.name === name))
        problems.push({ file, row: 1, column: position + 1, field: name, message: `the column ${quoteValue(name)} is not part of the schema`, expected: `one of ${fields.map((field) => field.name).join(", ")}` });
      else if (header.indexOf(name) !== position)
        problems.push({ file, row: 1, column: position + 1, field: name, message: `the column ${name} appears twice` });
    });
  };

  const parsed = parseDelimited(text, file, {
    onHeader(header, delimiter) {
      decimalComma = delimiter === ";";
      checkHeader(header);
    },
    onRecord(cells, row) {
    const typed: TableRow = {};
    for (let position = 0; position < fields.length; position++) {
      const field = fields[position]!;
      const index = indexes[position]!;
      const raw = index === -1 ? "" : (cells[index] ?? "");
      const result = castCell(field, raw, { ...castOptions, decimalComma });
      if (result.ok) typed[field.name] = result.value;
      else {
        typed[field.name] = null;
        if (index !== -1 || field.constraints?.required)
          problems.push({ file, row, column: index + 1, field: field.name, message: result.message, expected: result.expected, found: quoteValue(raw.trim()) });
      }
    }
    rows.push(typed);
    rowNumbers.push(row);
    },
  });
  problems.push(...parsed.problems);

  const columns: Record<string, number> = {};
  fields.forEach((field, position) => (columns[field.name] = indexes[position]! + 1));
  problems.push(...checkUniqueness({ file, rows, rowNumbers, columns }, schema));
  return { file, delimiter: parsed.delimiter, rows, rowNumbers, columns, problems };
}

/** Reports duplicates of the primary key and of `unique` fields, naming the first row that holds the value. */
function checkUniqueness(table: Pick<Table, "file" | "rows" | "rowNumbers" | "columns">, schema: TableSchema): Problem[] {
  const problems: Problem[] = [];
  const keys: string[][] = [];
  if (schema.primaryKey) keys.push(schema.primaryKey);
  for (const field of schema.fields) if (field.constraints?.unique) keys.push([field.name]);
  for (const key of keys) {
    const firstRow = new Map<string, number>();
    table.rows.forEach((row, index) => {
      const values = key.map((name) => row[name]);
      if (values.some((value) => value === null || value === undefined)) return;
      const joined = values.join("\u0000");
      const seen = firstRow.get(joined);
      const rowNumber = table.rowNumbers[index]!;
      if (seen === undefined) firstRow.set(joined, rowNumber);
      else
        problems.push({
          file: table.file,
          row: rowNumber,
          column: table.columns[key[0]!] ?? 0,
          field: key.join(", "),
          message: `duplicate ${key.length > 1 ? `key (${key.join(", ")})` : key[0]}: the same value is on row ${seen}`,
          expected: "a value that appears once",
          found: quoteValue(values.join(", ")),
        });
    });
  }
  return problems;
}
