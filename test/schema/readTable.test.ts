import { describe, expect, it } from "vitest";
import { ColumnBuilder, columnValue } from "../../src/schema/columns.ts";
import { readTable } from "../../src/schema/readTable.ts";
import type { TableSchema } from "../../src/schema/tableSchema.ts";
import { formatProblem } from "../../src/problem.ts";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { textsOf, MINIMAL } from "../helpers.ts";

const schema: TableSchema = {
  fields: [
    { name: "id", type: "string", constraints: { required: true } },
    { name: "kind", type: "string", constraints: { enum: ["a", "b"] } },
    { name: "score", type: "integer", missingValues: ["NA"], constraints: { minimum: 0, maximum: 2 } },
    { name: "share", type: "number" },
    { name: "open", type: "boolean" },
    { name: "code", type: "string", constraints: { unique: true } },
    { name: "note", type: "string" },
  ],
  primaryKey: ["id"],
  // These tests give only the columns they are about.
  fieldsMatch: "superset",
};

describe("columnValue(column, index) and ColumnBuilder", () => {
  it("reads each kind of column, missing values as null", () => {
    expect(columnValue({ kind: "pooled", codes: Int32Array.of(1, -1), values: ["x", "y"] }, 0)).toBe("y");
    expect(columnValue({ kind: "pooled", codes: Int32Array.of(1, -1), values: ["x", "y"] }, 1)).toBeNull();
    expect(columnValue({ kind: "text", values: ["a", null] }, 1)).toBeNull();
    expect(columnValue({ kind: "number", values: Float64Array.of(2, Number.NaN) }, 0)).toBe(2);
    expect(columnValue({ kind: "number", values: Float64Array.of(2, Number.NaN) }, 1)).toBeNull();
    expect([0, 1, 2].map((index) => columnValue({ kind: "boolean", values: Int8Array.of(1, 0, -1) }, index))).toEqual([
      true,
      false,
      null,
    ]);
  });

  it("grows past its first capacity and trims the spare on finish", () => {
    const numbers = new ColumnBuilder({ name: "n", type: "number" }, false);
    const pooled = new ColumnBuilder({ name: "p", type: "string" }, true);
    for (let index = 0; index < 5000; index++) {
      numbers.push(index % 7 === 0 ? null : index / 2);
      pooled.push(index % 3 === 0 ? null : `v${index % 10}`);
    }
    const numberColumn = numbers.finish();
    const pooledColumn = pooled.finish();
    expect(numberColumn.kind === "number" && numberColumn.values.length).toBe(5000);
    expect(columnValue(numberColumn, 4999)).toBe(2499.5);
    expect(columnValue(numberColumn, 4998)).toBeNull(); // 4998 = 7 × 714
    expect(pooledColumn.kind === "pooled" && pooledColumn.codes.length).toBe(5000);
    expect(pooledColumn.kind === "pooled" && pooledColumn.values.length).toBe(10);
    expect(columnValue(pooledColumn, 4997)).toBe("v7");
    expect(columnValue(pooledColumn, 4998)).toBeNull();
  });
});

