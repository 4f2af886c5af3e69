import { describe, expect, it } from "vitest";
import { makePdf } from "../documents/makeDocuments.ts";
import { builtSiteInChromium, watch } from "./browser.ts";

// The workbench's document viewer with a long document: every page put on the page (a few pages a task), and a
// passage coded deep in it marked where the reader is, not at the top of a viewer drawn again.
const site = builtSiteInChromium();

const PAGES = 40;
const pdf = () =>
  makePdf(
    Array.from({ length: PAGES }, (_, page) =>
      Array.from(
        { length: 40 },
        (_, line) => `Halaman ${page + 1} baris ${line + 1}: kerja sama budaya dan pendidikan.`,
      ),
    ),
    { pageNumbers: true },
  );

/** Whether the first highlighted passage lies within the viewer's visible box (what a reader of the viewer sees). */
const markInView = () => {
  const viewer = document.querySelector(".document-viewer")!.getBoundingClientRect();
  const mark = document.querySelector(".document-viewer mark")?.getBoundingClientRect();
  return mark !== undefined && mark.top >= viewer.top && mark.bottom <= viewer.bottom;
};

describe("the document viewer with a long document (built, in Chromium)", () => {
  it("puts every page on the page, codes a passage of p. 30 where the reader is, and draws it again after a reload", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const { errors, foreign } = watch(page, site.url);
    await page.goto(new URL("./?page=workbench&lang=en", site.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    await page.setInputFiles("input[data-documents]", {
      name: "long.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await pdf()),
    });
    await page.waitForSelector(`.document-viewer .page[data-page="${PAGES}"]`, { state: "attached" });
    expect(await page.locator(".document-viewer .page").count()).toBe(PAGES);
    expect(
      await page
        .locator(".document-viewer .page-number")
        .nth(PAGES - 1)
        .textContent(),
    ).toBe(`p. ${PAGES}`);

    // Page 30 scrolled to, a passage selected in it and coded.
    await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('.document-viewer .page[data-page="30"] .page-text')!;
      body.scrollIntoView();
      const text = body.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf("Halaman 30 baris 2:"));
      range.setEnd(text, text.data.indexOf(" dan", text.data.indexOf("Halaman 30 baris 2:")));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.click(".passage-actions > button:not([disabled])");
    await page.selectOption('.passage-chooser select[aria-label="Framework"]', "three-layers");
    await page.selectOption('.passage-chooser select[aria-label="Indicator"]', "culture");
    await page.click(".passage-chooser > button >> nth=0");
    await page.waitForSelector(".document-viewer mark");
    const culture = page.locator('fieldset[data-indicator="three-layers/culture"]');
    expect(await culture.locator('[name="evidence"]').inputValue()).toBe("Halaman 30 baris 2: kerja sama budaya");
    expect(await culture.locator('[name="locator"]').inputValue()).toBe("p. 30");
    expect(await page.locator('.document-viewer .page[data-page="30"] mark').textContent()).toBe(
      "Halaman 30 baris 2: kerja sama budaya",
    );
    // The viewer was not drawn again from its first page: the coded passage is still in view, all pages are there.
    expect(await page.evaluate(markInView)).toBe(true);
    expect(await page.locator(".document-viewer .page").count()).toBe(PAGES);
    await page.waitForSelector('.save-status[data-state="saved"]');

    // After a reload, the document comes from the browser's storage with its highlight, every page again.
    await page.reload();
    await page.waitForSelector('.document-viewer .page[data-page="30"] mark');
    await page.waitForSelector(`.document-viewer .page[data-page="${PAGES}"]`, { state: "attached" });
    expect(await page.locator(".document-viewer .page").count()).toBe(PAGES);
    expect([errors, foreign]).toEqual([[], []]);
    await context.close();
  }, 120_000);

  it("says so when the quotes cannot be checked (the quote worker does not load), rather than listing no problem", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.route(/quoteWorker/, (route) => route.abort());
    await page.goto(new URL("./?page=workbench&lang=en", site.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    await page.setInputFiles("input[data-documents]", {
      name: "short.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await makePdf([["Kerja sama budaya."]])),
    });
    await page.waitForSelector(".document-viewer .page-text");
    await expect
      .poll(() => page.locator(".quote-problems li").allTextContents())
      .toEqual([
        expect.stringMatching(/^The quotes could not be checked against the documents \(.+\)\. Reload the page/),
      ]);
    await context.close();
  }, 60_000);
});
