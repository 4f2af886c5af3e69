import { describe } from "vitest";
import { builtSiteInChromium } from "./browser.ts";
import { checkEachView, NOTEBOOK_PAGES, PAGES, PHONE } from "./axe.ts";

const site = builtSiteInChromium();

// Every view and every notebook on a phone; the projector's in accessibility.test.ts.
describe("accessibility on a phone (axe-core, built site, Chromium)", () => {
  checkEachView(site, [...PAGES, ...NOTEBOOK_PAGES], PHONE);
});
