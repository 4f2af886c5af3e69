import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseDelimited } from "../../src/dsv/parseDelimited.ts";

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
 * A table written out as RFC 4180 says (https://www.rfc-editor.org/rfc/rfc4180, section 2), by this test and not by
 * papaparse: a field holding the delimiter, a double quote, CR or LF is enclosed in double quotes, and a double quote
 * inside it is doubled; any other field may be quoted too. The delimiter may be a semicolon or a tab, as spreadsheets
 * write them; lines may be preceded by blank lines (empty or spaces), which a spreadsheet counts as rows.
 */
interface WrittenTable {
  delimiter: "," | ";" | "\t";
  newline: "\n" | "\r\n";
  header: string[];
  records: string[][];
  /** For the header and each record: how many blank lines come before it, and which of its fields are quoted anyway. */
  blankLinesBefore: Array<Array<"" | " ">>;
  quotedAnyway: boolean[][];
  byteOrderMark: boolean;
  finalNewline: boolean;
}

/** A fault written into one field of a record: text after its closing quote, or (the last field) no closing quote. */
interface Fault {
  record: number;
  column: number;
  kind: "text after the closing quote" | "no closing quote";
}

function writeRfc4180(table: WrittenTable, fault?: Fault): { text: string; rows: number[] } {
  const { delimiter, newline } = table;
  const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const written = (value: string, quote: boolean) =>
    quote || value.includes(delimiter) || /["\r\n]/.test(value) ? quoted(value) : value;
  const field = (value: string, quote: boolean, record: number, column: number) =>
    fault?.record !== record || fault.column !== column
      ? written(value, quote)
      : fault.kind === "text after the closing quote"
        ? `${quoted(value)}x`
        : quoted(value).slice(0, -1);
  const lines: string[] = [];
  // The spreadsheet row of each record after the header: every line counts, blank ones too, and a quoted field's
  // line breaks do not end the row.
  const rows: number[] = [];
  [table.header, ...table.records].forEach((cells, index) => {
    lines.push(...table.blankLinesBefore[index]!);
    lines.push(
      cells.map((cell, column) => field(cell, table.quotedAnyway[index]![column]!, index - 1, column)).join(delimiter),
    );
    if (index > 0) rows.push(lines.length);
  });
  const text = (table.byteOrderMark ? "\uFEFF" : "") + lines.join(newline) + (table.finalNewline ? newline : "");
  return { text, rows };
}

/** Cells over the characters that matter to a reader: delimiters, quotes, both line ends, a lone CR, spaces, non-ASCII. */
const cell = fc.oneof(
  fc.constantFrom("", " ", "a", "b c", "-8,65", "x'y", 'p"q', '""', "ü", "😀", "one\ntwo", "one\r\ntwo", " z\r\nw "),
  fc.string({ unit: fc.constantFrom("a", "1", " ", ",", ";", "\t", '"', "\n", "\r", "é", "😀"), maxLength: 8 }),
);

/** A table to write: two to five named columns (names without delimiters, spaces around them), up to six records. */
const table: fc.Arbitrary<WrittenTable> = fc
  .record({
    columns: fc.integer({ min: 2, max: 5 }),
    records: fc.integer({ min: 0, max: 6 }),
  })
  .chain(({ columns, records }) =>
    fc.record({
      delimiter: fc.constantFrom<WrittenTable["delimiter"]>(",", ";", "\t"),
      newline: fc.constantFrom<WrittenTable["newline"]>("\n", "\r\n"),
      header: fc.array(fc.constantFrom("id", " partner", "year ", "Kota A", "note"), {
        minLength: columns,
        maxLength: columns,
      }),
      records: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
        minLength: records,
        maxLength: records,
      }),
      blankLinesBefore: fc.array(fc.array(fc.constantFrom<"" | " ">("", " "), { maxLength: 2 }), {
        minLength: records + 1,
        maxLength: records + 1,
      }),
      quotedAnyway: fc.array(fc.array(fc.boolean(), { minLength: columns, maxLength: columns }), {
        minLength: records + 1,
        maxLength: records + 1,
      }),
      byteOrderMark: fc.boolean(),
      finalNewline: fc.boolean(),
    }),
  );

describe("parseDelimited reads back what RFC 4180 writes", () => {
  it("gives the written table's header (trimmed), its records cell for cell, their spreadsheet rows, and no problem", () => {
    fc.assert(
      fc.property(table, (written) => {
        const { text, rows } = writeRfc4180(written);
        const reading = parse(text);
        expect(reading.problems).toEqual([]);
        expect(reading.delimiter).toBe(written.delimiter);
        expect(reading.header).toEqual(written.header.map((name) => name.trim()));
        // A record whose every cell is blank is a spreadsheet's formatted empty row (`,,,`): skipped, like a blank line.
        expect(reading.records).toEqual(
          written.records
            .map((cells, index) => ({ cells, row: rows[index] }))
            .filter(({ cells }) => !cells.every((cell) => cell.trim() === "")),
        );
      }),
      // Seeded, so that a run is repeatable (fast-check prints the seed and the shrunk table of a failure).
      { seed: 4180, numRuns: 3000 },
    );
  });

  it("locates a quoting fault written into any field: its row and column, with the fault named", () => {
    const withFault = table
      .filter((written) => written.records.length > 0)
      .chain((written) =>
        fc.record({
          written: fc.constant(written),
          fault: fc.oneof(
            fc.record({
              record: fc.integer({ min: 0, max: written.records.length - 1 }),
              column: fc.integer({ min: 0, max: written.header.length - 1 }),
              kind: fc.constant<Fault["kind"]>("text after the closing quote"),
            }),
            // An unclosed quote runs to the end of the file: written into the last field.
            fc.constant<Fault>({
              record: written.records.length - 1,
              column: written.header.length - 1,
              kind: "no closing quote",
            }),
          ),
        }),
      );
    fc.assert(
      fc.property(withFault, ({ written, fault }) => {
        const { text, rows } = writeRfc4180(written, fault);
        const message =
          fault.kind === "no closing quote"
            ? "a quoted field is not closed"
            : "text follows the closing quote of a quoted field";
        expect(parse(text).problems).toContainEqual(
          expect.objectContaining({ row: rows[fault.record], column: fault.column + 1, message }),
        );
      }),
      { seed: 4180, numRuns: 2000 },
    );
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
