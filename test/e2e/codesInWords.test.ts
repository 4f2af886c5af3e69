import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CODED_COLUMNS } from "../../src/frameworks/codeLabel.ts";
import { builtSiteInChromium } from "./browser.ts";

import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";

const site = builtSiteInChromium();

/**
 * What an Indonesian reader must not meet: a data code (`sister-city`, `realised`) or its English label
 * (`sister city`) wherever the vocabulary has an Indonesian word for it. Codes that are the same word in both
 * languages (LoI, MoU, dataset) are not counted.
 */
const ENGLISH_TERMS = (() => {
  const indonesian = new Set<string>();
  const terms = new Set<string>();
  for (const vocabulary of new Set(Object.values(CODED_COLUMNS).flat()))
    for (const code of vocabulary.codes) {
      const { id, en } = vocabulary.labels[code]!;
      indonesian.add(id);
      terms.add(code);
      terms.add(en);
    }
  return [...terms].filter((term) => !indonesian.has(term));
})();

/** Every page that shows data codes, in the state a reader sees it (a draft open on the workbench). */
const PAGES: Array<{ name: string; path: string; ready?: (page: Page) => Promise<unknown> }> = [
  { name: "overview", path: "./?", ready: (page) => page.waitForSelector("figure[data-chart] svg") },
  { name: "cases", path: "./?page=partnerships" },
  { name: "a city's case", path: "./?page=case&id=denpasar-mossel-bay" },
  { name: "a province's case", path: "./?page=case&id=jawa-barat-souss-massa" },
  { name: "a case with an argument", path: "./?page=case&id=bandung-liuzhou" },
  {
    name: "compare",
    path: "./?page=compare&cases=bandung-liuzhou,denpasar-mossel-bay,jawa-barat-souss-massa",
    ready: (page) => page.waitForSelector('figure[data-chart="compare-groups"] svg'),
  },
  { name: "world", path: "./?page=world", ready: (page) => page.waitForSelector("canvas") },
  { name: "data", path: "./?page=data" },
  { name: "codebook", path: "./?page=codebook" },
  {
    name: "workbench with a draft",
    path: "./?page=workbench",
    ready: async (page) => {
      await page.click("button.new-draft");
      await page.waitForSelector(".draft-editor");
    },
  },
  // The notebooks, once every cell has drawn.
  ...NOTEBOOKS.map(({ file }) => ({
    name: `notebook ${file}`,
    path: `./notebooks/${file}.html?`,
    ready: (page: Page) => page.waitForFunction(() => document.documentElement.dataset.cells === "settled"),
  })),
];

/**
 * The texts of the page that are a code or its English label, as a reader reads them: a whole table cell, label,
 * legend entry or chart text, a part of a line set with " · ", or a group named with its n ("sister-city (n 9)"). The
 * chart's folded data tables count (a reader opens them); code, quotations and English-only text do not.
 */
function englishCodes(page: Page, terms: readonly string[]): Promise<string[]> {
  return page.evaluate((terms) => {
    const wanted = new Set(terms);
    const found = new Set<string>();
    const root = document.querySelector("main") ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("code, pre, q, blockquote, [lang='en'], script, style")) continue;
      const text = (node.textContent ?? "").trim();
      const parts = [text, ...text.split(" · "), text.replace(/ \(n \d+\)$/u, "")];
      for (const part of parts)
        if (wanted.has(part.trim())) {
          const where = parent.closest("[data-chart], table, section, figure, label, p");
          const name = where?.getAttribute("data-chart") ?? where?.className ?? where?.tagName.toLowerCase() ?? "";
          found.add(`"${part.trim()}" in ${parent.tagName.toLowerCase()} (${name})`);
        }
    }
    return [...found];
  }, terms);
}

describe("the Indonesian view says data codes in Indonesian (built site, Chromium)", () => {
  it("counts the codes it looks for, among them the kinds of partnership and the events' statuses", () => {
    expect(ENGLISH_TERMS).toEqual(
      expect.arrayContaining(["sister-city", "sister city", "realised", "planned", "finding", "mou-signed"]),
    );
    expect(ENGLISH_TERMS).not.toContain("MoU");
  });

  it("shows no data code and no English label of one on any page", async () => {
    const page = await site.context.newPage();
    const problems: string[] = [];
    for (const { name, path, ready } of PAGES) {
      await page.goto(new URL(`${path}&lang=id`, site.url).href);
      await page.waitForSelector("main > *, body > *", { state: "attached" });
      await ready?.(page);
      for (const problem of await englishCodes(page, ENGLISH_TERMS)) problems.push(`${name}: ${problem}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it("says them in English in the English view", async () => {
    const page = await site.context.newPage();
    await page.goto(new URL("./?page=partnerships&lang=en", site.url).href);
    await page.waitForSelector("main table");
    expect(await page.locator("main table td", { hasText: /^sister city$/u }).count()).toBeGreaterThan(10);
    await page.goto(new URL("./?page=partnerships&lang=id", site.url).href);
    await page.waitForSelector("main table");
    expect(await page.locator("main table td", { hasText: /^kota kembar$/u }).count()).toBeGreaterThan(10);
    await page.close();
  });
});
