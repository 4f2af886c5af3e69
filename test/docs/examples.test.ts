import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docFiles, examplesOf, runFile, withOutputs } from "../../scripts/docExamples.ts";
import { ROOT } from "../helpers.ts";

describe("the examples of README.md and docs/*.md (convention in docs/writing-docs.md)", () => {
  // `npx paradiplomacy` runs the compiled lib/, as in an installed package: compile what src/ holds now.
  beforeAll(() => {
    execFileSync("npm", ["run", "build:lib"], { cwd: ROOT, stdio: "ignore" });
  }, 120_000);

  it.each(docFiles())(
    "every ```sh and ```ts block of %s runs without error, and its output block is what it prints",
    (file) => {
      const report = runFile(file);
      const problems = report.results.flatMap(({ problem }) => (problem === undefined ? [] : [problem]));
      expect(problems).toEqual([]);
      // The same check, shown as a diff of the whole file when an output block is stale.
      const markdown = readFileSync(join(ROOT, file), "utf8");
      expect(markdown).toBe(withOutputs(markdown, report));
    },
    300_000,
  );
});

describe("examplesOf(markdown, file)", () => {
  const fence = "```";
  it("pairs each runnable block with the output block right after it, and skips norun and other languages", () => {
    const markdown = [
      `${fence}sh`,
      "echo a",
      fence,
      "",
      `${fence}text output`,
      "a",
      fence,
      `${fence}sh norun`,
      "npm start",
      fence,
      `${fence}json`,
      "{}",
      fence,
      `${fence}ts`,
      "console.log(1)",
      fence,
    ].join("\n");
    const examples = examplesOf(markdown, "x.md");
    expect(examples.map(({ block, output }) => [block.language, block.code, output?.code])).toEqual([
      ["sh", "echo a\n", "a\n"],
      ["ts", "console.log(1)\n", undefined],
    ]);
  });

  it("refuses an output block that follows no runnable block, or with prose between", () => {
    expect(() => examplesOf(`${fence}sh norun\nls\n${fence}\n\n${fence}text output\nx\n${fence}\n`, "x.md")).toThrow(
      "x.md:5: an output block must follow",
    );
    expect(() => examplesOf(`${fence}sh\nls\n${fence}\nWords.\n${fence}text output\nx\n${fence}\n`, "x.md")).toThrow(
      "x.md:5: an output block must follow",
    );
  });

  it("refuses an unknown flag on a runnable block, so that a misspelt norun does not run", () => {
    expect(() => examplesOf(`${fence}sh no-run\nrm -rf x\n${fence}\n`, "x.md")).toThrow('unknown flag in "sh no-run"');
  });
});

describe("withOutputs(markdown, report)", () => {
  it("rewrites an output block from what its block printed, and leaves the rest of the text as it was", () => {
    const fence = "```";
    const markdown = `Before.\n\n${fence}sh\necho hello\n${fence}\n\n${fence}text output\nstale\n${fence}\n\nAfter.\n`;
    const [example] = examplesOf(markdown, "x.md");
    const report = { file: "x.md", results: [{ example: example!, run: { output: "hello\n", status: 0 } }] };
    expect(withOutputs(markdown, report)).toBe(
      `Before.\n\n${fence}sh\necho hello\n${fence}\n\n${fence}text output\nhello\n${fence}\n\nAfter.\n`,
    );
  });
});
