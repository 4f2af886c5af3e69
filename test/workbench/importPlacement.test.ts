import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { codingsOfKnownPartnerships } from "../../src/workbench/codingsOfKnownPartnerships.ts";
import type { DatasetFiles } from "../../src/workbench/draft.ts";
import { draftFiles, filesToTexts } from "../../src/workbench/draft.ts";
import { formatFileOfHeader, importFiles } from "../../src/workbench/importFiles.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { INDONESIA } from "../helpers.ts";

const CODINGS_HEADER =
  "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note,note_indonesian";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("importFiles: a file it cannot place", () => {
  it("names a misnamed CSV, with the name its columns call for, instead of importing 0 rows in silence", () => {
    const result = importFiles([
      {
        name: "my codings.csv",
        bytes: bytes(
          `${CODINGS_HEADER}\ndenpasar-mossel-bay,three-layers,culture,2,zed,q,finding,000_3d052c1bdfd84016.txt,p. 1,,\n`,
        ),
      },
      { name: "notes.csv", bytes: bytes("a,b\n1,2\n") },
    ]);
    expect(result.ignored).toEqual(["my codings.csv", "notes.csv"]);
    expect(result.problems.map((problem) => [problem.file, problem.message])).toEqual([
      [
        "my codings.csv",
        "not imported: the import knows a file by its name, and this file's columns are those of codings.csv. Rename it to codings.csv and import it again",
      ],
      [
        "notes.csv",
        "not imported: its name is not one of the dataset's files. Rename it to the file it holds (one of partnerships.csv, events.csv, codings.csv, portfolio_codings.csv, sources.csv) and import it again, or import the dataset's ZIP",
      ],
    ]);
  });

  it("names every entry of a ZIP it leaves aside", () => {
    const zip = zipSync({
      "d/": new Uint8Array(),
      "d/README.md": strToU8("notes"),
      "d/codings.csv": strToU8(`${CODINGS_HEADER}\n`),
    });
    const result = importFiles([{ name: "d.zip", bytes: zip }]);
    expect(result.ignored).toEqual(["d.zip/d/README.md"]);
    expect(result.problems.find((problem) => problem.file === "d.zip/d/README.md")?.message).toMatch(
      /^not imported: it is not a file of the dataset format/,
    );
  });

  it("knows each file of the format by its header", () => {
    expect(formatFileOfHeader(CODINGS_HEADER)).toBe("codings.csv");
    expect(formatFileOfHeader("id,type,authors,year,title,citation")).toBe("sources.csv");
    expect(formatFileOfHeader("name,age")).toBeUndefined();
  });
});

describe("codingsOfKnownPartnerships(imported, known)", async () => {
  const loaded = await readDatasetFiles(INDONESIA);
  const shipped: DatasetFiles = Object.fromEntries(
    Object.values(loaded.texts.resources).map(({ file, text }) => [file.split("/").pop()!, text]),
  );
  const imported: DatasetFiles = {
    "codings.csv": `${CODINGS_HEADER}\ndenpasar-mossel-bay,three-layers,culture,2,zed,a quote,finding,000_3d052c1bdfd84016.txt,p. 1,,\ndenpasar-mossel-bay,three-layers,investment,1,zed,another quote,finding,000_3d052c1bdfd84016.txt,p. 2,,\nnowhere-else,three-layers,culture,1,zed,q,finding,000_3d052c1bdfd84016.txt,p. 3,,\n`,
  };

  it("opens the codings of a shipped partnership as a draft of its coder, and counts those of a partnership found nowhere", () => {
    const result = codingsOfKnownPartnerships(imported, shipped, (index) => `d${index}`, "2026-12-06T00:00:00Z");
    expect(result.placed).toBe(2);
    expect(result.partnerships).toEqual(["denpasar-mossel-bay"]);
    expect(result.unknown).toEqual({ "nowhere-else": 1 });
    expect(result.drafts).toHaveLength(1);
    const [draft] = result.drafts;
    expect(draft!.coder).toBe("zed");
    expect(draft!.partnership.local_government).toBe("Denpasar");
    expect(draft!.codings.map((coding) => [coding.indicator, coding.score, coding.evidence])).toEqual([
      ["culture", "2", "a quote"],
      ["investment", "1", "another quote"],
    ]);
    // The draft is a valid dataset: its codings are scored on the workbench and exported from it.
    const reading = validateDataset(filesToTexts(draftFiles(result.drafts)));
    expect(reading.problems).toEqual([]);
    expect(reading.dataset.codings).toHaveLength(2);
  });

  it("leaves the codings of the import's own partnerships to the import", () => {
    const own = { ...imported, "partnerships.csv": shipped["partnerships.csv"]! };
    const result = codingsOfKnownPartnerships(own, shipped, (index) => `d${index}`, "2026-12-06T00:00:00Z");
    expect(result.placed).toBe(0);
    expect(result.drafts).toEqual([]);
  });
});
