import { readdirSync, readFileSync } from "node:fs";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser.ts";

/**
 * Chromium with its own profile folder, so that what the site stored survives the browser (the tests of a killed
 * browser). Options: `width` of the viewport (default 1280).
 */
export function launchProfile(profile: string, { width = 1280 } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
}

/**
 * Kills the browser process of a profile with SIGKILL, as a crash or a killed app would: nothing gets to clean up.
 * Returns how many processes it killed (the browser's main process, found by its profile in /proc: Linux only).
 */
export function killBrowser(profile: string): number {
  let killed = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    if (args.some((arg) => arg === `--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith("--type="))) {
      process.kill(Number(pid), "SIGKILL");
      killed++;
    }
  }
  return killed;
}
