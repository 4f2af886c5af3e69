import { describe, expect, it } from "vitest";
import { detectDelimiter, parseDelimited } from "../../src/dsv/parseDelimited.ts";

function parse(text: string) {
  const records: Array<{ cells: string[]; row: number }> = [];
  const result = parseDelimited(text, "t.csv", { onRecord: (cells, row) => records.push({ cells, row }) });
  return { ...result, records };
}

describe("parseDelimited(text, file, handlers)", () => {
  it("strips a UTF-8 byte-order mark from the first column name", () => {
    const { header } = parse("\uFEFFid,name\na,b\n");
    expect(header).toEqual(["id", "name"]);
  });

  it("reads CRLF line ends like LF", () => {
    const { records } = parse("id,name\r\na,b\r\nc,d\r\n");
    expect(records.map((record) => record.cells)).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields, and counts rows as records", () => {
    const { records } = parse('id,note\na,"one, two ""three""\nfour"\nb,x\n');
    expect(records[0]).toEqual({ cells: ["a", 'one, two "three"\nfour'], row: 2 });
    expect(records[1]).toEqual({ cells: ["b", "x"], row: 3 });
  });

  it("reads semicolon-delimited files as written by spreadsheets in an Indonesian locale", () => {
    const { delimiter, records } = parse("id;latitude\r\na;-8,65\r\n");
    expect(delimiter).toBe(";");
    expect(records[0]!.cells).toEqual(["a", "-8,65"]);
  });

  it("skips blank lines but still counts them, so row numbers match a spreadsheet", () => {
    const { records } = parse("id\na\n\nb\n");
    expect(records.map((record) => record.row)).toEqual([2, 4]);
  });

  it("reports a row whose cell count differs from the header", () => {
    const { problems } = parse("id,name\na,b,c\n");
    expect(problems).toEqual([expect.objectContaining({ file: "t.csv", row: 2, column: 0, message: "the row has 3 cells but the header has 2" })]);
  });

  it("reports an unclosed quote", () => {
    const { problems } = parse('id,name\na,"never closed\n');
    expect(problems).toContainEqual(expect.objectContaining({ row: 2, column: 2, message: "a quoted field is not closed" }));
  });

  it("reports text after a closing quote, saying how to write a quote inside a field", () => {
    const { problems } = parse('id,name,note\na,b,c\nd,"e, ""f"""g,h\n');
    expect(problems).toContainEqual(expect.objectContaining({ row: 3, column: 2, message: "text follows the closing quote of a quoted field", expected: expect.stringContaining('written ""') }));
    // Past the first record papaparse reads (here a bare line feed in a CRLF file hands over at row 2), columns still count from the record's start.
    const later = parse('id,name,note\r\na,b,c\nd,e,f\r\ng,x,"h"i\r\n').problems;
    expect(later).toContainEqual(expect.objectContaining({ row: 3, column: 3, message: "text follows the closing quote of a quoted field" }));
  });

  it("reports each fault of a field once, though papaparse repeats it", () => {
    const { problems } = parse('id,name\na,"b"c"d"e\n');
    expect(problems.filter((problem) => problem.message === "text follows the closing quote of a quoted field")).toHaveLength(1);
    expect(problems.filter((problem) => problem.message === "a quoted field is not closed")).toHaveLength(1);
  });

  it("reports an empty file", () => {
    expect(parse("").problems[0]).toMatchObject({ row: 1, message: "the file is empty" });
  });
});

describe("detectDelimiter(text)", () => {
  it("looks at the header line only, ignoring quoted delimiters", () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5\n')).toBe(",");
    expect(detectDelimiter("a;b;c\n1,5;2,5;3\n")).toBe(";");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
  });
});
