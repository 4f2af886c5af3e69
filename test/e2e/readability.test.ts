import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { temporaryFolder } from "../temporaryFolders.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { builtSiteInChromium } from "./browser.ts";
import { measureReadability, smallTargets } from "./readability.ts";

const site = builtSiteInChromium();

/** The three screens of the review: a phone, a laptop and a projector, with the smallest chart text each must show. */
const SCREENS = [
  { name: "phone", width: 390, height: 844, deviceScaleFactor: 2, smallest: 12 },
  { name: "laptop", width: 1366, height: 768, deviceScaleFactor: 1, smallest: 13 },
  { name: "projector", width: 1920, height: 1080, deviceScaleFactor: 1, smallest: 15 },
] as const;

/** Every page a reader opens, in the state they see it in (results computed, a draft open). */
const PAGES: Array<{ name: string; path: string; ready?: (page: Page) => Promise<unknown> }> = [
  { name: "overview", path: "./?" },
  { name: "cases", path: "./?page=partnerships" },
  { name: "a city's case", path: "./?page=case&id=denpasar-mossel-bay" },
  { name: "a case with few codings", path: "./?page=case&id=bandung-liuzhou" },
  { name: "a province's case", path: "./?page=case&id=jawa-barat-souss-massa" },
  { name: "an uncoded case", path: "./?page=case&id=banda-aceh-apeldoorn" },
  {
    name: "compare",
    path: "./?page=compare&cases=bandung-liuzhou,denpasar-mossel-bay,jawa-barat-souss-massa",
    ready: (page) => page.waitForSelector(".robustness:not([aria-busy]) svg"),
  },
  { name: "world", path: "./?page=world", ready: (page) => page.waitForSelector("canvas") },
  { name: "data", path: "./?page=data" },
  { name: "codebook", path: "./?page=codebook" },
  { name: "notebooks", path: "./?page=notebooks" },
  {
    name: "workbench with a draft",
    path: "./?page=workbench",
    ready: async (page) => {
      await page.click("button.new-draft");
      await page.waitForSelector(".draft-editor");
    },
  },
  {
    name: "agreement with results",
    path: "./?page=agreement",
    ready: async (page) => {
      const codings = (coder: string, scores: number[]) =>
        "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n" +
        ["commitment", "community_participation", "mutual_understanding", "reciprocity", "tangible_results"]
          .map((element, index) => `p1,ringrose,${element},${scores[index]},${coder},${coder} read,finding,src,1,\n`)
          .join("");
      await page.setInputFiles('input[name="coder-files"]', [
        { name: "codings.csv", mimeType: "text/csv", buffer: Buffer.from(codings("ana", [2, 2, 1, 0, 2])) },
        { name: "codings.csv", mimeType: "text/csv", buffer: Buffer.from(codings("budi", [2, 1, 1, 0, 1])) },
      ]);
      await page.click("button.compute");
      await page.waitForSelector("table.agreement");
    },
  },
  {
    name: "QCA with results",
    path: "./?page=qca",
    ready: async (page) => {
      await page.click("button.run-qca");
      await page.waitForSelector(".parsimonious .expression");
    },
  },
];

/** Every notebook, once all its cells have drawn. */
const NOTEBOOK_PAGES: typeof PAGES = NOTEBOOKS.map(({ file }) => ({
  name: `notebook ${file}`,
  path: `./notebooks/${file}.html?`,
  ready: (page) => page.waitForFunction(() => document.documentElement.dataset.cells === "settled"),
}));

/** What is wrong with the text of each page as a reader sees it on this screen, in this language, in words. */
async function readabilityProblems(
  page: Page,
  pages: typeof PAGES,
  screen: (typeof SCREENS)[number],
  language: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, path, ready } of pages) {
    await page.goto(new URL(`${path}&lang=${language}`, site.url).href);
    await page.waitForSelector("main > *");
    await ready?.(page);
    const seen = await measureReadability(page);
    const where = `${name} (${screen.width} px, ${language})`;
    for (const { word, where: inside } of seen.splitWords) problems.push(`${where}: "${word}" split, ${inside}`);
    for (const caption of seen.squeezedCaptions)
      problems.push(`${where}: caption "${caption}" squeezed to a word a line`);
    for (const { chart, texts } of seen.overlaps) problems.push(`${where}: ${texts.join(" over ")} in ${chart}`);
    for (const { chart, texts } of seen.outside) problems.push(`${where}: "${texts[0]}" cut by ${chart}`);
    if (seen.smallestChartText < screen.smallest)
      problems.push(`${where}: chart text ${seen.smallestChartText.toFixed(1)} px < ${screen.smallest}`);
    if (seen.smallestLegendText < Math.min(screen.smallest, seen.smallestChartText) - 0.5)
      problems.push(`${where}: legend text ${seen.smallestLegendText} px below the chart's`);
    // On a phone every control is a target a finger can hit (WCAG 2.2, 2.5.8), the page's header included.
    if (screen.name === "phone")
      for (const { target, width, height } of await smallTargets(page))
        problems.push(`${where}: ${target} is ${width}×${height} px, under 24 with another target near`);
  }
  return problems;
}

