import { execFileSync, spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/dsv/decodeText.ts";
import { formatCsv } from "../../src/format/formatCsv.ts";
import { formatProblem } from "../../src/problem.ts";
import { cli, INDONESIA, MINIMAL, ROOT, temporaryFolder, writeDatasetFolder } from "../helpers.ts";

/** A dataset folder whose datapackage.json is rewritten by `edit`. */
function withPackage(edit: (descriptor: { resources: Array<{ name: string; path: string }> }) => void): string {
  const folder = writeDatasetFolder();
  const file = join(folder, "datapackage.json");
  const descriptor = JSON.parse(readFileSync(file, "utf8"));
  edit(descriptor);
  writeFileSync(file, JSON.stringify(descriptor));
  return folder;
}

describe("paradiplomacy validate on files that try to escape or stall it", () => {
  it("refuses a resource path with .. and never prints the file outside the folder", async () => {
    const outside = join(temporaryFolder(), "secret.csv");
    writeFileSync(outside, "TOP SECRET LINE\n");
    const folder = withPackage((descriptor) => {
      descriptor.resources.find((resource) => resource.name === "codings")!.path =
        `../${outside.split("/").slice(-2).join("/")}`;
    });
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /datapackage\.json:0:0: the path "\.\.\/[^"]+\/secret\.csv" leaves the dataset folder, and was not read/,
    );
    expect(stdout).not.toContain("TOP SECRET");
  });

  it("refuses an absolute resource path", async () => {
    const folder = withPackage((descriptor) => {
      descriptor.resources.find((resource) => resource.name === "events")!.path = "/etc/passwd";
    });
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(/the path "\/etc\/passwd" leaves the dataset folder, and was not read/);
    expect(stdout).not.toContain("root:");
  });

  it("does not follow a symbolic link out of the folder", async () => {
    const folder = writeDatasetFolder();
    unlinkSync(join(folder, "sources.csv"));
    symlinkSync("/etc/passwd", join(folder, "sources.csv"));
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /sources\.csv:0:0: "sources\.csv" is not a regular file \(a symbolic link\), and was not read/,
    );
  });

  it("does not hang on a named pipe in place of a CSV", async () => {
    const folder = writeDatasetFolder();
    unlinkSync(join(folder, "events.csv"));
    execFileSync("mkfifo", [join(folder, "events.csv")]);
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /events\.csv:0:0: "events\.csv" is not a regular file \(a device, pipe or socket\), and was not read/,
    );
  });
});

describe("paradiplomacy validate on files in other encodings", () => {
  const latin1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));

  it("reports a Windows-1252 (Excel 'CSV') file once, at the row of its first non-UTF-8 byte, saying how to re-save it", async () => {
    const folder = writeDatasetFolder();
    // "Liège" written by Excel's plain CSV: è is the single byte 0xE8.
    writeFileSync(join(folder, "partnerships.csv"), latin1(MINIMAL.partnerships.replace("Kota B", "Liège")));
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toEqual([
      expect.stringMatching(
        /partnerships\.csv:2:0: the file is not UTF-8: byte 0xE8 cannot start or continue a UTF-8 character; it looks like Windows-1252 \("ANSI"\), which Excel's plain "CSV" writes \(expected UTF-8 text: in Excel "Save as" → "CSV UTF-8 \(Comma delimited\)"/,
      ),
    ]);
  });

  it("decodes UTF-16 with a byte-order mark, as Excel's 'Unicode text' writes, and finds the dataset valid", async () => {
    const folder = writeDatasetFolder();
    const text = MINIMAL.codings;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) bytes[2 + index * 2] = text.charCodeAt(index);
    writeFileSync(join(folder, "codings.csv"), bytes);
    expect((await cli("validate", folder)).code).toBe(0);
  });

  it("names UTF-16 without a byte-order mark instead of listing hundreds of missing columns", () => {
    const text = "partnership,framework\n".repeat(40);
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index++) bytes[index * 2] = text.charCodeAt(index);
    // A stray high byte, as UTF-16 text with non-Latin characters has.
    bytes[61] = 0xd8;
    const decoded = decodeText(bytes, "codings.csv");
    expect("problem" in decoded && decoded.problem.message).toMatch(/it looks like UTF-16 without a byte-order mark/);
  });

  it("decodeText(bytes, file) reads UTF-8 with or without a byte-order mark unchanged", () => {
    const decoded = decodeText(new TextEncoder().encode("\uFEFFid\nLiège\n"), "t.csv");
    expect(decoded).toEqual({ text: "\uFEFFid\nLiège\n", encoding: "utf-8" });
  });
});

