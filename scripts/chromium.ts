import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from "playwright-core";

/** The flags Debian's Chromium needs here: headless, no sandbox, no GPU, no network of its own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Where Debian's Chromium is; the environment variable `CHROMIUM_PATH` names another executable. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Options of {@link launchChromium} and {@link launchChromiumServer}. */
export interface ChromiumOptions {
  /** The Chromium executable to start; default {@link CHROMIUM_PATH}. */
  executablePath?: string;
}

/**
 * What to tell a maintainer when Chromium does not start from `path`: the path tried, why, and how to point
 * elsewhere (or run the tests that need no browser).
 */
export function chromiumMissing(path: string, reason: string): Error {
  return new Error(
    [
      `Chromium could not start from ${path}: ${reason}.`,
      "The end-to-end tests and the site bench need a Chromium executable (Debian: apt-get install chromium).",
      "If yours is elsewhere, set CHROMIUM_PATH to it, e.g. CHROMIUM_PATH=/path/to/chromium npm run test:e2e",
      "npm run test:unit runs every test that needs no browser.",
    ].join("\n"),
  );
}

/** Runs `start` with the executable, turning a missing or broken executable into {@link chromiumMissing}'s error. */
async function starting<T>(executablePath: string, start: (options: LaunchOptions) => Promise<T>): Promise<T> {
  if (!existsSync(executablePath)) throw chromiumMissing(executablePath, "there is no such file");
  try {
    return await start({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();
    throw chromiumMissing(executablePath, reason);
  }
}

/** Debian's Chromium (or `CHROMIUM_PATH`'s), headless, with the flags this network-less machine needs. */
export function launchChromium({ executablePath = CHROMIUM_PATH }: ChromiumOptions = {}): Promise<Browser> {
  return starting(executablePath, (options) => chromium.launch(options));
}

/** The same Chromium as a server that other processes (the test files) connect to by its WebSocket endpoint. */
export function launchChromiumServer({ executablePath = CHROMIUM_PATH }: ChromiumOptions = {}): Promise<BrowserServer> {
  return starting(executablePath, (options) => chromium.launchServer(options));
}
