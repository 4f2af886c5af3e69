// What the accessibility tests share: the views they check, and opening a view with its
// Content-Security-Policy violations recorded and axe-core's verdict on it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const PAGES = [
  "./?lang=en",
  "./?page=codebook&lang=en",
  "./?page=partnerships&lang=en",
  "./?page=case&id=denpasar-mossel-bay&lang=en",
  "./?page=compare&lang=en&cases=denpasar-mossel-bay,bandung-liuzhou,jawa-barat-souss-massa",
  "./?page=world&lang=en",
  "./?page=data&lang=en",
  "./?page=workbench&lang=en",
  "./?page=agreement&lang=en",
  "./?page=qca&lang=en",
  "./?page=case&id=bandung-liuzhou",
  "./?page=notebooks&lang=en",
];

export const PHONE = { width: 390, height: 844 };
export const PROJECTOR = { width: 1920, height: 1080 };

// The notebooks share one template and stylesheet: each is checked on a phone, one also on a projector.
export const NOTEBOOK_PAGES = NOTEBOOKS.map((notebook) => `notebooks/${notebook.file}.html`);

/** Records the Content-Security-Policy violations a page reports, into the array returned (emptied on each load). */
async function recordCsp(page: Page): Promise<string[]> {
  const csp: string[] = [];
  await page.exposeFunction("reportCsp", (text: string) => csp.push(text));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportCsp: (text: string) => void }).reportCsp(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      ),
    ),
  );
  return csp;
}

/** Loads a view of the site into a page and waits until it has drawn (a notebook: every cell). */
export async function load(page: Page, url: string, path: string): Promise<void> {
  await page.goto(new URL(path, url).href);
  if (path.startsWith("notebooks/"))
    await page.waitForFunction(() => document.documentElement.dataset.cells === "settled");
  else {
    // The page has drawn: its heading is there, no region is still busy (the world map's pairs, the compare page's
    // robustness), and two frames have passed for the charts drawn at the width they were given.
    await page.waitForSelector("main :is(h2, table)");
    await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

/** Opens a view in a new page at a size, waits until it has drawn, and returns the page with the CSP violations it reported. */
export async function open(
  site: { browser: Browser; url: string },
  path: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; csp: string[] }> {
  // A reader whose browser prefers Indonesian: the page's language when the URL names none.
  const page = await site.browser.newPage({ viewport, locale: "id-ID" });
  const csp = await recordCsp(page);
  await load(page, site.url, path);
  return { page, csp };
}

/** One test per path: no serious or critical axe violation, no CSP violation and no sideways scrolling at this size. */
export function checkEachView(
  site: { readonly browser: Browser; readonly url: string },
  paths: readonly string[],
  viewport: { width: number; height: number },
): void {
  // One tab for every view, each loaded into it as a reader following links would: a new tab for each cost twice the
  // browser's time (measured: about 1.2 s against 0.5 s of Chromium's CPU per load).
  let tab: { page: Page; csp: string[] } | undefined;
  afterAll(() => tab?.page.close());
  for (const path of paths)
    it(`${path} at ${viewport.width} px has no serious or critical axe violation, no CSP violation and no sideways scrolling`, async () => {
      if (tab === undefined) {
        const page = await site.browser.newPage({ viewport, locale: "id-ID" });
        tab = { page, csp: await recordCsp(page) };
      }
      const { page, csp } = tab;
      csp.length = 0;
      await load(page, site.url, path);
      // Nothing on the page makes it scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      // The page and its workers ran under the policy with no violation (checked before axe, which itself uses eval).
      expect(csp).toEqual([]);
      // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be refused, rightly).
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Document,
                options: object,
              ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(" "))
                .join("; ")}`,
          );
      });
      expect(violations).toEqual([]);
    });
}