describe("CSV the toolkit writes, opened in a spreadsheet", () => {
  it("formatCsv(header, rows) neutralises text a spreadsheet would run as a formula, and keeps numbers as numbers", () => {
    const csv = formatCsv(
      ["text", "number"],
      [
        ['=HYPERLINK("x")', -8.65],
        ["+1", 2],
        ["@SUM(A1)", null],
        ["\tx", 0],
        ["plain", 1.5],
      ],
    );
    expect(csv.split("\r\n")).toEqual([
      "text,number",
      '"\'=HYPERLINK(""x"")",-8.65',
      '"\'+1",2',
      '"\'@SUM(A1)",',
      '"\'\tx",0',
      "plain,1.5",
      "",
    ]);
    expect(formatCsv(["a", "b"], [[1, "x"]], { delimiter: ";", bom: true })).toBe("\uFEFFa;b\r\n1;x\r\n");
  });

  it("codebook --format csv neutralises a quote written as a formula; score takes --csv-delimiter ';' and --bom", async () => {
    const folder = writeDatasetFolder({ codings: MINIMAL.codings.replace("a festival took place", "=1+1 a festival") });
    const codebook = (await cli("codebook", "--format", "csv", "--dataset", folder)).stdout;
    expect(codebook).toContain(`"'=1+1 a festival"`);
    expect(codebook).not.toMatch(/(^|,)=1\+1/m);
    const csv = (await cli("score", folder, "--format", "csv", "--csv-delimiter", ";", "--bom")).stdout;
    expect(csv.startsWith("\uFEFFid;economic;")).toBe(true);
    expect((await cli("score", folder, "--csv-delimiter", "|")).stderr).toMatch(
      /--csv-delimiter must be one of ,, ;, found "\|"/,
    );
  });
});

describe("cells with control characters", () => {
  it("reports a NUL byte or a terminal escape in a cell, and prints it escaped so it cannot drive the terminal", async () => {
    const folder = writeDatasetFolder({
      codings: MINIMAL.codings.replace("a festival took place", "a festival\u001b[2J took place\u0000"),
    });
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /codings\.csv:2:6: evidence contains a control character \(a NUL byte or a terminal escape\)/,
    );
    expect(stdout).toContain("\\u001b[2J");
    expect(stdout).not.toContain("\u001b");
    expect(stdout).not.toContain("\u0000");
  });
});

describe("--out", () => {
  it("refuses to write over one of the dataset's own files, which stay as they were", async () => {
    const folder = writeDatasetFolder();
    const codings = join(folder, "codings.csv");
    const before = readFileSync(codings, "utf8");
    const { code, stderr } = await cli("score", folder, "--format", "csv", "--out", codings);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out ".*codings\.csv" is one of the dataset's own files; write the output elsewhere/);
    expect(readFileSync(codings, "utf8")).toBe(before);
    expect((await cli("codebook", "--dataset", folder, "--out", join(folder, "datapackage.json"))).code).toBe(2);
  });

  it("keeps the target's permissions when it replaces it", async () => {
    const folder = temporaryFolder();
    const out = join(folder, "scores.csv");
    writeFileSync(out, "old\n");
    chmodSync(out, 0o640);
    expect((await cli("score", INDONESIA, "--format", "csv", "--out", out)).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readFileSync(out, "utf8")).toMatch(/^id,economic,/);
    expect(readdirSync(folder)).toEqual(["scores.csv"]);
  });
});

describe("removeTemporaryFilesOnExit() with writeFileAtomic(path, text)", () => {
  it("removes the temporary file of a write interrupted by SIGTERM, and leaves the target unwritten", () => {
    const folder = temporaryFolder();
    const script = join(folder, "interrupt.mjs");
    const library = pathToFileURL(join(ROOT, "lib/node/writeFileAtomic.js")).href;
    writeFileSync(
      script,
      `import { existsSync, readdirSync } from "node:fs";
import { writeFileAtomic, removeTemporaryFilesOnExit } from ${JSON.stringify(library)};
removeTemporaryFilesOnExit();
writeFileAtomic(${JSON.stringify(join(folder, "out.json"))}, "x".repeat(300_000_000));
// Interrupt once the temporary file exists.
const timer = setInterval(() => {
  if (readdirSync(${JSON.stringify(folder)}).some((name) => name.endsWith(".tmp"))) {
    clearInterval(timer);
    process.kill(process.pid, "SIGTERM");
  }
}, 1);
`,
    );
    const result = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(result.status).toBe(143);
    expect(readdirSync(folder).sort()).toEqual(["interrupt.mjs"]);
  });
});

describe("formatProblem(problem)", () => {
  it("escapes control characters in a file name, which can come from a datapackage.json", () => {
    expect(formatProblem({ file: "codings\u001b[2J.csv", row: 1, column: 0, message: "m" })).toBe(
      "codings\\u001b[2J.csv:1:0: m",
    );
  });
});
