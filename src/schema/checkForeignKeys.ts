import { saidAs } from "../problemTexts.ts";
import { quoteValue, type Problem } from "../problem.ts";
import type { Table } from "./readTable.ts";
import { slugify } from "./slugify.ts";
import { rowRanges } from "../format/rowRanges.ts";
import type { TableSchema } from "./tableSchema.ts";

/**
 * Checks every foreign key of every table: a value must exist as a key of
 * the referenced table. References to a table that was not read (a single
 * file validated on its own) are reported as not checked, unless the table
 * is read on its own on purpose (`alone`: one coder's codings compared for
 * agreement). Each distinct value is looked up once; rows are checked by number.
 *
 * A key that could not be read (an id written `Surabaya-Kitakyushu`) is one
 * fault, already reported: the rows that refer to it (as `surabaya-kitakyushu`,
 * or as written) are not reported one by one, but counted in one line placed
 * right after the fault, so that the cause comes first.
 */
export function checkForeignKeys(
  tables: Record<string, Table<unknown> | undefined>,
  schemas: Record<string, TableSchema>,
  unread: readonly string[] = [],
  alone = false,
): Problem[] {
  const problems: Problem[] = [];
  const keySets = new Map<string, Set<string>>();
  const keysOf = (target: Table<unknown>, resource: string, fields: readonly string[]) => {
    const cacheKey = `${resource}:${fields.join(",")}`;
    let keys = keySets.get(cacheKey);
    if (keys === undefined) {
      keys = new Set();
      if (fields.length === 1) for (const value of target.codesOf(fields[0]!).values) keys.add(String(value));
      else
        for (let index = 0; index < target.length; index++)
          keys.add(fields.map((field) => String(target.value(field, index))).join("\u0000"));
      keySets.set(cacheKey, keys);
    }
    return keys;
  };
  /** Rows that refer to a key that could not be read, by the referenced table's cell. */
  const dependants = new Map<
    string,
    { target: Table<unknown>; field: string; index: number; rows: Map<string, number[]> }
  >();
  /** The cells of a table's key field that could not be read, by their raw text written as an id. */
  const rejectedKeys = (target: Table<unknown>, field: string) => {
    const byText = new Map<string, number>();
    for (const cell of target.rejected) if (cell.field === field) byText.set(slugify(cell.raw) || cell.raw, cell.index);
    return byText;
  };
  for (const [name, table] of Object.entries(tables)) {
    if (table === undefined) continue;
    for (const foreignKey of schemas[name]?.foreignKeys ?? []) {
      const target = tables[foreignKey.reference.resource];
      if (target === undefined) {
        // A file whose reading failed was reported already: one fault, one message.
        if (unread.includes(foreignKey.reference.resource) || alone) continue;
        // A file read on its own: its references cannot be checked, and saying it is valid would be saying too much.
        problems.push({
          file: table.file,
          row: 0,
          column: table.columns[foreignKey.fields[0]!] ?? 0,
          field: foreignKey.fields.join(", "),
          message: `the references of ${foreignKey.fields.join(", ")} to ${foreignKey.reference.resource} could not be checked: that file was not read`,
          expected: "the dataset folder, so that references between its files are checked",
        });
        continue;
      }
      const keys = keysOf(target, foreignKey.reference.resource, foreignKey.reference.fields);
      const targetFile = target.file.split(/[\\/]/).pop();
      const report = (index: number, values: unknown[]) =>
        problems.push({
          file: table.file,
          row: table.rowNumbers[index]!,
          column: table.columns[foreignKey.fields[0]!] ?? 0,
          field: foreignKey.fields.join(", "),
          ...saidAs("unknown-reference", {
            fields: foreignKey.fields.join(", "),
            resource: foreignKey.reference.resource,
            referenced: foreignKey.reference.fields.join(", "),
            file: targetFile ?? "",
          }),
          found: quoteValue(values.join(", ")),
        });
      if (foreignKey.fields.length === 1) {
        const { codes, values } = table.codesOf(foreignKey.fields[0]!);
        const known = values.map((value) => keys.has(String(value)));
        const field = foreignKey.reference.fields[0]!;
        const rejected = known.every(Boolean) ? new Map<string, number>() : rejectedKeys(target, field);
        const causes = values.map((value) => rejected.get(slugify(String(value)) || String(value)));
        for (let index = 0; index < codes.length; index++) {
          const code = codes[index]!;
          if (code < 0 || known[code]) continue;
          const cause = causes[code];
          if (cause === undefined) {
            report(index, [values[code]]);
            continue;
          }
          const causeKey = `${foreignKey.reference.resource}\u0000${field}\u0000${cause}`;
          let entry = dependants.get(causeKey);
          if (entry === undefined) dependants.set(causeKey, (entry = { target, field, index: cause, rows: new Map() }));
          let rows = entry.rows.get(table.file);
          if (rows === undefined) entry.rows.set(table.file, (rows = []));
          rows.push(table.rowNumbers[index]!);
        }
        continue;
      }
      for (let index = 0; index < table.length; index++) {
        const values = foreignKey.fields.map((field) => table.value(field, index));
        if (values.some((value) => value === null)) continue;
        if (!keys.has(values.map(String).join("\u0000"))) report(index, values);
      }
    }
  }
  for (const { target, field, index, rows } of dependants.values()) {
    const files = [...rows.keys()].map((file) => file.split(/[\\/]/).pop()!);
    const count = [...rows.values()].reduce((sum, list) => sum + list.length, 0);
    const where = [...rows].map(([file, list]) => `${file.split(/[\\/]/).pop()} ${rowRanges(list)}`).join("; ");
    const whereIndonesian = [...rows]
      .map(([file, list]) => `${file.split(/[\\/]/).pop()} ${rowRanges(list, "id")}`)
      .join("; ");
    problems.push({
      file: target.file,
      row: target.rowNumbers[index]!,
      column: target.columns[field] ?? 0,
      field,
      ...saidAs("rows-refer-to-it", { count, files: listWords(files), where, whereIndonesian }),
    });
  }
  return problems;
}

/** "a", "a and b", "a, b and c" */
const listWords = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
