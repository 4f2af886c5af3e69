import { describe, expect, it } from "vitest";
import { builtSiteInChromium } from "./browser.ts";
import { checkEachView, NOTEBOOK_PAGES, PAGES, PHONE } from "./axe.ts";
import { smallTargets } from "./readability.ts";

const site = builtSiteInChromium();

// Every view and every notebook on a phone; the projector's in accessibility.test.ts.
describe("accessibility on a phone (axe-core, built site, Chromium)", () => {
  checkEachView(site, [...PAGES, ...NOTEBOOK_PAGES], PHONE);

  // The coding form's radios and checkboxes are folded away on the pages readability.test.ts measures: here every
  // section of a new draft is opened, and no control is granted WCAG's spacing exception.
  it.each(["id", "en"])(
    "in %s: every control of a draft with all its sections open is 24×24 CSS px or more at 390 px (WCAG 2.2, 2.5.8)",
    async (language) => {
      const page = await site.browser.newPage({ viewport: PHONE, locale: "id-ID" });
      await page.goto(new URL(`./?page=workbench&lang=${language}`, site.url).href);
      await page.click("button.new-draft");
      await page.waitForSelector(".draft-editor");
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      // The coding form's choices are there to be measured: a radio for each score of each indicator.
      expect(await page.locator(".draft-editor input[type='radio']").count()).toBeGreaterThan(50);
      expect(await smallTargets(page, "body", false)).toEqual([]);
      await page.close();
    },
  );
});
