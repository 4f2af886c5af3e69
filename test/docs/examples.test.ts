import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docFiles, installedPackage, runFile, withOutputs } from "../../scripts/docExamples.ts";
import { ROOT } from "../helpers.ts";

describe("the examples of README.md and docs/*.md (convention in docs/writing-docs.md)", () => {
  // `npx paradiplomacy` runs the compiled package, as installed: compile what src/ holds now, apart from lib/.
  let packageFolder = "";
  beforeAll(() => {
    packageFolder = installedPackage();
  }, 120_000);

  it.each(docFiles())(
    "every ```sh and ```ts block of %s runs without error, and its output block is what it prints",
    (file) => {
      const report = runFile(file, packageFolder);
      // Every block ran without error (its output when it did not).
      const failures = report.results.flatMap(({ problem, run }) =>
        problem === undefined || run.status === 0 ? [] : [problem],
      );
      expect(failures).toEqual([]);
      // Every output block is what its block printed: a stale one shows as a diff of the file.
      const markdown = readFileSync(join(ROOT, file), "utf8");
      expect(markdown).toBe(withOutputs(markdown, report));
    },
    300_000,
  );
});
