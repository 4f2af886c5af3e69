import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strToU8, unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problem.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { draftFiles, emptyRow, filesToTexts, newDraft, type Draft, type DraftRow } from "../../src/workbench/draft.ts";
import { importFiles } from "../../src/workbench/importFiles.ts";
import { draftsFromTexts } from "../../src/workbench/readDraftRows.ts";
import { zipDataset } from "../../src/workbench/zipDataset.ts";
import { cli, MINIMAL, temporaryFolder } from "../helpers.ts";

const NOW = "2026-11-23T10:00:00.000Z";

/** A draft that `validate` accepts: Kota A and Kota B, one event, a source, two codings (one NA). */
function validDraft(coder = "ana"): Draft {
  const draft = newDraft("d1", coder, NOW, "kota-a-kota-b");
  draft.partnership = emptyRow("partnerships", {
    id: "kota-a-kota-b",
    local_government: "Kota A",
    local_government_level: "city",
    country_code: "ID",
    country_name: "Indonesia",
    partner: "Kota B",
    partner_country_code: "ZA",
    partner_country_name: "South Africa",
    kind: "sister-city",
    source: "src",
    locator: "4.1",
  });
  draft.events = [
    emptyRow("events", {
      id: "e1",
      date: "2019-05",
      stage: "mou-signed",
      description: "MoU signed",
      status: "realised",
      source: "src",
      locator: "4.1",
      evidence_kind: "finding",
    }),
  ];
  draft.sources = [
    emptyRow("sources", {
      id: "src",
      type: "journal-article",
      title: "A title",
      citation: "A citation.",
      language: "id",
    }),
  ];
  draft.codings = [
    {
      framework: "three-layers",
      indicator: "culture",
      score: "2",
      evidence: '=a festival "took" place, 100%',
      evidence_kind: "finding",
      source: "src",
      locator: "4.2",
      note: "",
    },
    {
      framework: "ringrose",
      indicator: "reciprocity",
      score: "NA",
      evidence: "",
      evidence_kind: "",
      source: "",
      locator: "",
      note: "the source is silent",
    },
  ];
  return draft;
}

/** What the files hold of a draft (its coder only through its codings). */
const withoutMeta = (draft: Draft) => ({
  partnership: draft.partnership,
  events: draft.events,
  codings: draft.codings,
  sources: draft.sources,
  coder: draft.codings.length > 0 ? draft.coder : "",
});

describe("draftFiles(drafts)", () => {
  it("writes a dataset that validateDataset and paradiplomacy validate accept", async () => {
    const files = draftFiles([validDraft(), validDraft("budi")]);
    expect(validateDataset(filesToTexts(files)).problems).toEqual([]);
    const folder = join(temporaryFolder(), "export");
    mkdirSync(folder);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const { code, stderr } = await cli("validate", folder);
    expect(stderr).toContain("valid (1 partnerships, 1 events, 4 codings, 1 sources)");
    expect(code).toBe(0);
  });

  it("gives the workbench the library's messages in words: a date written 31/12/2019 is told how to write it", () => {
    const draft = validDraft();
    draft.events[0]!.date = "31/12/2019";
    draft.partnership.id = "Kota-A-Kota-B";
    const problems = validateDataset(filesToTexts(draftFiles([draft]))).problems.map(formatProblem);
    expect(problems).toEqual([
      'events.csv:2:3: date does not have the expected form: write it 2019-12-31 (expected a year, year-month or date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2019-05, found "31/12/2019")',
      'partnerships.csv:2:1: id does not have the expected form: ids are lower case with hyphens: did you mean kota-a-kota-b? (expected lower-case letters and digits, words joined by hyphens, such as denpasar-mossel-bay, found "Kota-A-Kota-B")',
      "partnerships.csv:2:1: 3 rows of events.csv and codings.csv refer to it (events.csv row 2; codings.csv rows 2–3): they are checked again once it is fixed",
    ]);
  });

  it("writes cells as typed: a quote starting with = is not escaped, so it reads back unchanged", () => {
    const files = draftFiles([validDraft()]);
    const { dataset } = validateDataset(filesToTexts(files));
    expect(dataset.codings[0]!.evidence).toBe('=a festival "took" place, 100%');
    expect(dataset.codings.map((coding) => coding.coder)).toEqual(["ana", "ana"]);
    expect(dataset.codings[1]!.score).toBeNull();
  });
});

