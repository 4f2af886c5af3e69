import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { strToU8, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtSiteInChromium, watch } from "./browser.ts";

const site = builtSiteInChromium();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations within the element `selector` (its id and the first node). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document.querySelector(selector)!, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes[0]!.target.join(" ")}`);
  }, selector);
}

const TEXT = [
  "Laporan kerja sama",
  "",
  "Kerja sama budaya Denpasar dengan Mossel Bay menghadirkan berbagai acara budaya setiap tahun.",
  "Pertukaran pelajar dilakukan sejak 2015.",
  "",
].join("\n");

/** A new draft in the workbench, with a text document opened in it. */
async function draftWithDocument(page: Page, language: "en" | "id", tap = false): Promise<void> {
  await page.goto(new URL(`./?page=workbench&lang=${language}`, site.url).href);
  await (tap ? page.tap("button.new-draft") : page.click("button.new-draft"));
  await page.waitForSelector(".draft-editor");
  await page.setInputFiles("input[data-documents]", {
    name: "laporan.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(TEXT),
  });
  await page.waitForSelector(".document-viewer .page-text");
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase(),
      text: active?.textContent ?? "",
      key: active?.dataset.codings ?? active?.dataset.showPassage ?? "",
      current: active?.getAttribute("aria-current") ?? "",
      indicator: active?.closest<HTMLElement>("fieldset[data-indicator]")?.dataset.indicator ?? "",
      viewer: active?.classList.contains("document-viewer") ?? false,
    };
  });

/** Presses Tab (or Shift+Tab) until `found` holds of the focused element, at most `limit` times. */
async function tabTo(page: Page, found: (state: Awaited<ReturnType<typeof focused>>) => boolean, back = false) {
  for (let step = 0; step < 60; step++) {
    if (found(await focused(page))) return true;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  return found(await focused(page));
}

describe("coding passages in the workbench's documents (built, in Chromium)", () => {
  it("selects a passage with the keyboard alone, codes it, goes to its coding and back to the passage", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-GB" });
    const page = await context.newPage();
    const { errors, foreign } = watch(page, site.url);
    await draftWithDocument(page, "en");
    // Tab reaches the document; Shift and the arrow keys select in it, with no caret browsing.
    await page.locator("input[data-documents]").focus();
    expect(await tabTo(page, (state) => state.viewer)).toBe(true);
    for (let step = 0; step < "Laporan kerja sama".length; step++) await page.keyboard.press("Shift+ArrowRight");
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe("Laporan kerja sama");
    // "Code this passage" is the control before the document; the selection stays while the focus goes there.
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).toBe("Code this passage");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Framework");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    const framework = await page.locator('.passage-chooser select[aria-label="Framework"]').inputValue();
    const indicator = await page.locator('.passage-chooser select[aria-label="Indicator"]').inputValue();
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Code");
    await page.keyboard.press("Enter");
    const key = `${framework}/${indicator}`;
    const coding = page.locator(`fieldset[data-indicator="${key}"]`);
    expect(await coding.locator('[name="evidence"]').inputValue()).toBe("Laporan kerja sama");
    expect((await focused(page)).indicator).toBe(key);
    // Back: the coding's "Show in the document", reached by Tab, focuses its passage and marks it as current.
    expect(await tabTo(page, (state) => state.key === key)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(
      /^Show in the document: the quote of /,
    );
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).tag).toBe("mark");
    expect(await focused(page)).toMatchObject({ text: "Laporan kerja sama", key, current: "true" });
    // And to the coding again, with Enter on the passage.
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).indicator).toBe(key);

    // Enter in the document, with a passage selected there, opens the chooser as the button does.
    await page.locator(".document-viewer").focus();
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    for (let step = 0; step < 3; step++) await page.keyboard.press("Shift+ArrowDown");
    expect(await page.evaluate(() => document.getSelection()!.toString())).toMatch(/^Laporan kerja sama\n\nKerja/);
    await page.keyboard.press("Enter");
    expect(await page.locator(".passage-chooser").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 60_000);

  it("codes a touch selection with a tap, even when lifting the finger clears it, and reaches each coding of a shared passage", async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
      locale: "id-ID",
    });
    const page = await context.newPage();
    const { errors, foreign } = watch(page, site.url);
    await draftWithDocument(page, "id", true);
    const code = page.locator(".passage-actions > button").first();
    expect(await code.isDisabled()).toBe(true);
    // A touch selection (a long press and the handles, which Playwright cannot drive) ends as the page's selection.
    const select = (from: string, to: string) =>
      page.evaluate(
        ([from, to]) => {
          const text = document.querySelector(".document-viewer .page-text")!.firstChild as Text;
          const range = document.createRange();
          range.setStart(text, text.data.indexOf(from!));
          range.setEnd(text, text.data.indexOf(to!));
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
        },
        [from, to],
      );
    await select("Mossel Bay", " setiap");
    await expect.poll(() => code.isEnabled()).toBe(true);
    // Some touch screens clear the selection as the finger lifts, before the click: the passage pressed is coded.
    await page.evaluate(() => {
      const button = document.querySelector(".passage-actions > button")!;
      button.addEventListener("pointerup", () => document.getSelection()!.removeAllRanges(), { once: true });
    });
    await code.tap();
    await page.selectOption('.passage-chooser select[aria-label="Kerangka"]', "three-layers");
    await page.selectOption('.passage-chooser select[aria-label="Indikator"]', "culture");
    await page.tap('.passage-chooser button:text-is("Kodekan")');
    const culture = page.locator('fieldset[data-indicator="three-layers/culture"]');
    expect(await culture.locator('[name="evidence"]').inputValue()).toBe(
      "Mossel Bay menghadirkan berbagai acara budaya",
    );

    // The same passage, coded with a second indicator: tapping it lists both codings, each reachable.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(".document-viewer mark")!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await expect.poll(() => code.isEnabled()).toBe(true);
    await code.tap();
    await page.selectOption('.passage-chooser select[aria-label="Kerangka"]', "ringrose");
    const second = await page.locator('.passage-chooser select[aria-label="Indikator"]').inputValue();
    await page.tap('.passage-chooser button:text-is("Kodekan")');
    expect(await page.locator(".document-viewer mark").count()).toBe(1);
    await page.locator(".document-viewer mark").tap();
    const menu = page.locator(".passage-codings");
    expect(await menu.locator("p").textContent()).toBe("Bagian ini membawa 2 koding. Buka salah satunya:");
    expect(
      await menu.locator("button[data-coding]").evaluateAll((buttons) => buttons.map((b) => b.dataset.coding)),
    ).toEqual(["three-layers/culture", `ringrose/${second}`]);
    expect(
      await menu
        .locator("button[data-coding]")
        .first()
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    // The passage, its codings' list and the document, on a phone: nothing axe-core calls serious, no sideways scrolling.
    expect(await axeViolations(page, ".draft-documents")).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await menu.locator(`button[data-coding="ringrose/${second}"]`).tap();
    await expect.poll(async () => (await focused(page)).indicator).toBe(`ringrose/${second}`);
    // Back from the second coding to the passage, in the document's box.
    await page.locator(`fieldset[data-indicator="ringrose/${second}"] button[data-show-passage]`).tap();
    await expect.poll(async () => (await focused(page)).current).toBe("true");
    const inView = await page.evaluate(() => {
      const mark = document.querySelector(".document-viewer mark")!.getBoundingClientRect();
      const viewer = document.querySelector(".document-viewer")!.getBoundingClientRect();
      return (
        mark.top >= viewer.top && mark.bottom <= viewer.bottom && mark.bottom <= window.innerHeight && mark.top >= 0
      );
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 60_000);

  it("highlights the codings of an imported .qdpx at their selections, a typed quote where it is found, and flags one not found", async () => {
    const text = [
      "Pendahuluan",
      "Festival budaya diadakan di Denpasar.",
      "Kerja sama lain.",
      "Festival budaya diadakan di Mossel Bay.",
      "",
    ].join("\n");
    const at = (passage: string, from = 0) => {
      const start = text.indexOf(passage, from);
      return `startPosition="${start}" endPosition="${start + passage.length}"`;
    };
    const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    // The second "Festival budaya diadakan" is the one coded (the text is ASCII: code points are UTF-16 offsets).
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="QualCoder 3.6">
  <Users><User guid="${G(1)}" name="ana"/></Users>
  <CodeBook><Codes>
    <Code guid="${G(2)}" name="three-layers/culture=2 Culture" isCodable="true"/>
    <Code guid="${G(3)}" name="three-layers/education=1 Education" isCodable="true"/>
  </Codes></CodeBook>
  <Cases><Case guid="${G(4)}" name="kota-a-kota-b"><SourceRef targetGUID="${G(5)}"/></Case></Cases>
  <Sources>
    <TextSource guid="${G(5)}" name="laporan.txt" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="${G(6)}" ${at("Festival budaya diadakan", 20)} creatingUser="${G(1)}">
        <Coding guid="${G(7)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(2)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${G(8)}" ${at("Kerja sama lain")} creatingUser="${G(1)}">
        <Coding guid="${G(9)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(3)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;
    const qdpx = zipSync({ "project.qde": strToU8(qde), "Sources/a.txt": strToU8(text) });
    const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-GB" });
    const page = await context.newPage();
    const { errors, foreign } = watch(page, site.url);
    await page.goto(new URL("./?page=workbench&lang=en", site.url).href);
    await page.setInputFiles("input[data-qdpx]", {
      name: "study.qdpx",
      mimeType: "application/zip",
      buffer: Buffer.from(qdpx),
    });
    await page.waitForSelector(".document-viewer mark");
    const marks = () =>
      page
        .locator(".document-viewer mark")
        .evaluateAll((marks) =>
          marks.map((mark) => [
            mark.dataset.codings,
            mark.textContent,
            (mark.nextSibling?.textContent ?? "").slice(0, 14),
          ]),
        );
    expect(await marks()).toEqual([
      ["three-layers/education", "Kerja sama lain", ".\n"],
      ["three-layers/culture", "Festival budaya diadakan", " di Mossel Bay"],
    ]);
    // Each imported coding offers the way back to its passage.
    await page.locator('details[data-framework="three-layers"]').evaluate((details) => {
      (details as HTMLDetailsElement).open = true;
    });
    const culture = page.locator('fieldset[data-indicator="three-layers/culture"]');
    expect(await culture.locator("button[data-show-passage]").isVisible()).toBe(true);

    // A quote typed by hand, citing the document: highlighted where it is found, or flagged at once.
    const trade = page.locator('fieldset[data-indicator="three-layers/trade"]');
    await trade.locator('[name="source"]').fill("laporan.txt");
    await trade.locator('[name="evidence"]').fill("pertukaran mahasiswa");
    await expect
      .poll(() => page.locator(".quote-problems li").allTextContents())
      .toEqual([expect.stringMatching(/^three-layers\/trade: the quote is not in laporan\.txt \(nearest passage: /)]);
    expect(await trade.locator("button[data-show-passage]").isVisible()).toBe(false);
    await trade.locator('[name="evidence"]').fill("diadakan di Denpasar");
    await expect.poll(() => page.locator(".quote-problems li").count()).toBe(0);
    await expect.poll(() => trade.locator("button[data-show-passage]").isVisible()).toBe(true);
    expect((await marks()).map(([key, passage]) => [key, passage])).toEqual([
      ["three-layers/trade", "diadakan di Denpasar"],
      ["three-layers/education", "Kerja sama lain"],
      ["three-layers/culture", "Festival budaya diadakan"],
    ]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 60_000);
});
