import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { launchChromium, launchChromiumServer } from "../../scripts/chromium.ts";
import { temporaryFolder } from "../helpers.ts";

// What a maintainer without Debian's Chromium reads when the end-to-end tests or the site bench start: these tests
// need no browser, as they only start executables that cannot be one.
describe("launchChromium({executablePath}) when no Chromium is there", () => {
  it("names the path it tried and CHROMIUM_PATH, and points to the tests that need no browser", async () => {
    const path = join(temporaryFolder(), "no-chromium-here");
    await expect(launchChromium({ executablePath: path })).rejects.toThrow(
      [
        `Chromium could not start from ${path}: there is no such file.`,
        "The end-to-end tests and the site bench need a Chromium executable (Debian: apt-get install chromium).",
        "If yours is elsewhere, set CHROMIUM_PATH to it, e.g. CHROMIUM_PATH=/path/to/chromium npm run test:e2e",
        "npm run test:unit runs every test that needs no browser.",
      ].join("\n"),
    );
  });

  it("says the same of a file that is there but does not start as a browser, with the launcher's reason", async () => {
    const path = join(temporaryFolder(), "not-a-browser");
    writeFileSync(path, "#!/bin/sh\nexit 3\n");
    chmodSync(path, 0o755);
    const failure = launchChromiumServer({ executablePath: path });
    await expect(failure).rejects.toThrow(new RegExp(`^Chromium could not start from ${path}: .+\\.\\n`));
    await expect(failure).rejects.toThrow("set CHROMIUM_PATH to it");
  });
});