describe.each(SCREENS)("what a reader sees on a $name ($width px), in both languages", (screen) => {
  let context: Awaited<ReturnType<typeof site.browser.newContext>>;
  beforeAll(async () => {
    context = await site.browser.newContext({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.deviceScaleFactor,
    });
  });
  afterAll(() => context?.close());

  it.each(["id", "en"])(
    "in %s: no word split across lines, no chart text overprinted or cut, chart and legend text large enough (on a phone, every control 24 px)",
    async (language) => {
      const page = await context.newPage();
      const problems = await readabilityProblems(page, PAGES, screen, language);
      await page.close();
      expect(problems).toEqual([]);
    },
    180_000,
  );

  it.each(["id", "en"])(
    "in %s: the same for every notebook",
    async (language) => {
      const page = await context.newPage();
      const problems = await readabilityProblems(page, NOTEBOOK_PAGES, screen, language);
      await page.close();
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

describe("the language of a page whose URL names none (built site, Chromium)", () => {
  it("follows the browser's preferred language, then the reader's own choice, which it remembers", async () => {
    const context = await site.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(new URL("./?page=partnerships", site.url).href);
    await page.waitForSelector("main h2");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.selectOption("#language", "id");
    await page.waitForFunction(() => document.documentElement.lang === "id");
    // Indonesian is named in the URL, as this browser would otherwise open the page in English.
    expect(new URL(page.url()).searchParams.get("lang")).toBe("id");
    await page.goto(new URL("./?page=partnerships", site.url).href);
    await page.waitForSelector("main h2");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
    await context.close();
    const french = await site.browser.newContext({ locale: "fr-FR" });
    const other = await french.newPage();
    await other.goto(new URL("./?page=partnerships", site.url).href);
    await other.waitForSelector("main h2");
    expect(await other.evaluate(() => document.documentElement.lang)).toBe("id");
    await french.close();
  });

  it("gives each chart of a case page its downloads, data table and citation, citing no local server's address", async () => {
    const context = await site.browser.newContext({ locale: "en-US", acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL("./?page=case&id=denpasar-mossel-bay&lang=en", site.url).href);
    const figures = page.locator(".case-page figure.chart[data-chart]");
    await figures.first().waitFor();
    expect(await figures.count()).toBe(2);
    for (const figure of await figures.all()) {
      expect(await figure.locator("button[data-download]").count()).toBe(3);
      expect(await figure.locator("details.chart-data").count()).toBe(1);
      await figure.locator("details.cite-chart summary").click();
      const apa = (await figure.locator("details.cite-chart .apa").textContent()) ?? "";
      expect(apa).toContain("?page=case&id=denpasar-mossel-bay&lang=en");
      expect(apa).not.toContain("127.0.0.1");
    }
    // How the index is worked out, with this partnership's own element scores.
    expect(await page.locator(".index-explanation").textContent()).toMatch(/÷ \(2 × \d\) = 0\.\d\d/);
    await context.close();
  });
});

describe("slides on a 1920×1080 projector (built site, Chromium)", () => {
  const README_DECK =
    "framework:ringrose,case:bandung-liuzhou,compare:bandung-liuzhou+denpasar-mossel-bay+jawa-barat-souss-massa";
  it.each(["id", "en"])(
    "in %s: every slide of the default deck and of the README's deck fits the screen with its controls, its smallest text 24 px or more",
    async (language) => {
      const context = await site.browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const deck of ["", `&deck=${README_DECK}`]) {
        await page.goto(new URL(`./?page=present&lang=${language}${deck}`, site.url).href);
        await page.waitForSelector(".slide");
        const count = Number(/(\d+)\D*$/u.exec((await page.locator(".slide-number").textContent()) ?? "")![1]);
        expect(count).toBeGreaterThan(deck ? 2 : 10);
        for (let slide = 1; slide <= count; slide++) {
          await page.goto(new URL(`./?page=present&lang=${language}${deck}&slide=${slide}`, site.url).href);
          await page.waitForSelector(`.slide[data-slide="${slide}"]`);
          const where = `slide ${slide}${deck ? " of the README's deck" : ""} (${language})`;
          if (
            (await page.locator(".slide").textContent())?.includes(
              language === "id" ? "tidak ada dalam data" : "not in the data",
            )
          )
            problems.push(`${where}: refers to nothing in the data`);
          const { bottom, pageHeight } = await page.evaluate(() => ({
            bottom: document.querySelector(".slide")!.getBoundingClientRect().bottom,
            pageHeight: document.documentElement.scrollHeight,
          }));
          if (bottom > 1080) problems.push(`${where}: ends at ${Math.round(bottom)} px, below the screen`);
          // The page, not only the slide: its controls under it fit too, so that nothing scrolls.
          if (pageHeight > 1080) problems.push(`${where}: the page is ${pageHeight} px tall and scrolls`);
          const seen = await measureReadability(page, ".slide");
          if (seen.smallestSlideText < 24) problems.push(`${where}: text of ${seen.smallestSlideText} px`);
          for (const { word } of seen.splitWords) problems.push(`${where}: "${word}" split`);
          for (const { texts } of seen.overlaps) problems.push(`${where}: ${texts.join(" over ")}`);
          for (const { texts } of seen.outside) problems.push(`${where}: "${texts[0]}" cut`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

describe("notebooks' slides on a 1920×1080 projector (built site, Chromium)", () => {
  it.each(["id", "en"])(
    "in %s: every slide of every notebook (?present=N, then the arrow key) fits the screen, its smallest text 24 px or more, its rows filling the slide",
    async (language) => {
      const context = await site.browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { file } of NOTEBOOKS) {
        await page.goto(new URL(`./notebooks/${file}.html?lang=${language}&present=1`, site.url).href);
        await page.waitForFunction(() => document.documentElement.dataset.cells === "settled");
        const count = Number(await page.locator("#slide-counter").getAttribute("data-of"));
        expect(count, file).toBeGreaterThan(0);
        for (let slide = 1; slide <= count; slide++) {
          if (slide > 1) await page.keyboard.press("ArrowRight");
          await page.waitForSelector(`#slide-counter[data-slide="${slide}"]`);
          await page.waitForSelector("figure.current-slide svg");
          await page.waitForFunction(() => document.documentElement.dataset.cells === "settled");
          const where = `${file}, slide ${slide} (${language})`;
          const { bottom, pageHeight, drawnFor, shown, chart, counter, rowGap } = await page.evaluate(() => {
            const box = (element: Element) => {
              const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
              return { left, right, top, bottom, width, height };
            };
            const figure = document.querySelector("figure.current-slide")!;
            // The chart: the largest of the slide's SVGs as shown (not a legend's swatch or ramp).
            const charts = [...figure.querySelectorAll(".chart-body svg")]
              .filter((svg) => !svg.parentElement?.closest("svg"))
              .map(box)
              .sort((a, b) => b.width * b.height - a.width * a.height);
            return {
              bottom: box(figure).bottom,
              pageHeight: document.documentElement.scrollHeight,
              // The chart is drawn for the slide, not the page's column.
              drawnFor: Math.max(
                ...[...figure.querySelectorAll("svg")].map((svg) => Number(svg.getAttribute("width"))),
              ),
              shown: box(figure),
              chart: charts[0]!,
              counter: box(document.getElementById("slide-counter")!),
              // The smallest distance between two rows of the chart, centre to centre of their labels as drawn.
              rowGap: Math.min(
                ...[...figure.querySelectorAll('g[aria-label="y-axis tick label"] text')]
                  .map((text) => box(text))
                  .map(({ top, height }) => top + height / 2)
                  .sort((a, b) => a - b)
                  .flatMap((centre, index, centres) => (index === 0 ? [] : [centre - centres[index - 1]!])),
              ),
            };
          });
          if (bottom > 1080 || pageHeight > 1080)
            problems.push(`${where}: ends at ${Math.round(Math.max(bottom, pageHeight))} px, below the screen`);
          if (drawnFor < 500) problems.push(`${where}: drawn ${drawnFor} px wide`);
          // The chart uses the projector: most of the slide's width, or most of the height below its title.
          if (chart.width < 0.85 * shown.width && chart.height < 0.75 * (1080 - chart.top))
            problems.push(
              `${where}: the chart is ${Math.round(chart.width)}×${Math.round(chart.height)} px, ` +
                `on a slide ${Math.round(shown.width)} px wide with ${Math.round(1080 - chart.top)} px below its title`,
            );
          // A chart of a few rows fills the slide's height too: rows at least 40 px apart, unless the chart already
          // reaches the foot of the screen (a matrix of many rows).
          if (rowGap < 40 && bottom < 1080 - 150)
            problems.push(
              `${where}: rows ${Math.round(rowGap)} px apart in a chart ending at ${Math.round(bottom)} px`,
            );
          // In the middle of the slide, not at its left.
          const offCentre = chart.left - shown.left - (shown.right - chart.right);
          if (Math.abs(offCentre) > 0.02 * shown.width)
            problems.push(`${where}: the chart stands ${Math.round(offCentre / 2)} px off the slide's middle`);
          // The counter at the projector's right edge, not in the page's reading column.
          if (counter.right < 1920 - 80) problems.push(`${where}: the counter ends at ${Math.round(counter.right)} px`);
          const seen = await measureReadability(page, "main", "figure.current-slide");
          if (seen.smallestSlideText < 24) problems.push(`${where}: text of ${seen.smallestSlideText} px`);
          for (const { texts } of seen.repeatedTicks) problems.push(`${where}: ticks "${texts.join('", "')}" repeated`);
          for (const { word } of seen.splitWords) problems.push(`${where}: "${word}" split`);
          for (const { texts } of seen.overlaps) problems.push(`${where}: ${texts.join(" over ")}`);
          for (const { texts } of seen.outside) problems.push(`${where}: "${texts[0]}" cut`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

/**
 * A PDF read back as a reader holds it (poppler-utils' pdfinfo and pdftotext): its pages, the text of each, and the
 * size of its smallest word in points (pdftotext's word boxes are the font's ascent to descent, 1.164 em in the
 * site's sans-serif face).
 */
function readPdf(pdf: Buffer): { pages: number; text: (page: number) => string; smallest: number } {
  const file = join(temporaryFolder(), "printed.pdf");
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const boxes = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const heights = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/gu)].map(
    ([, top, bottom]) => (Number(bottom) - Number(top)) / 1.164,
  );
  return {
    pages,
    text: (page) =>
      execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", file, "-"], { encoding: "utf8" }),
    smallest: Math.min(...heights),
  };
}

describe("printed handouts, read back from the PDF (built site, Chromium, poppler-utils)", () => {
  it.each(["id", "en"])(
    "in %s: a case page starts with the case on page 1 and prints no text under 7 pt; a deck prints a slide a page",
    async (language) => {
      const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(new URL(`./?page=case&id=bandung-liuzhou&lang=${language}`, site.url).href);
      await page.waitForSelector(".case-page figure.chart svg");
      const handout = readPdf(await page.pdf({ format: "A4", preferCSSPageSize: true }));
      expect(handout.pages).toBeLessThanOrEqual(9);
      expect(handout.text(1)).toContain("Bandung – Liuzhou");
      expect(handout.text(1)).toContain(language === "id" ? "Ringkasan" : "Summary");
      expect(handout.smallest).toBeGreaterThanOrEqual(7);
      // After printing, the charts are drawn again for the screen.
      await expect
        .poll(() =>
          page.evaluate(() =>
            Math.max(
              ...[...document.querySelectorAll(".case-page svg")].map((svg) => Number(svg.getAttribute("width"))),
            ),
          ),
        )
        .toBeGreaterThan(1000);
      const deck =
        "framework:ringrose,case:bandung-liuzhou,compare:bandung-liuzhou+denpasar-mossel-bay+jawa-barat-souss-massa";
      await page.goto(new URL(`./?page=present&lang=${language}&deck=${deck}`, site.url).href);
      await page.waitForSelector(".slide");
      const slides = readPdf(await page.pdf({ format: "A4", preferCSSPageSize: true }));
      expect(slides.pages).toBe(3);
      expect(slides.text(2)).toContain("Bandung – Liuzhou");
      expect(slides.text(3)).toContain("Jawa Barat – Souss-Massa");
      expect(slides.smallest).toBeGreaterThanOrEqual(7);
      await context.close();
    },
    60_000,
  );
});
