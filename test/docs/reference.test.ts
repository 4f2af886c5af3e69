import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";
import { formatDoc } from "../../scripts/formatDoc.ts";
import { sourcesDoc } from "../../scripts/sourcesDoc.ts";
import { docFiles } from "../../scripts/docExamples.ts";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { ROOT, temporaryFolder } from "../helpers.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const reference = readFileSync(join(ROOT, "docs/api/paradiplomacy.md"), "utf8");

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );

/** The section of the reference under an export's heading (`### name` or `### name()`), up to the next rule. */
function sectionOf(name: string): string | undefined {
  const start = reference.search(new RegExp(`^### ${name.replaceAll("_", "\\\\_")}(\\(\\))?$`, "m"));
  if (start < 0) return undefined;
  const end = reference.indexOf("\n***", start);
  return reference.slice(start, end < 0 ? undefined : end);
}

describe("documentation", () => {
  it("docs/api/ is the reference TypeDoc generates from the JSDoc (regenerate it with npm run docs:api)", () => {
    const out = temporaryFolder();
    execFileSync(join(ROOT, "node_modules/.bin/typedoc"), ["--out", out, "--logLevel", "Error"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const generated = filesUnder(out).map((file) => relative(out, file));
    const committed = filesUnder(join(ROOT, "docs/api")).map((file) => relative(join(ROOT, "docs/api"), file));
    expect(committed.sort()).toEqual(generated.sort());
    for (const file of generated)
      expect(readFileSync(join(ROOT, "docs/api", file), "utf8"), `docs/api/${file}`).toBe(
        readFileSync(join(out, file), "utf8"),
      );
  }, 120_000);

  it.each(Object.keys(api))("the reference documents %s in words", (name) => {
    const section = sectionOf(name);
    expect(section, `no heading for ${name} in docs/api/paradiplomacy.md`).toBeDefined();
    // A line of prose: not the heading, a code block, a table or a sub-heading.
    const prose = section!
      .split(/^```[\s\S]*?^```$/m)
      .join("")
      .split("\n")
      .slice(1)
      .filter((line) => /^(?![#|>*])\S/.test(line));
    expect(prose.length, `${name} has no description`).toBeGreaterThan(0);
  });

  it("src/index.ts exports no internal of the column store or the CSV reader", () => {
    for (const internal of ["Table", "Column", "ColumnBuilder", "columnValue", "compileCaster", "parseDelimited"])
      expect(Object.keys(api)).not.toContain(internal);
  });

  it("docs/dataset-format.md is the one generated from the schemas", () => {
    expect(readFileSync(join(ROOT, "docs/dataset-format.md"), "utf8")).toBe(formatDoc());
  });

  it("docs/dataset-format.md says what each column accepts in words, never as a regular expression", () => {
    const accepts = readFileSync(join(ROOT, "docs/dataset-format.md"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split(" | ")[2]!);
    expect(accepts).toContain("a year, year-month or date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2019-05");
    expect(accepts.filter((text) => /\\d|\[[A-Za-z0-9]+-|[+*]\)?$|\{\d/.test(text))).toEqual([]);
  });

  it("docs/sources.md is the one generated from the shipped sources.csv: each source's details and address", () => {
    const doc = readFileSync(join(ROOT, "docs/sources.md"), "utf8");
    // Its output blocks are written by npm run docs:samples, and checked by the examples test.
    const withoutOutputs = (text: string) => text.replace(/^```text output\n[\s\S]*?^```$/gm, "```text output\n```");
    expect(withoutOutputs(doc)).toBe(withoutOutputs(sourcesDoc()));
    expect(doc).toContain("- Address: https://journal.aihii.or.id/index.php/ijir/article/view/223\n");
    expect(doc).toContain("The documents' texts are not distributed with the toolkit.");
  });

  it("README gives the two commands: run the site, pass the tests", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });

  it("README is a guide of a few screens: under 25 KB, the reference linked rather than copied", () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(25_000);
    for (const page of ["docs/api/index.md", "docs/cli.md", "docs/dataset-format.md", "docs/dependencies.md"])
      expect(readme).toContain(`](${page}`);
  });

  it("notebooks/README.md lists every notebook of the catalogue, and no other", () => {
    const text = readFileSync(join(ROOT, "notebooks/README.md"), "utf8");
    const listed = [...text.matchAll(/^\| \[([a-z-]+)\]\(\1\.html\) \|/gm)].map((match) => match[1]);
    expect(listed).toEqual(NOTEBOOKS.map((notebook) => notebook.file));
  });

  it.each([...docFiles(), "notebooks/README.md"])("every file path %s names in code exists", (file) => {
    // Paths written as code outside code blocks (`src/frameworks/registry.ts`), from the root or the file's folder;
    // build outputs, ../shared (beside the checkout) and paths with a placeholder (NAME) apart.
    const prose = readFileSync(join(ROOT, file), "utf8").replace(/^(`{3,}|~{3,})[\s\S]*?^\1$/gm, "");
    const paths = [...prose.matchAll(/`([\w.-]+(?:\/[\w.-]+)+\.(?:ts|js|md|csv|json|html|css))`/g)]
      .map((match) => match[1]!)
      .filter((path) => !/^(dist|node_modules|lib|shared|\.\.)\//.test(path) && !/[A-Z]{3,}/.test(path));
    const missing = paths.filter(
      (path) => !existsSync(join(ROOT, path)) && !existsSync(join(ROOT, dirname(file), path)),
    );
    expect(missing).toEqual([]);
  });

  it.each([...docFiles(), "notebooks/README.md"])(
    "every relative link in %s leads to a file of the project",
    (file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const targets = [...text.matchAll(/\]\(([^)\s#]+)(#[^)\s]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/.test(target));
      for (const target of targets)
        expect(existsSync(join(ROOT, dirname(file), target)), `${file} links to ${target}`).toBe(true);
    },
  );
});
