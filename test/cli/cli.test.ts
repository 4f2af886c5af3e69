import { execFile, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cli, INDONESIA, MINIMAL, ROOT, temporaryFolder, writeDatasetFolder } from "../helpers.ts";

const exec = promisify(execFile);

/** Parsed JSON output, read loosely: the tests say what they expect of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read by shape in the assertions
type Json = Array<Record<string, any>>;

describe("bin/paradiplomacy.js (installed command)", () => {
  it("says clearly, with exit status 2, that it needs Node.js 20.19 or later", async () => {
    const bin = join(ROOT, "bin/paradiplomacy.js");
    // An older Node, as the launcher sees it.
    const older = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.10.0"})';
    await expect(exec(process.execPath, ["--import", older, bin, "--help"], { cwd: ROOT })).rejects.toMatchObject({
      code: 2,
      stderr:
        "paradiplomacy needs Node.js 20.19 or later (its dependencies Vite 8 and jsdom do); this is Node.js 20.10.0.\n",
    });
  });

  it("stops quietly when its reader closes the pipe early (`| head`), without an EPIPE crash", () => {
    const bin = join(ROOT, "bin/paradiplomacy.js");
    // 77 KB of JSON, more than a pipe holds: head leaves after 10 bytes while the command is still writing.
    const { stdout, stderr } = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${bin}" codebook --format json | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(stderr).toBe("");
    expect(stdout).toBe("0\n");
  });

  it("runs as a process: prints help and exits 0, and exits 2 on an unknown command", async () => {
    const bin = join(ROOT, "bin/paradiplomacy.js");
    const { stdout } = await exec(process.execPath, [bin, "--help"], { cwd: ROOT });
    expect(stdout).toMatch(/validate <path>…/);
    await expect(exec(process.execPath, [bin, "frobnicate"], { cwd: ROOT })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command "frobnicate"/),
    });
  });
});

describe("run(argv, io)", () => {
  it("prints help and lists its commands", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/validate <path>…/);
    expect(stdout).toMatch(/codebook/);
    expect((await cli("score", "--help")).stdout).toMatch(/--format table\|csv\|json/);
  });

  it("validate exits 0 on the shipped dataset", async () => {
    const { code, stderr } = await cli("validate", INDONESIA);
    expect(code).toBe(0);
    expect(stderr).toMatch(/valid \(27 partnerships/);
  });

  it("validate exits 1 and prints file:row:column problems for invalid data, without a stack trace", async () => {
    const folder = writeDatasetFolder({
      codings:
        "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\nkota-a-kota-b,ringrose,commitment,5,ana,x,finding,src,1,\nkota-x,ringrose,reciprocity,2,ana,,finding,src,1,\n",
    });
    const { code, stdout, stderr } = await cli("validate", folder);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(
        /codings\.csv:2:4: score is too large \(expected an integer from 0 to 2 or NA, found "5"\)$/,
      ),
      expect.stringMatching(
        /codings\.csv:3:1: partnership refers to an unknown partnership \(expected an id listed in partnerships\.csv, found "kota-x"\)$/,
      ),
      expect.stringMatching(/codings\.csv:3:6: evidence is required for a score above 0/),
    ]);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("validate reads a single CSV file on its own, and says its references could not be checked rather than calling it valid", async () => {
    const folder = temporaryFolder();
    writeFileSync(
      join(folder, "codings.csv"),
      "partnership;framework;indicator;score;coder;evidence;evidence_kind;source;locator;note\r\np;three-layers;culture;NA;ana;;;;;\r\n",
    );
    const single = await cli("validate", join(folder, "codings.csv"));
    expect(single.code).toBe(1);
    expect(single.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(
        /codings\.csv:0:1: the references of partnership to partnerships could not be checked: that file was not read \(expected the dataset folder, so that references between its files are checked\)$/,
      ),
      expect.stringMatching(/codings\.csv:0:8: the references of source to sources could not be checked/),
    ]);
    writeFileSync(join(folder, "notes.csv"), "a\n1\n");
    const { code, stdout } = await cli("validate", join(folder, "notes.csv"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/notes\.csv:0:0: not a file of the dataset format/);
  });

  it("validate reports a missing folder and missing files", async () => {
    const { code, stdout } = await cli("validate", join(ROOT, "no-such-folder"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/no-such-folder:0:0: no such file or folder/);
  });

  it("score and check-evidence refuse a single file instead of scoring an empty dataset", async () => {
    const { code, stderr } = await cli("score", join(INDONESIA, "codings.csv"), "--format", "json");
    expect(code).toBe(2);
    expect(stderr).toMatch(/score needs a dataset folder, found the file ".*codings\.csv"/);
    expect((await cli("check-evidence", join(INDONESIA, "codings.csv"), "--sources", ROOT)).code).toBe(2);
  });

  it("refuses a codings file without its score column, a reference date not in the calendar, and a date not in the calendar in a file", async () => {
    const noScore = writeDatasetFolder({
      codings:
        "partnership,framework,indicator,coder,evidence,evidence_kind,source,locator,note\nkota-a-kota-b,three-layers,culture,ana,x,finding,src,1,\n",
    });
    const missing = await cli("validate", noScore);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/codings\.csv:1:0: the column score is missing \(expected a column named score/);
    for (const asOf of ["2019-13-45", "2019-02-30"]) {
      const { code, stderr } = await cli("score", INDONESIA, "--as-of", asOf);
      expect(code, asOf).toBe(2);
      expect(stderr, asOf).toMatch(/--as-of: .* is not a date in the calendar|--as-of: not a year/);
    }
    const february = writeDatasetFolder({
      events: MINIMAL.events.replace("2019-05,mou-signed", "2019-02-30,mou-signed"),
    });
    const invalid = await cli("validate", february);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/events\.csv:2:3: date is not a date in the calendar: February 2019 has 28 days/);
  });

  it("init writes an empty dataset that validates, and refuses a folder that is not empty", async () => {
    const folder = join(temporaryFolder(), "my-study");
    const { code, stderr } = await cli("init", folder);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /an empty dataset \(partnerships\.csv, events\.csv, codings\.csv, portfolio_codings\.csv, sources\.csv, datapackage\.json\)/,
    );
    expect(readFileSync(join(folder, "codings.csv"), "utf8")).toBe(
      "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note,note_indonesian\r\n",
    );
    expect(JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8")).name).toBe("my-study");
    expect(await cli("validate", folder)).toMatchObject({ code: 0, stdout: "" });
    const again = await cli("init", folder);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is not empty; init writes a new dataset only into a new or empty folder/);
  });

  it("exits 2 on usage errors", async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("validate")).code).toBe(2);
    const { code, stderr } = await cli("score", INDONESIA, "--format", "xml");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be one of table, csv, json, found "xml"/);
    const weights = await cli("score", INDONESIA, "--weights", "leadership=2");
    expect(weights).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--weights: unknown Ringrose element "leadership"/),
    });
    expect((await cli("score", INDONESIA, "--weights", "commitment")).stderr).toMatch(
      /--weights: expected name=weight pairs separated by commas, found "commitment"/,
    );
    expect((await cli("score", INDONESIA, "--as-of", "last year")).stderr).toMatch(
      /--as-of: not a year, year-month or date: "last year"/,
    );
    expect((await cli("score", INDONESIA, "--stalled-after", "0")).stderr).toMatch(
      /--stalled-after: stalledAfterYears must be a positive number of years, found 0/,
    );
  });

  it("score's default table fits a terminal of 120 columns, and names the columns it leaves to --wide, --columns, CSV and JSON", async () => {
    const { code, stdout } = await cli("score", INDONESIA);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.filter((line) => line.length > 120)).toEqual([]);
    expect(lines[0]).toBe(
      "id                       highest           conditions_score  conditions_assessed  stage           stalled  rate",
    );
    expect(lines.slice(2, 29).map((line) => line.split(/\s+/).length)).toEqual(Array(27).fill(7));
    expect(stdout).toContain(
      [
        "7 of 30 columns shown; the others with --wide or --columns A,B,…, and always in --format csv or json:",
        "  economic, multidimensional, political, score_rankable, not_met, partly_met, tangible_results, stage_evidence,",
        "  legal_basis, realised, planned, rate_low, rate_high, rate_of, challenges, challenges_assessed, motives,",
        "  motives_assessed, duchacek, duchacek_assessed, zelinsky, zelinsky_assessed, argued_only",
      ].join("\n"),
    );
    const byLocalGovernment = (await cli("score", INDONESIA, "--by", "local-government")).stdout.split("\n");
    expect(byLocalGovernment.filter((line) => line.length > 120)).toEqual([]);
    const wide = (await cli("score", INDONESIA, "--wide")).stdout.split("\n");
    expect(wide[0]!.trim().split(/\s+/)).toHaveLength(30);
    const chosen = (await cli("score", INDONESIA, "--columns", "id,not_met")).stdout.split("\n");
    expect(chosen[0]).toMatch(/^id {23}not_met$/);
    const csv = (await cli("score", INDONESIA, "--format", "csv")).stdout.split("\r\n");
    expect(csv[0]!.split(",")).toHaveLength(30);
    expect((await cli("score", INDONESIA, "--columns", "id,nope")).stderr).toMatch(
      /^paradiplomacy score: --columns: there is no column "nope" \(the columns are id, economic, /,
    );
    expect((await cli("score", INDONESIA, "--wide", "--format", "csv")).stderr).toMatch(
      /--columns and --wide choose the table's columns; CSV and JSON always have every column/,
    );
  });

  it("data-path prints where the shipped dataset is, and a missing dataset folder is a usage error that points there", async () => {
    expect(await cli("data-path")).toEqual({ code: 0, stdout: `${INDONESIA}\n`, stderr: "" });
    const missing = await cli("score", "datasets/indonesia-missing");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'paradiplomacy score: no such folder "datasets/indonesia-missing"\nSee: paradiplomacy score --help\n',
    );
    const elsewhere = await cli("score", join(temporaryFolder(), "datasets/indonesia"));
    expect(elsewhere.stderr).toContain(
      `; the dataset shipped with the toolkit is at ${INDONESIA} (paradiplomacy data-path prints it)\n`,
    );
    expect((await cli("--help")).stdout).toContain("  data-path          print where the shipped dataset");
  });

  it("score --coder refuses a coder with no codings, listing the coders there are", async () => {
    const { code, stderr } = await cli("score", INDONESIA, "--coder", "nobody");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--coder: no codings by "nobody" in .*\(coders: reference\)/);
  });

  it("score --help lists every framework's options from the registry", async () => {
    const { stdout } = await cli("score", "--help");
    expect(stdout).toMatch(/--weights VALUE\s+Weights of the Ringrose conditions.*\[ringrose\]/);
    expect(stdout).toMatch(/--as-of VALUE\s+Reference date.*\[stage\]/);
    expect(stdout).toMatch(/--stalled-after VALUE.*\[stage\]/);
  });

  it("score --format json prints the public interface", async () => {
    const { code, stdout } = await cli("score", INDONESIA, "--format", "json");
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Json;
    const mosselBay = results.find((result) => result.id === "denpasar-mossel-bay")!;
    expect(Object.keys(mosselBay["three-layers"].layers)).toEqual(["economic", "multidimensional", "political"]);
    // Breadth 2: SME webinars and the business forums they were (trade), both realised.
    expect(mosselBay["three-layers"].layers.economic).toMatchObject({ score: 2, status: "present", breadth: 2 });
    expect(mosselBay["three-layers"].highest).toBe("multidimensional");
    expect(Object.keys(mosselBay.ringrose.elements)).toEqual([
      "commitment",
      "community_participation",
      "mutual_understanding",
      "reciprocity",
      "tangible_results",
    ]);
    // Hand-computed conditions score: (1 + 0.5 + 1 + 1) / 4 = 0.875 on all four; tangible results (1) apart.
    expect(mosselBay.ringrose).toMatchObject({ index: 0.875, assessed: 1, tangibleResults: 1, notMet: [] });
    expect(mosselBay.stage).toMatchObject({ reached: "implementation", stalled: false });
    const soussMassa = results.find((result) => result.id === "jawa-barat-souss-massa")!;
    expect(soussMassa.implementation).toMatchObject({ planned: 11, realised: 3, rate: 0.2727 });
    const perth = results.find((result) => result.id === "denpasar-perth")!;
    expect(perth.ringrose.elements.commitment.score).toBeNull();
  });

  it("score --by local-government aggregates per local government with slug ids", async () => {
    const { stdout } = await cli("score", INDONESIA, "--format", "json", "--by", "local-government");
    const results = JSON.parse(stdout) as Json;
    expect(results.map((result) => result.id)).toEqual(
      expect.arrayContaining(["denpasar", "bandung", "kabupaten-bogor", "jawa-barat"]),
    );
    const denpasar = results.find((result) => result.id === "denpasar")!;
    expect(denpasar["three-layers"].layers.political.status).toBe("absent");
  });

  it("score --format csv and table print one row per partnership", async () => {
    const csv = (await cli("score", INDONESIA, "--format", "csv")).stdout.trim().split("\r\n");
    expect(csv[0]).toBe(
      "id,economic,multidimensional,political,highest,conditions_score,conditions_assessed,score_rankable,not_met,partly_met,tangible_results,stage,stage_evidence,legal_basis,stalled,realised,planned,rate,rate_low,rate_high,rate_of," +
        "challenges,challenges_assessed,motives,motives_assessed,duchacek,duchacek_assessed,zelinsky,zelinsky_assessed,argued_only",
    );
    expect(csv).toHaveLength(28);
    expect(csv.find((line) => line.startsWith("jawa-barat-souss-massa,"))).toMatch(
      /^jawa-barat-souss-massa,present,partial,not assessable,economic,0\.88,4,yes,none,community_participation,2,/,
    );
    const table = (await cli("score", INDONESIA, "--wide")).stdout;
    expect(table).toMatch(
      /^jawa-barat-souss-massa\s+present\s+partial\s+not assessable\s+economic\s+0\.88\s+4\s+yes\s+none\s+community_participation\s+2/m,
    );
    expect(table).toMatch(/^conditions_assessed: How many of the 4 conditions the conditions score rests on\.$/m);
  });

  it("score refuses an invalid dataset with exit 1", async () => {
    const folder = writeDatasetFolder({
      events:
        "id,partnership,date,stage,field,description,status,source,locator,duration_years,evidence_kind,note\ne1,kota-a-kota-b,2019,signing,,MoU,realised,src,4.1,,finding,\n",
    });
    const { code, stdout, stderr } = await cli("score", folder);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/events\.csv:2:4: stage is not one of the allowed values/);
  });

  it("score --out writes the whole file, and leaves no partial file when it cannot", async () => {
    const folder = temporaryFolder();
    const out = join(folder, "scores.json");
    expect((await cli("score", INDONESIA, "--format", "json", "--out", out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(27);
    const missing = join(folder, "no-such-dir", "scores.json");
    const { code, stderr } = await cli("score", INDONESIA, "--out", missing);
    expect(code).toBe(2);
    expect(stderr).toMatch(/ENOENT/);
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(folder)).toEqual(["scores.json"]);
  });

  it("check-evidence reports a quote not in its source at file:row:column with the nearest passage, and exits 1", async () => {
    const folder = writeDatasetFolder();
    const sources = temporaryFolder();
    writeFileSync(join(sources, "src"), "Pada 2020, *a festival* took place\nin the city.");
    const found = await cli("check-evidence", folder, "--sources", sources);
    expect(found).toMatchObject({ code: 0, stdout: "", stderr: expect.stringMatching(/all 1 quotes found/) });
    writeFileSync(join(sources, "src"), "Pada 2020, a parade took place in the city.");
    const { code, stdout, stderr } = await cli("check-evidence", folder, "--sources", sources);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /codings\.csv:2:6: the quote is not in src \(expected the words as the source has them; nearest passage: "a parade took place", found "a festival took place"\)/,
    );
    expect(stderr).toMatch(/1 of 1 quotes not found in their sources/);
  });

  it("check-evidence says once that a source has no document in the folder", async () => {
    const { code, stdout } = await cli("check-evidence", writeDatasetFolder(), "--sources", temporaryFolder());
    expect(code).toBe(1);
    expect(stdout).toMatch(/src:0:0: no document of the source "src": its quotes could not be checked/);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  it("check-evidence reports a source text that is not UTF-8 instead of reading it with its characters replaced", async () => {
    const sources = temporaryFolder();
    writeFileSync(join(sources, "src"), Uint8Array.from([0x61, 0xe8, 0x0a]));
    const { code, stdout } = await cli("check-evidence", writeDatasetFolder(), "--sources", sources);
    expect(code).toBe(1);
    expect(stdout).toMatch(/src:0:0: the file is not UTF-8: byte 0xE8.*save it as UTF-8/);
  });

  it("check-evidence needs a dataset, and its sources folder or --sources", async () => {
    expect((await cli("check-evidence", INDONESIA)).stderr).toMatch(/the dataset has no sources folder/);
    expect((await cli("check-evidence", "--sources", ROOT)).code).toBe(2);
  });

  it("codebook prints the generated codebook in Markdown (both languages), CSV and JSON", async () => {
    const english = (await cli("codebook")).stdout;
    expect(english).toMatch(/^## Three layers of paradiplomacy \(Lecours\) \(`three-layers`\)$/m);
    expect(english).toMatch(/- \*\*2\*\* \(realised in activities\): The source reports at least one culture activity/);
    expect(english).toMatch(
      /^Every score above 0 says what kind of evidence it rests on \(`evidence_kind`\): `finding` \(finding\), `argument`/m,
    );
    expect(english).toMatch(/coded once, in `portfolio_codings.csv`/);
    const indonesian = (await cli("codebook", "--lang", "id")).stdout;
    expect(indonesian).toMatch(/^# Buku kode$/m);
    const csv = (await cli("codebook", "--format", "csv")).stdout;
    expect(csv.split("\r\n")[0]).toMatch(/^framework,indicator,group,name_id,name_en/);
    const json = JSON.parse((await cli("codebook", "--format", "json")).stdout) as Array<{
      indicator: string;
      example: unknown;
    }>;
    expect(json.find((entry) => entry.indicator === "culture")?.example).toMatchObject({ score: 2 });
  });
});
