import type { Reporter, TestModule, Vitest } from "vitest/node";

/**
 * Prints, after the run, every test that skipped itself with a reason (`context.skip(condition, reason)`), with that
 * reason: the default reporter only counts them ("22 tests | 1 skipped"), so a reader would not learn why.
 * Tests left out by a filter (`-t`, a project) carry no reason and are not listed.
 */
export default class SkippedTestsReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines = testModules.flatMap((testModule) =>
      [...testModule.children.allTests("skipped")].flatMap((test) => {
        const result = test.result();
        const note = result.state === "skipped" ? result.note : undefined;
        return note
          ? [
              `  ↓ ${testModule.moduleId.replace(`${testModule.project.config.root}/`, "")} > ${test.fullName}\n    skipped: ${note}`,
            ]
          : [];
      }),
    );
    if (lines.length > 0) this.vitest?.logger.log(["", "Skipped, with their reasons:", ...lines].join("\n"));
  }
}
