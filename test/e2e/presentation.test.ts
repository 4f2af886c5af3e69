import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { builtSiteInChromium } from "./browser.ts";
import { smallTargets } from "./readability.ts";

const site = builtSiteInChromium();
const SCREENSHOTS = join(ROOT, "test-output/screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

describe("presentation mode (built site, Chromium)", () => {
  it("builds a deck, moves through it by keyboard and clicker keys, and restores it from its URL", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL("./?page=present&lang=en", site.url).href);
    await page.waitForSelector(".presentation .slide h2");
    // The default deck opens on the first framework, with the site's header out of the way.
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    await page.click(".deck-builder summary");
    await page.selectOption('select[name="slide-choice"]', "case:bandung-liuzhou");
    await page.click("button.add-slide");
    await page.waitForSelector('.deck li[data-slide-text="case:bandung-liuzhou"]');
    await page.selectOption('select[name="slide-choice"]', "framework:ringrose");
    await page.click("button.add-slide");
    await page.selectOption('select[name="compare-choice"]', ["bandung-liuzhou", "jawa-barat-souss-massa"]);
    await page.click("button.add-comparison");
    await page.waitForSelector(".deck li:nth-child(3)");
    expect(new URL(page.url()).searchParams.get("deck")).toBe(
      "case:bandung-liuzhou,framework:ringrose,compare:bandung-liuzhou+jawa-barat-souss-massa",
    );
    expect(await page.locator(".slide h2").textContent()).toBe("Bandung – Liuzhou");
    await page.locator(".slide h2").click();
    await page.waitForSelector('.slide[data-slide="2"]');
    expect(await page.locator(".slide h2").textContent()).toBe("Five success elements (Ringrose)");
    await page.keyboard.press("PageDown");
    await page.waitForSelector('.slide[data-slide="3"]');
    expect(await page.locator(".slide h2").textContent()).toMatch(/^Comparison: Bandung – Liuzhou · Jawa Barat/);
    await page.screenshot({ path: join(SCREENSHOTS, "slide-projector.png") });
    await page.keyboard.press("ArrowRight");
    expect(await page.locator(".slide").getAttribute("data-slide")).toBe("3");
    await page.keyboard.press("PageUp");
    await page.waitForSelector('.slide[data-slide="2"]');
    expect(new URL(page.url()).searchParams.get("slide")).toBe("2");
    // The URL alone restores the deck and the slide.
    const reopened = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await reopened.goto(page.url());
    await reopened.waitForSelector(".slide h2");
    expect(await reopened.locator(".slide h2").textContent()).toBe("Five success elements (Ringrose)");
    expect(await reopened.locator(".slide-number").textContent()).toBe("Slide 2 of 3");
    // Large type for the back of the room.
    expect(
      await reopened.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".slide")!).fontSize)),
    ).toBeGreaterThanOrEqual(24);
    await reopened.keyboard.press("Escape");
    await reopened.waitForSelector(".overview-page");
    expect(errors).toEqual([]);
    await page.close();
    await reopened.close();
  });

  it.each(["id", "en"])(
    "in %s: the deck builder is labelled and readable from the lectern, its controls large enough to hit; the page does not scroll until it is opened",
    async (language) => {
      const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(
        new URL(`./?page=present&lang=${language}&deck=case:bandung-liuzhou,framework:ringrose`, site.url).href,
      );
      await page.waitForSelector(".slide h2");
      // A deck's link shows its slide and controls on one screen: the builder waits, closed, in the controls' row.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
      expect(await page.locator("button.print-handout").isVisible()).toBe(true);
      await page.click(".deck-builder summary");
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll(".deck-builder :is(select, button)")].map((control) => ({
          // The accessible name: a list's label, a button's own aria-label or text.
          name: (control instanceof HTMLSelectElement
            ? [...control.labels].map((label) => label.textContent).join(" ")
            : (control.getAttribute("aria-label") ?? control.textContent ?? "")
          ).trim(),
          visibleLabel: control instanceof HTMLSelectElement ? control.labels[0]?.getBoundingClientRect().height : 1,
          size: parseFloat(getComputedStyle(control).fontSize),
        })),
      );
      // Two lists, their two buttons, and a Remove for each of the deck's two slides.
      expect(controls).toHaveLength(6);
      for (const { name, visibleLabel, size } of controls) {
        expect(name.length, name).toBeGreaterThan(3);
        expect(visibleLabel, name).toBeGreaterThan(0);
        expect(size, name).toBeGreaterThanOrEqual(18);
      }
      // Each Remove says which slide it removes, by its name rather than its code.
      expect(controls.filter(({ name }) => name.includes("Bandung – Liuzhou"))).toHaveLength(1);
      expect(await page.locator(".deck li span").first().textContent()).not.toContain("case:");
      expect(await smallTargets(page, ".presentation", false)).toEqual([]);
      // Opened, the builder stays open while the deck changes.
      await page.click(".deck li:nth-child(1) button.remove-slide");
      await page.waitForFunction(() => document.querySelectorAll(".deck li").length === 1);
      expect(await page.locator(".deck-builder").getAttribute("open")).not.toBeNull();
      await page.close();
    },
  );

  it("saves a phone and a projector view of a case page for a person to look at", async () => {
    for (const [name, viewport] of [
      ["phone-case.png", { width: 390, height: 844 }],
      ["projector-case.png", { width: 1920, height: 1080 }],
    ] as const) {
      const page = await site.browser.newPage({ viewport });
      await page.goto(new URL("./?page=case&id=bandung-liuzhou&lang=id", site.url).href);
      await page.waitForSelector(".case-page svg");
      await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.close();
    }
  });

  it("prints a deck as a handout: every slide, one case per page, and the screen keeps one slide", async () => {
    const cases = ["denpasar-mossel-bay", "bandung-liuzhou", "jawa-barat-souss-massa"];
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(
      new URL(`./?page=present&lang=en&deck=${cases.map((id) => `case:${id}`).join(",")}`, site.url).href,
    );
    await page.waitForSelector(".slide h2");
    await page.emulateMedia({ media: "print" });
    const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    // What the browser does around printing (page.pdf does not fire it): the handout is drawn before and removed after.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    const titles = await page.locator(".handout .slide h2").allInnerTexts();
    expect(titles).toHaveLength(cases.length);
    expect(
      await page
        .locator(".handout .slide")
        .evaluateAll((slides) => slides.map((slide) => getComputedStyle(slide).breakAfter)),
    ).toEqual(["page", "page", "page"]);
    // The handout replaces the one slide on screen, and no controls are printed.
    expect(await page.locator(".presentation > .slide").isVisible()).toBe(false);
    expect(await page.locator(".slide-controls").isVisible()).toBe(false);
    const handout = pages(await page.pdf({ format: "A4" }));
    expect(handout).toBeGreaterThanOrEqual(cases.length);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await page.locator(".handout .slide").count()).toBe(0);
    await page.close();
  });
});
