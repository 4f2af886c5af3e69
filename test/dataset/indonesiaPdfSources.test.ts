import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, INDONESIA, ROOT, temporaryFolder } from "../helpers.ts";
import { makePdf, setInPages } from "../documents/makeDocuments.ts";

const SEEDS_FOLDER = join(ROOT, "../shared/seeds");
const haveSeeds = existsSync(SEEDS_FOLDER);

describe("the shipped dataset with its five sources as PDFs", () => {
  it(`check-evidence finds every quote and gives its page (needs the five source texts in ${SEEDS_FOLDER}; without them this check is skipped)`, async (context) => {
    // Printed after the run by test/skippedTestsReporter.ts.
    context.skip(!haveSeeds, `needs the source texts in ${SEEDS_FOLDER}, which are not distributed with the project`);
    // Each source text typeset into a PDF as a journal would: wrapped lines, words hyphenated at line ends, page numbers.
    const folder = temporaryFolder();
    const seeds = readdirSync(SEEDS_FOLDER).filter((name) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(name));
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      const pages = setInPages(readFileSync(join(SEEDS_FOLDER, seed), "utf8"));
      writeFileSync(join(folder, seed.replace(/\.txt$/, ".pdf")), await makePdf(pages, { pageNumbers: true }));
    }
    const { code, stdout, stderr } = await cli("check-evidence", INDONESIA, "--sources", folder);
    expect(stderr).toMatch(/✓ .*: all (\d+) quotes found in their sources/);
    const quotes = Number(/all (\d+) quotes/.exec(stderr)![1]);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("Pages of the quotes found in PDFs:");
    // Every quote found, each with its page in its PDF.
    expect(lines.slice(1)).toHaveLength(quotes);
    for (const line of lines.slice(1))
      expect(line).toMatch(/csv:\d+:\d+: pp?\. \d+(–\d+)? of \d{3}_[0-9a-f]{16}\.pdf$/);
    expect(code).toBe(0);
  }, 60_000);
});
