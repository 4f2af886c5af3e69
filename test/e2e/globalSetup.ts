import type { TestProject } from "vitest/node";
import { launchChromiumServer } from "../../scripts/chromium.ts";
import { buildSite, previewSite } from "../../scripts/previewSite.ts";
import { ROOT } from "../helpers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built site and its notebooks, served by vite's preview. */
    siteUrl: string;
    /** Where a test file connects to the shared headless Chromium. */
    chromiumEndpoint: string;
  }
}

/**
 * Before the end-to-end files run (the `e2e` project only): one headless Chromium is started, the site and its
 * notebooks are built once and served once; the files connect to that Chromium, each with pages of its own.
 * Chromium starts first, so that a missing one (see scripts/chromium.ts for the message) fails in a second rather
 * than after the build; whatever did start is stopped again on every path, so a failed setup never leaves the run
 * hanging on an open server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await launchChromiumServer();
  let server: Awaited<ReturnType<typeof previewSite>> | undefined;
  try {
    await buildSite(ROOT);
    server = await previewSite(ROOT, { build: false });
  } catch (error) {
    await browser.close();
    throw error;
  }
  project.provide("siteUrl", server.url);
  project.provide("chromiumEndpoint", browser.wsEndpoint());
  return async () => {
    try {
      await browser.close();
    } finally {
      await server.close();
    }
  };
}
