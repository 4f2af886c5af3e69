import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { buildSite, previewSite } from "./e2e/previewSite.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/browser.ts";
import { ROOT } from "./helpers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built site and its notebooks, served by vite's preview. */
    siteUrl: string;
    /** Where a test file connects to the shared headless Chromium. */
    chromiumEndpoint: string;
  }
}

/**
 * Before any test file runs: the site and its notebooks are built once and
 * served once, and one headless Chromium is started; the end-to-end files
 * connect to it, each with pages of its own (every page its own context).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildSite(ROOT);
  const server = await previewSite(ROOT, { build: false });
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  project.provide("siteUrl", server.url);
  project.provide("chromiumEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