describe("draftFiles(drafts) with the scope of evidence", () => {
  it("writes a coding scoped to the portfolio to portfolio_codings.csv, once per coder, and reads it back with its scope", () => {
    const draft = validDraft();
    draft.codings.push({
      framework: "three-layers",
      indicator: "tourism_economy",
      score: "1",
      evidence: "all partners: tourism promotion planned",
      evidence_kind: "finding",
      source: "src",
      locator: "4.3",
      note: "",
      scope: "portfolio",
    });
    // A second coder, and the same coder's draft of another partnership of Kota A carrying the same portfolio coding.
    const budi = { ...structuredClone(draft), id: "d2", coder: "budi" };
    const other = structuredClone(draft);
    other.id = "d3";
    other.partnership = { ...other.partnership, id: "kota-a-kota-c", partner: "Kota C" };
    other.codings = other.codings.filter((coding) => coding.scope === "portfolio");
    const files = draftFiles([draft, budi, other]);
    expect(files["portfolio_codings.csv"]!.trim().split("\r\n").slice(1)).toEqual([
      "Kota A,three-layers,tourism_economy,1,ana,all partners: tourism promotion planned,finding,src,4.3,,",
      "Kota A,three-layers,tourism_economy,1,budi,all partners: tourism promotion planned,finding,src,4.3,,",
    ]);
    expect(validateDataset(filesToTexts(files)).problems).toEqual([]);
    const [back] = draftsFromTexts(filesToTexts(draftFiles([draft])), () => "x", NOW);
    expect(back!.codings.find((coding) => coding.scope === "portfolio")).toMatchObject({
      indicator: "tourism_economy",
      evidence: "all partners: tourism promotion planned",
    });
    expect(back!.codings.filter((coding) => coding.scope !== "portfolio")).toHaveLength(2);
  });
});

describe("zipDataset(files, folder)", () => {
  it("holds every file in the folder, byte for byte, and gives the same bytes twice", () => {
    const files = draftFiles([validDraft()]);
    const zip = zipDataset(files, "my-dataset");
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(
      Object.keys(files)
        .map((name) => `my-dataset/${name}`)
        .sort(),
    );
    expect(strFromU8(unzipped["my-dataset/codings.csv"]!)).toBe(files["codings.csv"]);
    expect(zipDataset(files, "my-dataset")).toEqual(zip);
  });
});

