import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import { formatDoc } from "../scripts/formatDoc.ts";
import { sourcesDoc } from "../scripts/sourcesDoc.ts";
import { ROOT } from "./helpers.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("documentation", () => {
  it.each(Object.keys(api))("README documents the export %s", (name) => {
    expect(readme).toMatch(new RegExp("`" + name + "[`(]"));
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
    expect(doc).toBe(sourcesDoc());
    expect(doc).toContain("- Address: https://journal.aihii.or.id/index.php/ijir/article/view/223\n");
    expect(doc).toContain("The documents' texts are not distributed with the toolkit.");
  });

  it("README gives the two commands: run the site, pass the tests", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });
});
