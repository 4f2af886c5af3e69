import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JSDOM, VirtualConsole } from "jsdom";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { CONTENT_SECURITY_POLICY } from "../../site/contentSecurityPolicy.ts";
import { ROOT } from "../helpers.ts";
import { builtSiteInChromium } from "./browser.ts";
import { checkEachView, load, NOTEBOOK_PAGES, open, PAGES, PHONE, PROJECTOR } from "./axe.ts";

const site = builtSiteInChromium();

describe("the built pages' Content-Security-Policy", () => {
  it.each(["index.html", ...NOTEBOOKS.map((notebook) => `notebooks/${notebook.file}.html`)])(
    "%s allows only the site's own files",
    (file) => {
      const html = readFileSync(join(ROOT, "dist", file), "utf8");
      // Only the policy is read: jsdom's CSS parser does not know all the built stylesheet's syntax, and what it
      // would print about that (14 lines of "Could not parse CSS stylesheet") is not this test's concern.
      const policy = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document
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

// The same views on a phone are checked in accessibilityPhone.test.ts (two files, so that they run side by side).
describe("accessibility on a projector (axe-core, built site, Chromium)", () => {
  checkEachView(site, [...PAGES, ...NOTEBOOK_PAGES.slice(0, 1)], PROJECTOR);
});

describe("reading at every size, and moving by keyboard (built site, Chromium)", () => {
  it("draws chart text at 12 px or more on a phone and larger on a projector", async () => {
    const sizes: Record<number, number> = {};
    for (const viewport of [PHONE, PROJECTOR]) {
      const { page } = await open(site, "./?page=case&id=denpasar-mossel-bay&lang=en", viewport);
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
    const { page } = await open(site, `./?page=compare&lang=en&cases=${all}`, PHONE);
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
    const { page } = await open(site, "./?page=partnerships&lang=en", { width: 1366, height: 768 });
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
    // In Indonesian, named in the address: the pages of this file share a browser, which remembers a reader's choice.
    const { page } = await open(site, "./?page=codebook&lang=id", { width: 1366, height: 768 });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Langsung ke isi");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("prints a case page as a handout: no navigation or buttons, its evidence kept, on A4", async () => {
    const { page } = await open(site, "./?page=case&id=denpasar-mossel-bay&lang=en", { width: 1366, height: 768 });
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
      const page = await site.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "id-ID" });
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      // Loaded ("load", the default of goto) and drawn: no region busy, two frames since; and the fonts settled, as a
      // late font is what would shift the text. The shifts observed until then are the page's.
      await load(page, site.url, path);
      await page.waitForSelector("main svg");
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBeLessThan(0.05);
      await page.close();
    }
  });
});
