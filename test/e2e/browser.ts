import { buffer } from "node:stream/consumers";
import { chromium, type Browser, type BrowserContext, type Download, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

// Where Chromium is and the flags it starts with live beside the preview server, where the bench finds them too.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.ts";

/** A page of the site with what it reported: console errors and page errors, and every request that left the origin. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  foreign: string[];
}

/** Opens `path` of the site at `base` in a new page of `context`, recording its errors and any request outside the origin. */
export async function openWatched(
  context: BrowserContext,
  base: string,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<WatchedPage> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const watched = watch(page, base);
  await page.goto(new URL(path, base).href);
  return { page, ...watched };
}

/** Records a page's console errors and page errors, and every request that leaves the origin `base`. */
export function watch(page: Page, base: string): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  return { errors, foreign };
}

/**
 * The built site and the headless Chromium that the global setup started
 * (test/e2e/globalSetup.ts), for one test file: connected before its tests,
 * disconnected after them. `context` is one browser context for the file's
 * pages, sharing its cache as one reader's browser would (each page in a
 * context of its own cost about a fifth more of Chromium's time): the files
 * that use it store nothing in the browser; the workbench's tests, which do,
 * start browsers of their own.
 */
export function builtSiteInChromium(): {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly url: string;
} {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject("chromiumEndpoint"));
    // A reader whose browser prefers Indonesian: the site's language when the URL names none.
    context = await browser.newContext({ locale: "id-ID" });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
    get url() {
      return inject("siteUrl");
    },
  };
}

/** The bytes of a download (read through Playwright, as a browser connected over the network has no local path). */
export async function downloaded(download: Download): Promise<Buffer> {
  return buffer(await download.createReadStream());
}
