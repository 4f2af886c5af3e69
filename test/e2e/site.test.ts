import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ROOT } from "../helpers.ts";
import { launchChromium } from "./browser.ts";
import { serveStatic } from "./serveStatic.ts";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const SCREENSHOTS = join(ROOT, "test-output/screenshots");

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: ROOT, stdio: "inherit" });
  server = await serveStatic(join(ROOT, "dist"));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records console errors and every request that leaves the site's origin. */
async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  await page.goto(new URL(path, server.url).href);
  return { page, errors, foreign };
}

describe("the site (built, in Chromium)", () => {
  it("lists the dataset's partnerships, with no console error and no request outside its origin", async () => {
    const { page, errors, foreign } = await open("./");
    await page.waitForSelector("tbody tr");
    expect(await page.locator("tbody tr").count()).toBe(27);
    expect(await page.locator('tr[data-id="denpasar-mossel-bay"] td').first().textContent()).toBe("Denpasar");
    await page.screenshot({ path: join(SCREENSHOTS, "partnerships.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("switches language, keeping it in the URL", async () => {
    const { page } = await open("./");
    await page.waitForSelector("tbody tr");
    expect(await page.locator("caption").textContent()).toMatch(/kerja sama dalam dataset Indonesia/);
    await page.selectOption("#language", "en");
    expect(await page.locator("caption").textContent()).toBe("27 partnerships in the Indonesian dataset");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    const reopened = await open(`./?lang=en`);
    await reopened.page.waitForSelector("tbody tr");
    expect(await reopened.page.locator("th").first().textContent()).toBe("Local government");
    await page.close();
    await reopened.page.close();
  });
});
