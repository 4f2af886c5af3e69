import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "../helpers.ts";

// A corpus of real-world-shaped bad datasets, each a folder with the problem it must be reported with (expected.json).
const corpus = join(ROOT, "test/fixtures/bad");

describe("paradiplomacy validate on the corpus of bad files (test/fixtures/bad)", () => {
  it.each(readdirSync(corpus).sort())("%s: reported exactly, with its exit status", async (name) => {
    const folder = join(corpus, name);
    const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as {
      code: number;
      problems?: string[];
    };
    const { code, stdout } = await cli("validate", folder);
    expect(code).toBe(expected.code);
    // Paths in messages are relative to where the CLI runs; the expectations are relative to the fixture's folder.
    const prefix = `${relative(process.cwd(), folder)}/`;
    const problems = stdout
      .trim()
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => line.replace(prefix, ""));
    if (expected.problems) expect(problems).toEqual(expected.problems);
    else expect(problems.length).toBeGreaterThan(0);
  });
});
