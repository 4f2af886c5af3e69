import { quoteValue, type Problem } from "../problem.ts";
import type { Table } from "./readTable.ts";
import type { TableSchema } from "./tableSchema.ts";

/**
 * Checks every foreign key of every table: a value must exist as a key of
 * the referenced table. References to a table that was not read (a single
 * file validated on its own) are reported as not checked, unless the table
 * is read on its own on purpose (`alone`: one coder's codings compared for
 * agreement). Each distinct value is looked up once; rows are checked by number.
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
          message: `${foreignKey.fields.join(", ")} refers to an unknown ${foreignKey.reference.resource.replace(/s$/, "")}`,
          expected: `${/^[aeiou]/.test(foreignKey.reference.fields[0]!) ? "an" : "a"} ${foreignKey.reference.fields.join(", ")} listed in ${targetFile}`,
          found: quoteValue(values.join(", ")),
        });
      if (foreignKey.fields.length === 1) {
        const { codes, values } = table.codesOf(foreignKey.fields[0]!);
        const known = values.map((value) => keys.has(String(value)));
        for (let index = 0; index < codes.length; index++) {
          const code = codes[index]!;
          if (code >= 0 && !known[code]) report(index, [values[code]]);
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
  return problems;
}
