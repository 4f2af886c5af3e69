import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseDelimited } from "../../src/dsv/parseDelimited.ts";
import { scanDelimited } from "../../src/dsv/scanDelimited.ts";
import { seededRandom } from "../../bench/synthetic.ts";

function scan(text: string, delimiter = ",") {
  const records: string[][] = [];
  const result = scanDelimited(text, delimiter, (record) => records.push(Array.from({ length: record.length }, (_, index) => record.cell(index))));
  return { ...result, records };
}

describe("scanDelimited(text, delimiter, onRecord)", () => {
  it("reads LF and CRLF text, empty cells, a last line without line end and a trailing delimiter", () => {
    expect(scan("a,b\n1,\n,2").records).toEqual([["a", "b"], ["1", ""], ["", "2"]]);
    expect(scan("a,b\r\n1,\r\n\r\n3,4\r\n")).toEqual({ stoppedAt: 16, newline: "\r\n", records: [["a", "b"], ["1", ""], [""], ["3", "4"]] });
    expect(scan("a,b\n1,").records).toEqual([["a", "b"], ["1", ""]]);
  });

  it("unquotes fields, undoing doubled quotes, and keeps delimiters and line breaks inside them", () => {
    expect(scan('a,b\n"x, ""y""\r\nz",""\n').records).toEqual([["a", "b"], ['x, "y"\r\nz', ""]]);
  });

  it("reads records of any width (its position buffers grow)", () => {
    const cells = Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? `"c,${index}"` : `c${index}`));
    const expected = cells.map((cell) => cell.replaceAll('"', ""));
    expect(scan(`${cells.join(",")}\n${cells.join(",")}\n`).records).toEqual([expected, expected]);
  });

  it("keeps a quote inside an unquoted field as text, as papaparse does", () => {
    expect(scan('a,b\n1,2"3\n').records).toEqual([["a", "b"], ["1", '2"3']]);
  });

  it("stops at the first record it does not read plainly, and says where", () => {
    // An unclosed quote, text after a closing quote, a bare carriage return, a line end of the other kind.
    for (const [text, stoppedAt] of [
      ['a\n1\n"2\n', 4],
      ['a\n1\n"2"x\n', 4],
      ["a\n1\r2\n", 2],
      ["a\r\n1\r\n2\n3\r\n", 6],
      ["a\n1\r\n", 2],
      ["a\rb\r", 0],
    ] as const) {
      expect(scan(text).stoppedAt, JSON.stringify(text)).toBe(stoppedAt);
    }
  });
});

/**
 * What papaparse alone makes of a text: the non-blank records after the
 * header, with their rows, and the rows with quoting errors. It is told the
 * line end the scan met first, as `parseDelimited` tells it: papaparse's own
 * guess strips what it takes for quoted fields first, and a quote inside an
 * unquoted field can make it guess a CRLF file's line end wrong.
 */
function papaparseReading(text: string, newline: "\n" | "\r\n" | undefined) {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: Array<{ cells: string[]; row: number }> = [];
  const errorRows: number[] = [];
  let row = 0;
  Papa.parse<string[]>(source, {
    delimiter: detectDelimiter(source),
    ...(newline === undefined ? {} : { newline }),
    skipEmptyLines: false,
    fastMode: false,
    step(results) {
      row++;
      if (results.errors.length > 0) errorRows.push(row);
      if (row === 1 || (results.data.length === 1 && results.data[0]!.trim() === "")) return;
      records.push({ cells: results.data, row });
    },
  });
  return { records, errorRows };
}

function parseDelimitedReading(text: string) {
  const records: Array<{ cells: string[]; row: number }> = [];
  const { problems } = parseDelimited(text, "t.csv", { onRecord: (cells, row) => records.push({ cells, row }) });
  const errorRows = [...new Set(problems.filter((problem) => problem.message.includes("quote")).map((problem) => problem.row))];
  return { records, errorRows };
}

const pickDelimiter = (draw: number) => (draw < 0.7 ? "," : draw < 0.9 ? ";" : "\t");

/** Random delimited text over the characters that matter, one kind of line end per text; some with broken quoting. */
function randomDelimitedText(random: () => number): string {
  const delimiter = pickDelimiter(random());
  const newline = random() < 0.5 ? "\n" : "\r\n";
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const plain = ["a", "b c", " ", "", "1", "-8", "x'y", 'p"q'];
  const quoted = ["", "a", `${delimiter}`, '""', newline, ` z${newline}w `, '"" ""', "x\r\ny", "\r"];
  const broken = ['"open', '"a"b', '"a" ', "\r", '""x'];
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
  return (random() < 0.1 ? "\uFEFF" : "") + lines.join(newline) + (random() < 0.7 ? newline : "");
}

describe("parseDelimited agrees with papaparse", () => {
  it("gives the same records, rows and quoting errors on 3,000 random texts, well-formed or not", () => {
    const random = seededRandom(7);
    let handedOver = 0;
    for (let index = 0; index < 3000; index++) {
      const text = randomDelimitedText(random);
      const source = text.replace(/^\uFEFF/, "");
      const { stoppedAt, newline } = scanDelimited(source, detectDelimiter(source), () => {});
      if (stoppedAt < source.length) handedOver++;
      expect(parseDelimitedReading(text), JSON.stringify(text)).toEqual(papaparseReading(text, newline));
    }
    // Both paths were exercised: texts read to the end by the scan, and texts handed over to papaparse.
    expect(handedOver).toBeGreaterThan(300);
    expect(handedOver).toBeLessThan(2700);
  });
});
