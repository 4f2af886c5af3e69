import Papa from "papaparse";
import { randomLcg } from "d3";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseDelimited } from "../../src/dsv/parseDelimited.ts";
import { oneKindOfLineEnd } from "../../src/dsv/oneKindOfLineEnd.ts";

function parse(text: string) {
  const records: Array<{ cells: string[]; row: number }> = [];
  const headers: string[][] = [];
  const result = parseDelimited(text, "t.csv", {
    onHeader: (header) => headers.push(header),
    onRecord: (cells, row) => records.push({ cells, row }),
  });
  return { ...result, records, headers };
}

const cellsOf = (text: string) => parse(text).records.map((record) => record.cells);

describe("parseDelimited(text, file, handlers)", () => {
  it("strips a UTF-8 byte-order mark from the first column name", () => {
    const { header } = parse("\uFEFFid,name\na,b\n");
    expect(header).toEqual(["id", "name"]);
  });

  it("reads CRLF line ends like LF", () => {
    expect(cellsOf("id,name\r\na,b\r\nc,d\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
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

  it("takes the first non-blank record as the header, calling onHeader once, when the file starts with a blank line", () => {
    const { headers, records, problems } = parse("\nid,name\na,b\n");
    expect(headers).toEqual([["id", "name"]]);
    expect(records).toEqual([{ cells: ["a", "b"], row: 3 }]);
    expect(problems).toEqual([]);
    expect(parse("\r\n\r\nid;x\r\n1;2\r\n").delimiter).toBe(";");
  });

  it("reports a row whose cell count differs from the header", () => {
    const { problems } = parse("id,name\na,b,c\n");
    expect(problems).toEqual([
      expect.objectContaining({
        file: "t.csv",
        row: 2,
        column: 0,
        message: "the row has 3 cells but the header has 2",
      }),
    ]);
  });

  it("reads a file whose line ends switch from CRLF to LF, or back, as if every line end were LF", () => {
    const rows = (text: string) => {
      const records: string[][] = [];
      const { problems } = parseDelimited(text, "t.csv", { onRecord: (cells) => records.push(cells) });
      return { records, problems };
    };
    const expected = {
      records: [
        ["1", "2"],
        ["3", '"x"'],
        ["5", "6"],
        ["7", "8"],
      ],
      problems: [],
    };
    expect(rows('a,b\r\n1,2\r\n3,"""x"""\n5,6\n7,8\n')).toEqual(expected);
    expect(rows('a,b\n1,2\n3,"""x"""\r\n5,6\r\n7,8\r\n')).toEqual(expected);
    // A line feed inside a quoted field is text, in a CRLF file as in a mixed one.
    expect(rows('a,b\r\n1,"x\ny"\r\n').records).toEqual([["1", "x\ny"]]);
  });

  it("skips a row whose every cell is empty, as a spreadsheet writes an empty row (,,,), like a blank line", () => {
    const records: Array<[string[], number]> = [];
    const { problems } = parseDelimited("a,b,c\r\n1,2,3\r\n,,\r\n , ,\r\n4,5,6\r\n,,\r\n", "t.csv", {
      onRecord: (cells, row) => records.push([cells, row]),
    });
    expect({ records, problems }).toEqual({
      records: [
        [["1", "2", "3"], 2],
        [["4", "5", "6"], 5],
      ],
      problems: [],
    });
  });

  it("reports an unclosed quote", () => {
    const { problems } = parse('id,name\na,"never closed\n');
    expect(problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 2, message: "a quoted field is not closed" }),
    );
  });

  it("reports text after a closing quote at its column, saying how to write a quote inside a field", () => {
    const { problems } = parse('id,name,note\na,b,c\nd,"e, ""f"""g,h\n');
    expect(problems).toContainEqual(
      expect.objectContaining({
        row: 3,
        column: 2,
        message: "text follows the closing quote of a quoted field",
        expected: expect.stringContaining('written ""'),
      }),
    );
    const later = parse('id,name,note\r\na,b,c\r\nd,e,f\r\ng,x,"h"i\r\n').problems;
    expect(later).toContainEqual(
      expect.objectContaining({ row: 4, column: 3, message: "text follows the closing quote of a quoted field" }),
    );
  });

  it("reports each fault of a field once, though papaparse repeats it", () => {
    const { problems } = parse('id,name\na,"b"c"d"e\n');
    expect(
      problems.filter((problem) => problem.message === "text follows the closing quote of a quoted field"),
    ).toHaveLength(1);
    expect(problems.filter((problem) => problem.message === "a quoted field is not closed")).toHaveLength(1);
  });

  it("reports an empty file, or one with only blank lines, once", () => {
    expect(parse("").problems).toEqual([expect.objectContaining({ row: 1, message: "the file is empty" })]);
    const blank = parse("\n\n\r\n");
    expect(blank.problems).toHaveLength(1);
    expect(blank.headers).toEqual([[]]);
  });
});

// The ground csv-spectrum covers (maxogden/csv-spectrum: comma_in_quotes, empty, empty_crlf, escaped_quotes, json,
// newlines, newlines_crlf, quotes_and_newlines, simple, simple_crlf, utf8), written here as our own cases.
describe("parseDelimited(text, file, handlers) on the csv-spectrum ground", () => {
  it.each([
    ["a comma in quotes", 'first,last,address\nJohn,Doe,"12 St, Town"\n', [["John", "Doe", "12 St, Town"]]],
    [
      "empty quoted fields (LF)",
      'a,b,c\n1,"",""\n2,3,4\n',
      [
        ["1", "", ""],
        ["2", "3", "4"],
      ],
    ],
    [
      "empty quoted fields (CRLF)",
      'a,b,c\r\n1,"",""\r\n2,3,4\r\n',
      [
        ["1", "", ""],
        ["2", "3", "4"],
      ],
    ],
    [
      "escaped quotes",
      'a,b\n1,"ha ""ha"" ha"\n3,4\n',
      [
        ["1", 'ha "ha" ha'],
        ["3", "4"],
      ],
    ],
    [
      "JSON in a field",
      'key,val\n1,"{""type"": ""Point"", ""coordinates"": [102.0, 0.5]}"\n',
      [["1", '{"type": "Point", "coordinates": [102.0, 0.5]}']],
    ],
    [
      "line breaks in quotes (LF)",
      'a,b,c\n1,2,3\n"Once upon \na time",5,6\n7,8,9\n',
      [
        ["1", "2", "3"],
        ["Once upon \na time", "5", "6"],
        ["7", "8", "9"],
      ],
    ],
    [
      "line breaks in quotes (CRLF)",
      'a,b,c\r\n1,2,3\r\n"Once upon \r\na time",5,6\r\n',
      [
        ["1", "2", "3"],
        ["Once upon \r\na time", "5", "6"],
      ],
    ],
    [
      "quotes and line breaks",
      'a,b\n1,"ha \n""ha"" \nha"\n3,4\n',
      [
        ["1", 'ha \n"ha" \nha'],
        ["3", "4"],
      ],
    ],
    ["a simple file", "a,b,c\n1,2,3\n", [["1", "2", "3"]]],
    ["a simple file (CRLF)", "a,b,c\r\n1,2,3\r\n", [["1", "2", "3"]]],
    [
      "UTF-8 text",
      "a,b,c\n1,2,3\n4,5,ʤ\n",
      [
        ["1", "2", "3"],
        ["4", "5", "ʤ"],
      ],
    ],
    ["no line end after the last record", "a,b\n1,2", [["1", "2"]]],
  ])("reads %s", (_, text, expected) => {
    const { records, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.cells)).toEqual(expected);
  });
});

/**
 * What papaparse alone makes of a text, told only the delimiter: its records
 * with spreadsheet rows, less blank records and the first non-blank one
 * (the header), and the rows where it reports quoting errors. A text whose
 * rows end in both CRLF and LF is given to it with LF row ends, as
 * parseDelimited reads it (papaparse alone takes the first kind for all).
 */
function papaparseReading(text: string) {
  const unmarked = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const source = oneKindOfLineEnd(unmarked, detectDelimiter(unmarked));
  const records: Array<{ cells: string[]; row: number }> = [];
  const errorRows = new Set<number>();
  let row = 0;
  let header = false;
  Papa.parse<string[]>(source, {
    delimiter: detectDelimiter(source),
    skipEmptyLines: false,
    step(results) {
      row++;
      if (results.errors.length > 0) errorRows.add(row);
      // A row of empty cells (a spreadsheet's ",,,") is skipped like a blank line.
      if (results.data.every((cell) => cell.trim() === "")) return;
      if (!header) header = true;
      else records.push({ cells: results.data, row });
    },
  });
  return { records, errorRows: [...errorRows] };
}

function parseDelimitedReading(text: string) {
  const { records, problems } = parse(text);
  const errorRows = [
    ...new Set(problems.filter((problem) => problem.message.includes("quote")).map((problem) => problem.row)),
  ];
  return { records, errorRows };
}

/** Random delimited text over the characters that matter; some with broken quoting or line ends of both kinds. */
function randomDelimitedText(random: () => number): string {
  const delimiter = random() < 0.7 ? "," : random() < 0.66 ? ";" : "\t";
  const newline = random() < 0.5 ? "\n" : "\r\n";
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const plain = ["a", "b c", " ", "", "1", "-8", "x'y", 'p"q', "ü", "😀"];
  const quoted = ["", "a", `${delimiter}`, '""', newline, ` z${newline}w `, '"" ""', "x\r\ny", "\r"];
  const broken = ['"open', '"a"b', '"a" ', "\r", '""x', "\n"];
  const lines: string[] = [];
  const rows = 1 + Math.floor(random() * 6);
  for (let line = 0; line < rows; line++) {
    const cells: string[] = [];
    const count = random() < 0.1 ? 1 : 1 + Math.floor(random() * 4);
    for (let cell = 0; cell < count; cell++) {
      const kind = random();
      cells.push(kind < 0.55 ? pick(plain) : kind < 0.95 ? `"${pick(quoted)}"` : pick(broken));
    }
    lines.push(cells.join(delimiter));
  }
  const start = random() < 0.1 ? "\uFEFF" : random() < 0.1 ? newline : "";
  return start + lines.join(newline) + (random() < 0.7 ? newline : "");
}

describe("parseDelimited agrees with papaparse", () => {
  it("gives papaparse's records, rows and quoting-error rows on 3,000 random texts, well-formed or not", () => {
    const random = randomLcg(7);
    let withErrors = 0;
    for (let index = 0; index < 3000; index++) {
      const text = randomDelimitedText(random);
      const expected = papaparseReading(text);
      if (expected.errorRows.length > 0) withErrors++;
      expect(parseDelimitedReading(text), JSON.stringify(text)).toEqual(expected);
    }
    // Both well-formed and broken texts were exercised.
    expect(withErrors).toBeGreaterThan(150);
    expect(withErrors).toBeLessThan(2850);
  });
});

describe("detectDelimiter(text)", () => {
  it("looks at the header line only, ignoring quoted delimiters and blank lines before it", () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4;5\n')).toBe(",");
    expect(detectDelimiter("a;b;c\n1,5;2,5;3\n")).toBe(";");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter("\n\na;b\n")).toBe(";");
  });
});
