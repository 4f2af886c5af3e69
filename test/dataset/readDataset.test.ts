import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/dataset/readDataset.ts";
import { MINIMAL, problemsOf, textsOf } from "../helpers.ts";

const codingsHeader = "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n";

describe("readDataset(texts)", () => {
  it("accepts a valid dataset and types its cells", () => {
    const { dataset, problems } = readDataset(textsOf({}));
    expect(problems).toEqual([]);
    expect(dataset.partnerships[0]).toMatchObject({
      id: "kota-a-kota-b",
      local_latitude: -8.65,
      first_contact_year: 2019,
      notes: null,
    });
    expect(dataset.codings[0]!.score).toBe(2);
  });

  it("accepts the same data with a BOM, CRLF line ends and semicolons with decimal commas", () => {
    const semicolon = MINIMAL.partnerships.replace(/,/g, ";").replace("-8.65", "-8,65").replace(/\n/g, "\r\n");
    const { dataset, problems } = readDataset(textsOf({ partnerships: `\uFEFF${semicolon}` }));
    expect(problems).toEqual([]);
    expect(dataset.partnerships[0]!.local_latitude).toBe(-8.65);
  });

  it("keeps quoted evidence with commas and line breaks intact", () => {
    const { dataset, problems } = readDataset(
      textsOf({
        codings: `${codingsHeader}kota-a-kota-b,three-layers,culture,2,ana,"dance, music\nand food",finding,src,4.2,\n`,
      }),
    );
    expect(problems).toEqual([]);
    expect(dataset.codings[0]!.evidence).toBe("dance, music\nand food");
  });

  it("reports a value of the wrong type with file, row, column, expected and found", () => {
    expect(
      problemsOf({ codings: `${codingsHeader}kota-a-kota-b,three-layers,culture,two,ana,x,finding,src,4.2,\n` }),
    ).toEqual(['codings.csv:2:4: score is not an integer (expected an integer from 0 to 2 or NA, found "two")']);
  });

  it("reports a value outside an enum and a malformed date", () => {
    expect(
      problemsOf({
        events:
          "id,partnership,date,stage,field,description,status,source,locator,duration_years,evidence_kind,note\ne1,kota-a-kota-b,2019-13,signed,,MoU,done,src,4.1,,finding,\n",
      }),
    ).toEqual([
      'events.csv:2:3: date does not have the expected form: there is no month 13: write the month as 01 to 12 (expected a year, year-month or date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2019-05, found "2019-13")',
      expect.stringMatching(
        /^events\.csv:2:4: stage is not one of the allowed values \(expected one of initiation, .*, found "signed"\)$/,
      ),
      expect.stringMatching(
        /^events\.csv:2:7: status is not one of the allowed values \(expected one of realised, planned, cancelled, found "done"\)$/,
      ),
    ]);
  });

  it("reports a missing required column and an unknown column", () => {
    const problems = problemsOf({ sources: "id,type,title,citaton\nsrc,book,T,C\n" });
    expect(problems).toContain(
      'sources.csv:1:0: the required column citation is missing (expected a column named citation, found "id, type, title, citaton")',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^sources\.csv:1:4: the column "citaton" is not part of the schema/),
    );
  });

  it("reports a missing required value", () => {
    expect(
      problemsOf({
        sources: "id,type,authors,year,as_of,title,container,url,citation,language,note\nsrc,book,,,,T,,,,,\n",
      }),
    ).toEqual(['sources.csv:2:9: citation is required (expected text, found "")']);
  });

  it("reports duplicates of the primary key, naming the first row", () => {
    const row = "kota-a-kota-b,three-layers,culture,2,ana,x,finding,src,4.2,\n";
    expect(problemsOf({ codings: codingsHeader + row + row })).toEqual([
      'codings.csv:3:1: duplicate key (partnership, framework, indicator, coder): the same value is on row 2 (expected a value that appears once, found "kota-a-kota-b, three-layers, culture, ana")',
    ]);
  });

  it("allows several coders on the same indicator", () => {
    expect(
      problemsOf({
        codings: `${codingsHeader}kota-a-kota-b,three-layers,culture,2,ana,x,finding,src,4.2,\nkota-a-kota-b,three-layers,culture,1,budi,y,finding,src,4.2,\n`,
      }),
    ).toEqual([]);
  });

  it("reports an event of an unknown partnership and a coding citing an unknown source", () => {
    expect(
      problemsOf({
        events:
          "id,partnership,date,stage,field,description,status,source,locator,duration_years,evidence_kind,note\ne1,kota-a-kota-c,2019,mou-signed,,MoU,realised,src,4.1,,finding,\n",
      }),
    ).toEqual([
      'events.csv:2:2: partnership refers to an unknown partnership (expected an id listed in partnerships.csv, found "kota-a-kota-c")',
    ]);
    expect(
      problemsOf({ codings: `${codingsHeader}kota-a-kota-b,three-layers,culture,2,ana,x,finding,nowhere,4.2,\n` }),
    ).toEqual([
      'codings.csv:2:8: source refers to an unknown source (expected an id listed in sources.csv, found "nowhere")',
    ]);
  });

  it("checks codings against the codebook: framework, indicator, scale, evidence, its kind and source", () => {
    const rows = [
      "kota-a-kota-b,lecours,culture,2,ana,x,finding,src,4.2,",
      "kota-a-kota-b,three-layers,cuisine,2,ana,x,finding,src,4.2,",
      "kota-a-kota-b,challenges,covid19,2,ana,x,finding,src,4.2,",
      "kota-a-kota-b,ringrose,commitment,1,ana,,,,,",
      "kota-a-kota-b,ringrose,reciprocity,0,ana,,,,,",
      "kota-a-kota-b,ringrose,tangible_results,NA,ana,,,,,",
    ];
    expect(problemsOf({ codings: codingsHeader + rows.join("\n") + "\n" })).toEqual([
      expect.stringMatching(
        /^codings\.csv:2:2: unknown framework \(expected one of three-layers, ringrose, .*, found "lecours"\)$/,
      ),
      expect.stringMatching(
        /^codings\.csv:3:3: unknown indicator of three-layers \(expected one of investment, .*, found "cuisine"\)$/,
      ),
      'codings.csv:4:4: score is not on the scale of challenges (expected an integer from 0 to 1 or NA, found "2")',
      'codings.csv:5:6: evidence is required for a score above 0 (expected a short quote from the source, found "")',
      'codings.csv:5:7: evidence_kind is required for a score above 0 (expected what the evidence is: finding, argument, secondary, inference, found "")',
      'codings.csv:5:8: source is required for a score above 0 (expected an id listed in sources.csv, found "")',
    ]);
  });

  it("reports every problem, not just the first, in file, row, column order", () => {
    const problems = problemsOf({
      codings: `${codingsHeader}kota-a-kota-b,three-layers,culture,9,ana,x,finding,src,4.2,\nkota-a-kota-b,three-layers,education,x,ana,x,finding,src,4.2,\n`,
      sources: "id,type,authors,year,as_of,title,container,url,citation,language,note\nsrc,poem,,,,T,,,C,id,\n",
    });
    expect(problems.map((problem) => problem.split(" ")[0])).toEqual([
      "codings.csv:2:4:",
      "codings.csv:3:4:",
      "sources.csv:2:2:",
    ]);
  });

  it("reports a datapackage.json that is not JSON, or lacks resources", () => {
    const texts = { ...textsOf({}), datapackage: { file: "datapackage.json", text: "{ name: indonesia" } };
    expect(readDataset(texts).problems[0]).toMatchObject({
      file: "datapackage.json",
      message: "datapackage.json is not valid JSON",
    });
    const empty = { ...textsOf({}), datapackage: { file: "datapackage.json", text: '{"name": "x", "resources": []}' } };
    expect(readDataset(empty).problems.map((problem) => problem.message)).toContain(
      "the resource codings is not listed",
    );
  });
});
