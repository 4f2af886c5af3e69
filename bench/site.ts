// Site figures for `npm run bench`: JavaScript shipped per page (gzip), time to first chart,
// and the longest main-thread task while panning the world map with every pair drawn.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../scripts/chromium.ts";
import { previewSite } from "../scripts/previewSite.ts";
import { formatTable } from "../src/format/formatTable.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The page's window, with the long tasks the bench records on it. */
type WindowWithTasks = Window & { longTasks?: Array<[start: number, duration: number]> };

export async function siteBench(): Promise<string> {
  // Chromium first: a missing one fails at once, and a failed build leaves no browser behind.
  const browser = await launchChromium();
  const server = await previewSite(root).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  const rows: string[][] = [];
  try {
    const pages: Array<[string, string, string]> = [
      ["overview", "./", 'figure[data-chart="partnership-map"] svg'],
      ["cases index", "./?page=partnerships", "table.cases tbody tr"],
      ["case page", "./?page=case&id=denpasar-mossel-bay", "figure.chart svg"],
      [
        "compare",
        "./?page=compare&cases=bandung-liuzhou,jawa-barat-souss-massa",
        'figure[data-chart="compare-matrix"] svg',
      ],
      ["world", "./?page=world", ".network-map canvas"],
    ];
    for (const [name, path, selector] of pages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // Each script's gzipped size, read as it arrives and summed once the page is idle (every read awaited).
      const scripts: Array<Promise<number>> = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script" || response.url().endsWith(".js"))
          // A response with no body to read (a redirect) counts nothing.
          scripts.push(
            response.body().then(
              (body) => gzipSync(body).length,
              () => 0,
            ),
          );
      });
      await page.addInitScript(() => {
        (window as WindowWithTasks).longTasks = [];
        new PerformanceObserver((list) =>
          list
            .getEntries()
            .forEach((entry) => (window as WindowWithTasks).longTasks?.push([entry.startTime, entry.duration])),
        ).observe({ type: "longtask", buffered: true });
      });
      await page.goto(new URL(path, server.url).href);
      await page.waitForSelector(selector, { timeout: 30_000 });
      const firstChart = await page.evaluate(() => performance.now());
      let panning = "";
      let complete = "";
      let arrival = "";
      if (name === "world") {
        await page.waitForSelector('.network-map-holder[data-pairs="25917"] canvas', { timeout: 30_000 });
        const drawn = await page.evaluate(() => performance.now());
        complete = drawn.toFixed(0);
        // The tasks between the first chart (the map with the coded cases) and every pair drawn: the pairs' arrival.
        const arriving = ((await page.evaluate(() => (window as WindowWithTasks).longTasks)) ?? [])
          .filter(([start]) => start >= firstChart && start <= drawn)
          .map(([, duration]) => duration);
        arrival = `${arriving.length} long tasks, longest ${arriving.length ? Math.max(...arriving).toFixed(0) : 0} ms`;
        await page.evaluate(() => ((window as WindowWithTasks).longTasks = []));
        const box = (await page.locator(".network-map canvas").boundingBox())!;
        for (let round = 0; round < 3; round++) {
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await page.mouse.wheel(0, -400);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 60, { steps: 30 });
          await page.mouse.up();
          await page.waitForTimeout(100);
        }
        const tasks = ((await page.evaluate(() => (window as WindowWithTasks).longTasks)) ?? []).map(
          ([, duration]) => duration,
        );
        panning = `${tasks.length} long tasks, longest ${tasks.length ? Math.max(...tasks).toFixed(0) : 0} ms`;
      }
      await page.waitForLoadState("networkidle");
      const scriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
      rows.push([name, (scriptBytes / 1024).toFixed(1), firstChart.toFixed(0), complete, arrival, panning]);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return formatTable(
    [
      "page",
      "JS gzip KB",
      "first chart ms (from navigation)",
      "all 25,917 pairs drawn ms",
      "as the pairs arrive (tasks > 50 ms)",
      "while panning (tasks > 50 ms)",
    ],
    rows,
  );
}
