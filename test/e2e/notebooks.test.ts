import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { builtSiteInChromium, openWatched } from "./browser.ts";

const site = builtSiteInChromium();

/** Waits until every cell of the notebook has run (the runtime marks `<html data-cells="settled">`) and drawn its charts. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.cells === "settled" &&
      document.querySelectorAll("main figure.chart svg").length > 0,
    undefined,
    { timeout: 20_000 },
  );
}

/** What a reader sees of the prose: the visible text of the cells. */
const visibleText = (page: Page) => page.locator("main").innerText();

/** A source named by its file number (000 to 004) rather than by author and year; years, amounts and ids apart. */
const BARE_SOURCE_NUMBER = /(?<![\p{L}\p{N}_.,/-])00[0-4](?![\p{L}\p{N}_]|[.,/-]\p{N})/u;

/** Where a text names a source by its file number, with the words around it; null when it never does. */
const bareSourceNumber = (text: string) => {
  const at = text.search(BARE_SOURCE_NUMBER);
  return at < 0 ? null : text.slice(Math.max(0, at - 60), at + 20);
};

describe("the notebooks in Chromium", () => {
  it.each(NOTEBOOKS.map((notebook) => notebook.file))(
    "%s renders every cell with no error and no request outside the site, in Indonesian and in English",
    async (file) => {
      const watched = await openWatched(site.context, site.url, `notebooks/${file}.html`, { width: 1280, height: 900 });
      const { page } = watched;
      await settled(page);
      expect(await page.locator("main .observablehq--error").count(), "cells in error").toBe(0);
      expect(await page.locator("html").getAttribute("lang")).toBe("id");
      const { title } = NOTEBOOKS.find((notebook) => notebook.file === file)!;
      // The notebook's heading is the title the site lists it by (typography apart: ’ for ').
      const heading = async () => (await page.locator("h1:visible").innerText()).replaceAll("’", "'");
      expect(await heading()).toBe(title.id);
      expect((await page.title()).replaceAll("’", "'")).toBe(title.id);
      const indonesian = await visibleText(page);
      // The English prose is in the page but not shown.
      expect(await page.locator('main [lang="en"]').first().isVisible()).toBe(false);

      // Switching the language shows the English prose and redraws the charts in English, without a reload.
      await page.selectOption("#language", "en");
      await page.waitForFunction(() => document.documentElement.lang === "en");
      expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
      await expect.poll(() => page.locator("main figure.chart figcaption strong").first().innerText()).not.toBe("");
      expect(await heading()).toBe(title.en);
      expect((await page.title()).replaceAll("’", "'")).toBe(title.en);
      const english = await visibleText(page);
      expect(english).not.toBe(indonesian);
      expect(await page.locator('main [lang="id"]').first().isVisible()).toBe(false);
      await settled(page);
      expect(await page.locator("main .observablehq--error").count()).toBe(0);
      // Sources are cited as a reader cites them, by author (or title) and year, never by their file number ("sumber 000").
      expect(bareSourceNumber(indonesian), "Indonesian prose").toBeNull();
      expect(bareSourceNumber(await visibleText(page)), "English prose and charts").toBeNull();

      expect(watched.errors).toEqual([]);
      expect(watched.foreign).toEqual([]);
      await page.close();
    },
  );

  it("a notebook opened with ?lang=en is in English, and its links back to the site keep the language", async () => {
    const { page, errors } = await openWatched(site.context, site.url, "notebooks/denpasar-three-layers.html?lang=en");
    await settled(page);
    expect(await page.locator("h1:visible").innerText()).toBe("Denpasar’s three layers of paradiplomacy");
    expect(new URL(await page.locator("a.home").evaluate((link: HTMLAnchorElement) => link.href)).search).toBe(
      "?lang=en",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("presentation mode shows the notebook's charts one at a time, moves with the arrow keys, and Esc leaves", async () => {
    const { page, errors } = await openWatched(site.context, site.url, "notebooks/denpasar-three-layers.html");
    await settled(page);
    const charts = await page.locator("main figure.chart").count();
    expect(charts).toBeGreaterThan(1);
    await page.click("#present");
    expect(await page.evaluate(() => document.body.classList.contains("presenting"))).toBe(true);
    const visibleCharts = () =>
      page
        .locator("main figure.chart")
        .evaluateAll((figures) => figures.filter((figure) => figure.checkVisibility()).length);
    expect(await visibleCharts()).toBe(1);
    expect(await page.locator("#slide-counter").innerText()).toBe(`1 / ${charts}`);
    // The prose is hidden: only the chart is on the screen.
    expect(await page.locator("main h2").evaluateAll((headings) => headings.some((h) => h.checkVisibility()))).toBe(
      false,
    );
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#slide-counter").innerText()).toBe(`2 / ${charts}`);
    expect(new URL(page.url()).searchParams.get("present")).toBe("2");
    expect(await visibleCharts()).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.body.classList.contains("presenting"))).toBe(false);
    expect(new URL(page.url()).searchParams.has("present")).toBe(false);
    expect(await visibleCharts()).toBe(charts);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a link with ?present=2 opens on the second chart, and one past the last opens on the last", async () => {
    const second = await openWatched(site.context, site.url, "notebooks/across-the-cases.html?present=2");
    await settled(second.page);
    await expect.poll(() => second.page.locator("#slide-counter").innerText()).toBe("2 / 3");
    await second.page.close();
    // Past the last chart: the page waits until every cell has drawn, then opens on the last chart.
    const past = await openWatched(site.context, site.url, "notebooks/across-the-cases.html?present=9");
    await settled(past.page);
    await expect.poll(() => past.page.locator("#slide-counter").innerText()).toBe("3 / 3");
    await past.page.close();
  });

  it("prints without the header's controls, as a handout", async () => {
    const { page } = await openWatched(site.context, site.url, "notebooks/west-java-souss-massa-implementation.html");
    await settled(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".notebook-header").isVisible()).toBe(false);
    expect(await page.locator("main figure.chart svg").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it("the site's Notebooks page lists every notebook, and its links open them", async () => {
    const { page, errors } = await openWatched(site.context, site.url, "./?page=notebooks&lang=en");
    const links = page.locator(".notebook-list a");
    await expect.poll(() => links.count()).toBe(NOTEBOOKS.length);
    expect(await links.first().innerText()).toBe(NOTEBOOKS[0]!.title.en);
    await links.first().click();
    await page.waitForURL(/notebooks\/denpasar-three-layers\.html\?lang=en$/);
    await settled(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
