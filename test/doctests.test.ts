import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { eventStatuses } from "../src/dataset/vocabularies.ts";
import { stage } from "../src/frameworks/stage.ts";
import { ROOT } from "./helpers.ts";

/**
 * Every `@example` in src/ is run, as simple-statistics and d3 keep their examples true. An example is code, then
 * its result as a comment, on the same line or on the lines below:
 *
 *     @example slugify("Brighton & Hove") // "brighton-hove"
 *
 * The code may be several statements, and may `await`; the last one is an expression, whose value must equal (toEqual) the result,
 * which is itself a JavaScript expression: a literal, or `new Map([...])`, `Int32Array.of(...)`. A number that is
 * not exact is written with its rounding in the code (`.toFixed(3) // "0.095"`), never as prose ("0.095…").
 *
 * An example sees the exports of its own module (a function it documents must be exported from its module, if not
 * from src/index.ts), those of the src/ modules its module imports, and the few names in {@link EXAMPLE_SCOPE};
 * anything else it needs, it builds itself.
 */
const EXAMPLE_SCOPE: Record<string, unknown> = {
  // Observable Plot, for the chart helpers' examples.
  Plot,
  // A browser document (jsdom): the charts take it as their `document` option.
  document: new JSDOM("<!doctype html><body></body>").window.document,
  // The event statuses' vocabulary (src/dataset/vocabularies.ts), for the vocabulary helpers of src/language.ts.
  eventStatuses,
  // The stage framework (src/frameworks/stage.ts), whose options src/frameworks/options.ts resolves.
  stage,
};

interface Example {
  /** Where the example is: file (relative to the project) and line of its `@example` tag. */
  file: string;
  line: number;
  /** The example's text, comment stars removed. */
  text: string;
}

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(folder, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(folder, entry.name)]
        : [],
  );

/** The `@example` sections of a file's JSDoc comments: from the tag to the next tag or the end of the comment. */
function examplesIn(file: string, source: string): Example[] {
  const examples: Example[] = [];
  for (const comment of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = source.slice(0, comment.index).split("\n").length;
    const lines = comment[0]
      .replace(/^\/\*\*/, "")
      .replace(/\*\/$/, "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""));
    let current: Example | undefined;
    lines.forEach((line, index) => {
      const tag = /^\s*@(\w+)\s?(.*)$/.exec(line);
      if (tag) {
        current = tag[1] === "example" ? { file, line: firstLine + index, text: tag[2]! } : undefined;
        if (current) examples.push(current);
      } else if (current) current.text += `\n${line}`;
    });
  }
  return examples.map((example) => ({ ...example, text: example.text.trim() }));
}

/** An example's code, as a function body returning the last expression's value, and its stated result. */
function splitExample(text: string): { body: string; expression: string; result: string } {
  const source = ts.createSourceFile("example.ts", text, ts.ScriptTarget.ES2022, true);
  const last = source.statements.at(-1);
  if (last === undefined || !ts.isExpressionStatement(last))
    throw new Error("the example does not end with an expression whose value it states");
  // The comments after the code: on its own line (TypeScript's "trailing" ones) and on the lines below ("leading").
  const ranges = [
    ...(ts.getTrailingCommentRanges(text, last.end) ?? []),
    ...(ts.getLeadingCommentRanges(text, last.end) ?? []),
  ];
  const comments = ranges.filter((range, index) => ranges.findIndex((other) => other.pos === range.pos) === index);
  const result = comments
    .map((range) => text.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith("//"))
    .map((comment) => comment.slice(2).trim())
    .join("\n");
  if (result === "") throw new Error("the example states no result (write it as a comment after the code: // …)");
  const before = text.slice(0, last.getStart(source));
  const expression = last.expression.getText(source);
  return { body: `${before}\nreturn (${expression});`, expression, result };
}

/** The constructor of async functions, so that an example may `await` (reading a document is asynchronous). */
const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

/** Runs `body` (which may `await`) with the scope's names as its variables. */
function evaluate(body: string, scope: Record<string, unknown>): Promise<unknown> {
  const names = Object.keys(scope);
  return new AsyncFunction(...names, body)(...names.map((name) => scope[name]));
}

/** The exports of a src/ module and of the src/ modules it imports (its own winning). */
async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const path = join(ROOT, file);
  const imported = [
    ...readFileSync(path, "utf8").matchAll(/^import\s+(?!type\b)[^"']*from\s+["'](\.[^"']+)["']/gm),
  ].map((match) => join(dirname(path), match[1]!));
  const modules = await Promise.all([...imported, path].map((module) => import(pathToFileURL(module).href)));
  return Object.assign({}, ...(modules as Array<Record<string, unknown>>));
}

const src = join(ROOT, "src");
const examples = filesUnder(src).flatMap((path) => examplesIn(relative(ROOT, path), readFileSync(path, "utf8")));

describe("the @example lines of src/ (doctests)", () => {
  it("finds every example: at least the 51 there were when this test was written", () => {
    expect(examples.length).toBeGreaterThanOrEqual(51);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    "%s holds",
    async (_, example) => {
      const { body, result } = splitExample(example.text);
      const scope = { ...EXAMPLE_SCOPE, ...(await scopeOf(example.file)) };
      let expected: unknown;
      try {
        expected = await evaluate(`return (${result});`, scope);
      } catch (error) {
        throw new Error(`the stated result ${JSON.stringify(result)} is not a JavaScript expression`, { cause: error });
      }
      expect(await evaluate(body, scope), example.text).toEqual(expected);
    },
  );
});

describe("splitExample(text)", () => {
  it("takes the code and its result from one line, or from the lines below the code", () => {
    expect(splitExample('slugify("A b") // "a-b"')).toEqual({
      body: '\nreturn (slugify("A b"));',
      expression: 'slugify("A b")',
      result: '"a-b"',
    });
    expect(splitExample('const a = 1;\nf(a, "//")\n// 2').result).toBe("2");
    expect(splitExample("const a = 1;\nf(a)\n// 2").body).toBe("const a = 1;\n\nreturn (f(a));");
  });

  it("refuses an example with no stated result, or ending in a declaration", () => {
    expect(() => splitExample("slugify(name)")).toThrow("states no result");
    expect(() => splitExample("const a = 1; // 1")).toThrow("does not end with an expression");
  });
});
