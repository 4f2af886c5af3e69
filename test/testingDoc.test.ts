import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

// docs/testing.md names commands and files; they run the tests themselves, so this test checks that each exists
// rather than running it.
const doc = readFileSync(join(ROOT, "docs/testing.md"), "utf8");
const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;

describe("docs/testing.md", () => {
  it("names only npm scripts that package.json has, and the two projects' scripts run them", () => {
    const named = [...doc.matchAll(/npm run ([\w:]+)/g)].map((match) => match[1]!);
    expect(named).toEqual(expect.arrayContaining(["test:unit", "test:e2e"]));
    for (const name of named) expect(scripts[name], name).toBeDefined();
    expect(scripts["test:unit"]).toBe("vitest run --project unit");
    expect(scripts["test:e2e"]).toBe("vitest run --project e2e");
    expect(scripts["test"]).toMatch(/typecheck.*lint:format.*lint:code.*&& vitest run$/);
  });

  it("names only files that exist", () => {
    const files = [...doc.matchAll(/`?((?:test|scripts|bench)\/[\w/.-]+\.ts)/g)].map((match) => match[1]!);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });
});
