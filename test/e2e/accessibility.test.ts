import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { JSDOM } from "jsdom";
import { NOTEBOOKS } from "../../notebooks/catalogue.ts";
import { CONTENT_SECURITY_POLICY } from "../../site/contentSecurityPolicy.ts";
import { ROOT } from "../helpers.ts";
import { builtSiteInChromium } from "./browser.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const site = builtSiteInChromium();

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
  "./?page=notebooks&lang=en",
];
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

/** Opens a page at a size, waits for its charts, and returns the page with the CSP violations it reported. */
async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; csp: string[] }> {
  const page = await site.browser.newPage({ viewport });
  const csp: string[] = [];
  await page.exposeFunction("reportCsp", (text: string) => csp.push(text));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportCsp: (text: string) => void }).reportCsp(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      ),
    ),
  );
  await page.goto(new URL(path, site.url).href);
  await page.waitForSelector("main :is(h2, table)");
  await page.waitForTimeout(300);
  return { page, csp };
}

describe("the built pages' Content-Security-Policy", () => {
  it.each(["index.html", ...NOTEBOOKS.map((notebook) => `notebooks/${notebook.file}.html`)])(
    "%s allows only the site's own files",
    (file) => {
      const html = readFileSync(join(ROOT, "dist", file), "utf8");
      const policy = new JSDOM(html).window.document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content");
      // The one policy, written into every page by the build, before any script.
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
      expect(policy).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).not.toMatch(/https?:/);
    },
  );
});

// The notebooks share one template and stylesheet: each is checked on a phone, one also on a projector.
const NOTEBOOK_PAGES = NOTEBOOKS.map((notebook) => `notebooks/${notebook.file}.html`);

describe("accessibility (axe-core, built site, Chromium)", () => {
  for (const viewport of WIDTHS)
    for (const path of [...PAGES, ...(viewport.width < 640 ? NOTEBOOK_PAGES : NOTEBOOK_PAGES.slice(0, 1))])
      it(`${path} at ${viewport.width} px has no serious or critical axe violation, no CSP violation and no sideways scrolling`, async () => {
        const { page, csp } = await open(path, viewport);
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
        await page.close();
      });
});

describe("reading at every size, and moving by keyboard (built site, Chromium)", () => {
  it("draws chart text at 12 px or more on a phone and larger on a projector", async () => {
    const sizes: Record<number, number> = {};
    for (const viewport of WIDTHS) {
      const { page } = await open("./?page=case&id=denpasar-mossel-bay&lang=en", viewport);
      sizes[viewport.width] = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll("main svg text")].map((text) => parseFloat(getComputedStyle(text).fontSize)),
        ),
      );
      // Nothing on the page scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.close();
    }
    expect(sizes[390]).toBeGreaterThanOrEqual(12);
    expect(sizes[1920]).toBeGreaterThan(sizes[390]!);
  });

  it("turns the compare heatmap on a phone so that every cell is wide enough to read, all cases picked", async () => {
    const all = [
      "denpasar-mossel-bay",
      "bandung-liuzhou",
      "jawa-barat-souss-massa",
      "bandung-braunschweig",
      "bandung-seoul",
      "denpasar-bolgar",
    ].join(",");
    const { page } = await open(`./?page=compare&lang=en&cases=${all}`, { width: 390, height: 844 });
    const figure = page.locator('figure[data-chart="compare-matrix"]');
    await figure.locator("rect[data-cell]").first().waitFor();
    expect(await figure.locator("[data-orientation]").first().getAttribute("data-orientation")).toBe(
      "indicators-as-rows",
    );
    const widths = await figure
      .locator("rect[data-cell]")
      .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.close();
  });

  it("opens a new page at its top with the focus on its heading and its own title, and keeps the focus when sorting", async () => {
    const { page } = await open("./?page=partnerships&lang=en", { width: 1366, height: 768 });
    await page.focus('button[data-sort="partner"]');
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-sort"))).toBe("partner");
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.click('tr[data-id="denpasar-mossel-bay"] a');
    await page.waitForSelector(".case-page");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    expect(await page.title()).toBe("Denpasar – Mossel Bay — Paradiplomacy");
    await page.close();
  });

  it("starts with a skip link to the main content, in the page's language", async () => {
    const { page } = await open("./?page=codebook", { width: 1366, height: 768 });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Langsung ke isi");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("prints a case page as a handout: no navigation or buttons, its evidence kept, on A4", async () => {
    const { page } = await open("./?page=case&id=denpasar-mossel-bay&lang=en", { width: 1366, height: 768 });
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("nav")!).display)).toBe("none");
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll("button")].every((button) => getComputedStyle(button).display === "none"),
      ),
    ).toBe(true);
    expect(await page.locator("main").textContent()).toContain("Evidence");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });

  it("keeps the page still as it loads (cumulative layout shift under 0.05) on the overview and a case page", async () => {
    for (const path of ["./?lang=en", "./?page=case&id=denpasar-mossel-bay&lang=en"]) {
      const page = await site.browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(new URL(path, site.url).href);
      await page.waitForSelector("main svg");
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBeLessThan(0.05);
      await page.close();
    }
  });
});
