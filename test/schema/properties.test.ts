import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codingsSchema } from "../../src/dataset/schemas.ts";
import { decodeText } from "../../src/dsv/decodeText.ts";
import { formatCsv } from "../../src/format/formatCsv.ts";
import { readTable } from "../../src/schema/readTable.ts";

// Bounded so that `npm test` stays short; fast-check prints the seed of any failure to replay it.
const runs = { numRuns: 200 };

describe("reading any bytes (fast-check)", () => {
  it("never throws, and every problem names a file, a row and a column", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeText(bytes, "codings.csv");
        const problems =
          "problem" in decoded ? [decoded.problem] : readTable(decoded.text, "codings.csv", codingsSchema).problems;
        for (const problem of problems) {
          expect(problem.file).toBe("codings.csv");
          expect(Number.isInteger(problem.row) && problem.row >= 0).toBe(true);
          expect(Number.isInteger(problem.column) && problem.column >= 0).toBe(true);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it("never throws on any text made of the characters that matter to CSV", () => {
    const characters = fc.constantFrom(",", ";", '"', "\r", "\n", "\t", " ", "a", "1", "é", "😀", "\uFEFF");
    fc.assert(
      fc.property(fc.string({ unit: characters, maxLength: 300 }), (text) => {
        const table = readTable(
          `partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n${text}`,
          "c.csv",
          codingsSchema,
        );
        for (const problem of table.problems) expect(problem.row).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });
});

/** Text a researcher might write in a cell: quotes, delimiters, line breaks, other scripts, emoji; no surrounding spaces (the reader trims them). */
const cellText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(",", ";", '"', "\n", "\r\n", "'", "=", "-", "@", "+"),
      fc.constantFrom("a", "Z", "7", "é", "ก", "ع", "漢", "😀", " "),
    ),
    minLength: 1,
    maxLength: 40,
  })
  .map((text) => text.trim())
  .filter((text) => text.length > 0);

const codingRow = fc.record({
  partnership: cellText,
  framework: cellText,
  indicator: cellText,
  score: fc.constantFrom(0, 1, 2, null),
  coder: fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/),
  evidence: fc.option(cellText, { nil: null }),
  evidence_kind: fc.constantFrom("finding", "argument", "secondary", "inference", null),
  source: fc.option(cellText, { nil: null }),
  locator: fc.option(cellText, { nil: null }),
  note: fc.option(cellText, { nil: null }),
  note_indonesian: fc.option(cellText, { nil: null }),
});

describe("write → read (fast-check)", () => {
  const header = codingsSchema.fields.map((field) => field.name);

  it("formatCsv(header, rows, {escapeFormulae: false}) then readTable returns the same rows, whatever the text, in either delimiter", () => {
    fc.assert(
      fc.property(
        fc.array(codingRow, { maxLength: 8 }),
        fc.constantFrom(",", ";") as fc.Arbitrary<"," | ";">,
        (rows, delimiter) => {
          // NA is how the format writes a missing score (an empty score cell is not a value).
          const cells = rows.map((row) =>
            header.map((name) => (name === "score" && row.score === null ? "NA" : row[name as keyof typeof row])),
          );
          const text = formatCsv(header, cells, { delimiter, escapeFormulae: false });
          const table = readTable(text, "codings.csv", { ...codingsSchema, primaryKey: undefined });
          expect(table.problems, text).toEqual([]);
          expect(table.rows).toEqual(rows);
        },
      ),
      runs,
    );
  });

  it("with formulae neutralised (the default), a cell reads back as written or with the one leading ' added", () => {
    fc.assert(
      fc.property(cellText, (cell) => {
        const table = readTable(formatCsv(["partnership"], [[cell]]), "p.csv", {
          fields: [{ name: "partnership", type: "string" }],
        });
        const read = table.rows[0]!.partnership;
        expect(read === cell || read === `'${cell}`).toBe(true);
        expect(read === `'${cell}`).toBe(/^[=+\-@\t\r]/.test(cell));
      }),
      runs,
    );
  });
});