describe("draftsFromTexts(draftFiles(drafts))", () => {
  // Any text a researcher may type or paste: quotes, delimiters, line breaks of every kind, a leading =, emoji, BOMs.
  const text = fc.string({
    unit: fc.constantFrom("a", " ", ",", ";", '"', "\n", "\r", "\r\n", "=", "-", "é", "😀", "\uFEFF", "\t", "ا"),
    maxLength: 12,
  });
  const row = (fields: string[]) =>
    fc.record(Object.fromEntries(fields.map((field) => [field, text]))) as fc.Arbitrary<DraftRow>;

  it("round-trips any text in every field losslessly (property)", () => {
    const partnershipFields = Object.keys(emptyRow("partnerships")).filter((field) => field !== "id");
    const eventFields = Object.keys(emptyRow("events")).filter((field) => field !== "partnership" && field !== "id");
    const codingFields = Object.keys(emptyRow("codings")).filter(
      (field) => field !== "partnership" && field !== "coder",
    );
    const sourceFields = Object.keys(emptyRow("sources")).filter((field) => field !== "id");
    fc.assert(
      fc.property(
        row(partnershipFields),
        fc.array(row(eventFields), { maxLength: 3 }),
        fc.array(row(codingFields), { maxLength: 3 }),
        fc.array(row(sourceFields), { maxLength: 2 }),
        text,
        (partnership, events, codings, sources, coder) => {
          const draft = newDraft("x", coder === "" ? "c" : coder, NOW, "p-1");
          draft.partnership = { ...partnership, id: "p-1" };
          draft.events = events.map((event, index) => ({ ...event, id: `e${index}` }));
          draft.codings = codings;
          draft.sources = sources.map((source, index) => ({ ...source, id: `s${index}` }));
          const [back, ...more] = draftsFromTexts(filesToTexts(draftFiles([draft])), () => "y", NOW);
          expect(more).toEqual([]);
          expect(withoutMeta(back!)).toEqual(withoutMeta(draft));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives one draft per partnership and coder", () => {
    const drafts = draftsFromTexts(
      filesToTexts(draftFiles([validDraft("ana"), validDraft("budi")])),
      (index) => `d${index}`,
      NOW,
    );
    expect(drafts.map((draft) => [draft.id, draft.name, draft.coder, draft.codings.length])).toEqual([
      ["d0", "kota-a-kota-b (ana)", "ana", 2],
      ["d1", "kota-a-kota-b (budi)", "budi", 2],
    ]);
  });
});

describe("importFiles(files)", () => {
  const bytes = (text: string) => strToU8(text);

  it("imports a dataset ZIP made by the workbench with no problem", () => {
    const files = draftFiles([validDraft()]);
    const result = importFiles([{ name: "export.zip", bytes: zipDataset(files, "export") }]);
    expect(result.problems).toEqual([]);
    expect(result.reading.dataset.partnerships.map((partnership) => partnership.id)).toEqual(["kota-a-kota-b"]);
    expect(result.reading.dataset.codings).toHaveLength(2);
  });

  it("lists bad rows with file, row, column and reason, and keeps the good rows usable", () => {
    const partnerships =
      MINIMAL.partnerships +
      "kota-c-kota-d,Kota C,city,ID,Indonesia,Kota D,city,ZA,South Africa,sister-city,,,,,,2019,active,src,4.1,\n" +
      "Bad Id,Kota E,city,ID,Indonesia,Kota F,city,ZA,South Africa,sister-city,,,,,,2019,active,src,4.1,\n";
    const codings =
      MINIMAL.codings +
      "kota-c-kota-d,three-layers,culture,7,ana,x,finding,src,4.2,\n" +
      "kota-c-kota-d,three-layers,tourism_economy,1,ana,planned,finding,src,4.2,\n" +
      "Bad Id,three-layers,culture,1,ana,planned,finding,src,4.2,\n";
    const result = importFiles([
      { name: "partnerships.csv", bytes: bytes(partnerships) },
      { name: "events.csv", bytes: bytes(MINIMAL.events) },
      { name: "codings.csv", bytes: bytes(codings) },
      { name: "sources.csv", bytes: bytes(MINIMAL.sources) },
      { name: "notes.txt", bytes: bytes("hello") },
    ]);
    const messages = result.problems.map(
      (problem) => `${problem.file}:${problem.row}:${problem.column}: ${problem.message}`,
    );
    expect(messages.some((message) => message.startsWith("partnerships.csv:4:1:"))).toBe(true);
    expect(messages.some((message) => message.startsWith("codings.csv:3:4:"))).toBe(true);
    expect(result.ignored).toEqual(["notes.txt"]);
    expect(result.reading.problems).toEqual([]);
    expect(result.reading.dataset.partnerships.map((partnership) => partnership.id)).toEqual([
      "kota-a-kota-b",
      "kota-c-kota-d",
    ]);
    expect(result.reading.dataset.codings.map((coding) => `${coding.partnership}/${coding.indicator}`)).toEqual([
      "kota-a-kota-b/culture",
      "kota-c-kota-d/tourism_economy",
    ]);
    expect(result.rejectedRows).toBe(3);
  });

  it("says when a file is not UTF-8 or a ZIP is broken, and goes on with the rest", () => {
    const result = importFiles([
      { name: "codings.csv", bytes: Uint8Array.of(0x61, 0x2c, 0xe9, 0x0a) },
      { name: "broken.zip", bytes: bytes("not a zip") },
    ]);
    expect(result.problems.map((problem) => problem.file)).toEqual(["broken.zip", "codings.csv"]);
    expect(result.problems[1]!.message).toMatch(/UTF-8/);
  });

  it("reports its progress from 0 to 1", () => {
    const fractions: number[] = [];
    importFiles([{ name: "codings.csv", bytes: bytes(MINIMAL.codings) }], {
      onProgress: (_stage, fraction) => fractions.push(fraction),
    });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
