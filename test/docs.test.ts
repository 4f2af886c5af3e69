import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import { formatDoc } from "../scripts/formatDoc.ts";
import { ROOT } from "./helpers.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("documentation", () => {
  it.each(Object.keys(api))("README documents the export %s", (name) => {
    expect(readme).toMatch(new RegExp("`" + name + "[`(]"));
  });

  it("docs/dataset-format.md is the one generated from the schemas", () => {
    expect(readFileSync(join(ROOT, "docs/dataset-format.md"), "utf8")).toBe(formatDoc());
  });

  it("README gives the two commands: run the site, pass the tests", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });
});
