import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { builtSiteInChromium, watch } from "./browser.ts";

// What the first page needs before it is painted (bench/README.md, "Lighthouse without compression"): served without
// compression (a lecturer's USB stick, `python3 -m http.server`), every kilobyte the first paint waits for counts.
const site = builtSiteInChromium();
const DIST = join(ROOT, "dist");

/** The files the built index.html loads before its script runs: its module script, the modules it preloads, its styles. */
function firstFiles(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  return [
    ...html.matchAll(
      /<script type="module"[^>]* src="\.\/([^"]+)"|<link rel="(?:modulepreload|stylesheet)"[^>]* href="\.\/([^"]+)"/g,
    ),
  ].map((match) => (match[1] ?? match[2])!);
}

describe("the first paint (built site, in Chromium)", () => {
  it("loads at most 60 KB before the first page's script runs, none of it the dataset", () => {
    const files = firstFiles();
    expect(files.some((file) => file.endsWith(".js"))).toBe(true);
    const bytes = files.reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
    // 237 KB before the dataset and the frameworks' scoring code were split off (2026-12-06); 53 KB after.
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
    // The first data row of the codings, as the CSV file writes it.
    const codingsRow = readFileSync(join(ROOT, "datasets/indonesia/codings.csv"), "utf8").split("\n")[1]!.slice(0, 40);
    for (const file of files) expect(readFileSync(join(DIST, file), "utf8")).not.toContain(codingsRow);
  });

  it("draws the overview's text, its frameworks' sources cited by author and year, before the data or the charts' code arrive; then the charts", async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const { errors } = watch(page, site.url);
    const first = new Set(firstFiles());
    // Every script other than the first page's own is held back until released.
    const held: Route[] = [];
    let released = false;
    await page.route(/\.(js|json)$/, (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^\//, "");
      if (released || first.has(file)) void route.continue();
      else held.push(route);
    });
    await page.goto(new URL("./?lang=en", site.url).href);
    await page.waitForSelector("p.lead");
    expect(await page.locator("p.lead").isVisible()).toBe(true);
    const sections = page.locator(".frameworks-intro section");
    expect(await sections.count()).toBe(8);
    // The first framework's note names its sources by author and year, as the registry's text does once cited.
    const notes = await page.locator(".frameworks-intro .citation").allTextContents();
    expect(notes.join(" ")).toMatch(/\(n\.d\.\)|\(\d{4}\)/u);
    expect(notes.join(" ")).not.toMatch(/(?<![\p{L}\p{N}.,])00\d(?![\p{N}])/u);
    expect(await page.locator(".lazy[aria-busy=true]").count()).toBe(1);
    // The data and the charts' code are asked for once the browser reports the first paint, which may come a little
    // after the text is found on the page: wait for the first such request, held back.
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
    released = true;
    for (const route of held) await route.continue();
    await page.waitForSelector("figure svg");
    await page.waitForFunction(() => document.querySelector("[aria-busy]") === null);
    expect(await page.locator("figure").count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