describe("readTable(text, file, schema)", () => {
  it("reads an LF file with one CRLF line end like the plain LF file, with the same values", () => {
    const rows = [
      "id,kind,score,share,open,code,note",
      "r1,a,1,0.5,true,c1,",
      "r2,b,NA,,false,c2,x",
      'r3,a,2,1.5,,c3,"y, z"',
      "r4,b,0,2,true,c4,",
    ];
    const plain = readTable(rows.join("\n") + "\n", "t.csv", schema);
    // Row 3 ends with CRLF, the others with LF: papaparse keeps the line end it found first, and the rows read the same.
    const mixed = readTable(`${rows.slice(0, 3).join("\n")}\r\n${rows.slice(3).join("\n")}\n`, "t.csv", schema);
    expect(mixed.problems).toEqual([]);
    expect(mixed.rows).toEqual(plain.rows);
    expect([...mixed.rowNumbers]).toEqual([2, 3, 4, 5]);
    expect(mixed.value("note", 2)).toBe("y, z");
  });

  const text =
    "id,kind,score,share,open,code,note\n" +
    "r1,a,2,0.5,true,c1,first\n" +
    "r2, a ,NA,,no,,\n" +
    "r3,b,1,1e2,ya,c2,third\n";

  it("stores columns and builds the same rows on demand, once", () => {
    const table = readTable(text, "t.csv", schema);
    expect(table.problems).toEqual([]);
    expect(table.length).toBe(3);
    expect([...table.rowNumbers]).toEqual([2, 3, 4]);
    expect(table.values.kind!.kind).toBe("pooled");
    expect(table.values.score!.kind).toBe("number");
    expect(table.values.note!.kind).toBe("text");
    expect(table.value("kind", 1)).toBe("a");
    expect(table.rows).toEqual([
      { id: "r1", kind: "a", score: 2, share: 0.5, open: true, code: "c1", note: "first" },
      { id: "r2", kind: "a", score: null, share: null, open: false, code: null, note: null },
      { id: "r3", kind: "b", score: 1, share: 100, open: true, code: "c2", note: "third" },
    ]);
    expect(table.rows).toBe(table.rows);
  });

  it("numbers the values of any field, pooled or not", () => {
    const table = readTable(text, "t.csv", schema);
    expect(table.codesOf("kind")).toMatchObject({ codes: Int32Array.of(0, 0, 1), values: ["a", "b"] });
    expect(table.codesOf("code")).toEqual({ codes: Int32Array.of(0, -1, 1), values: ["c1", "c2"] });
  });

  it("reports a bad value on every row that repeats it, not only the first", () => {
    const table = readTable("id,kind,score\nr1,a,x\nr2,a,x\nr3,a,x\n", "t.csv", schema);
    expect(table.problems.map(formatProblem)).toEqual(
      [2, 3, 4].map(
        (row) => `t.csv:${row}:3: score is not an integer (expected an integer from 0 to 2 or NA, found "x")`,
      ),
    );
  });

  it("treats a key with surrounding spaces as the same key", () => {
    const table = readTable("id,kind\nr1,a\n r1 ,b\n", "t.csv", schema);
    expect(table.problems.map(formatProblem)).toEqual([
      't.csv:3:1: duplicate id: the same value is on row 2 (expected a value that appears once, found "r1")',
    ]);
  });

  it("finds duplicates of a unique field that has missing values", () => {
    const table = readTable("id,code\nr1,c1\nr2,\nr3,c1\n", "t.csv", schema);
    expect(table.problems.map(formatProblem)).toEqual([
      't.csv:4:2: duplicate code: the same value is on row 2 (expected a value that appears once, found "c1")',
    ]);
  });
});

describe("readTable key checks", () => {
  const fourPartKey: TableSchema = {
    fields: ["a", "b", "c", "d"].map((name) => ({ name, type: "string" as const })),
    primaryKey: ["a", "b", "c", "d"],
  };

  it("find a duplicate among keys too many to number with one bit each (sorted instead)", () => {
    // 150 distinct values per part: 150⁴ possible keys, past the bitset's limit.
    const lines = Array.from({ length: 150 }, (_, index) => `a${index},b${index},c${index},d${index}`);
    const table = readTable(`a,b,c,d\n${lines.join("\n")}\n${lines[7]}\n`, "t.csv", fourPartKey);
    expect(table.problems.map(formatProblem)).toEqual([
      't.csv:152:1: duplicate key (a, b, c, d): the same value is on row 9 (expected a value that appears once, found "a7, b7, c7, d7")',
    ]);
  });

  it("find none where keys differ in one part only", () => {
    const lines = Array.from({ length: 150 }, (_, index) => `a${index},b${index},c${index},d${index}`);
    const table = readTable(`a,b,c,d\n${lines.join("\n")}\na7,b7,c7,d8\n`, "t.csv", fourPartKey);
    expect(table.problems).toEqual([]);
  });
});

describe("readDataset on very large invalid files", () => {
  it("reports 150,000 duplicate codings without overflowing the stack", () => {
    const [header, row] = MINIMAL.codings.trim().split("\n");
    const codings = `${header}\n${`${row}\n`.repeat(150_001)}`;
    const { problems } = readDataset(textsOf({ codings }));
    expect(problems).toHaveLength(150_000);
    expect(formatProblem(problems[0]!)).toMatch(
      /^codings\.csv:3:1: duplicate key \(partnership, framework, indicator, coder\): the same value is on row 2/,
    );
  });
});
