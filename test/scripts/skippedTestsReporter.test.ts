import { describe, expect, it } from "vitest";
import type { TestModule, Vitest } from "vitest/node";
import SkippedTestsReporter from "../skippedTestsReporter.ts";

/** A test module as the reporter reads it: a file and its tests' names and results. */
function testModule(tests: Array<{ fullName: string; result: { state: string; note?: string } }>): TestModule {
  return {
    moduleId: "/project/test/dataset/indonesia.test.ts",
    project: { config: { root: "/project" } },
    children: {
      *allTests(state: string) {
        yield* tests
          .filter((test) => test.result.state === state)
          .map((test) => ({ ...test, result: () => test.result }));
      },
    },
  } as unknown as TestModule;
}

function report(modules: TestModule[]): string[] {
  const printed: string[] = [];
  const reporter = new SkippedTestsReporter();
  reporter.onInit({ logger: { log: (text: string) => printed.push(text) } } as unknown as Vitest);
  reporter.onTestRunEnd(modules);
  return printed;
}

describe("SkippedTestsReporter", () => {
  it("prints each test that skipped itself, with its file and its reason", () => {
    const printed = report([
      testModule([
        { fullName: "integrity > quotes evidence", result: { state: "skipped", note: "needs the five source texts" } },
        { fullName: "integrity > ships a datapackage.json", result: { state: "passed" } },
      ]),
    ]);
    expect(printed).toEqual([
      "\nSkipped, with their reasons:\n" +
        "  ↓ test/dataset/indonesia.test.ts > integrity > quotes evidence\n" +
        "    skipped: needs the five source texts",
    ]);
  });

  it("prints nothing for tests left out by a filter, which carry no reason", () => {
    expect(report([testModule([{ fullName: "integrity > other", result: { state: "skipped" } }])])).toEqual([]);
  });
});
