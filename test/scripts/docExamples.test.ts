import { describe, expect, it } from "vitest";
import { examplesOf, withOutputs } from "../../scripts/docExamples.ts";

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
