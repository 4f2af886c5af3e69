import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ROOT } from "../helpers.ts";
import { launchChromium } from "./browser.ts";
import { previewSite } from "./previewSite.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: Awaited<ReturnType<typeof previewSite>>;

beforeAll(async () => {
  server = await previewSite(ROOT);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
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
];
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

/** Opens a page at a size, waits for its charts, and returns the page with the CSP violations it reported. */
async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; csp: string[] }> {
  const page = await browser.newPage({ viewport });
  const csp: string[] = [];
  await page.exposeFunction("reportCsp", (text: string) => csp.push(text));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportCsp: (text: string) => void }).reportCsp(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      ),
    ),
  );
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector("main :is(h2, table)");
  await page.waitForTimeout(300);
  return { page, csp };
}

describe("the built pages' Content-Security-Policy", () => {
  it("allows only the site's own files", () => {
    const html = readFileSync(join(ROOT, "dist/index.html"), "utf8");
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:/);
  });
});

describe("accessibility (axe-core, built site, Chromium)", () => {
  for (const viewport of WIDTHS)
    for (const path of PAGES)
      it(`${path} at ${viewport.width} px has no serious or critical axe violation and no CSP violation`, async () => {
        const { page, csp } = await open(path, viewport);
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
        await page.close();
      });
});
