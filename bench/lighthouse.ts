// The Lighthouse figures of `npm run bench`, run offline against the built site in Debian's Chromium.
// Budgets: performance ≥ 95 (desktop preset) and ≥ 90 (mobile preset), accessibility 100, cumulative layout shift < 0.05.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { fileURLToPath } from "node:url";
import { formatTable } from "../src/format/formatTable.ts";
import { previewSite } from "../scripts/previewSite.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function lighthouseBench(): Promise<string> {
  const server = await previewSite(root);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const rows: string[][] = [];
  try {
    for (const [name, path] of [
      ["overview", "./?lang=en"],
      ["case", "./?page=case&id=denpasar-mossel-bay&lang=en"],
    ] as const)
      for (const preset of ["desktop", "mobile"] as const) {
        const result = await lighthouse(
          new URL(path, server.url).href,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
          preset === "desktop" ? desktopConfig : undefined,
        );
        const lhr = result!.lhr;
        const score = (category: string) => String(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        rows.push([
          name,
          preset,
          score("performance"),
          score("accessibility"),
          (lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3),
          ((lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN) / 1000).toFixed(2),
        ]);
      }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return formatTable(["page", "preset", "performance", "accessibility", "CLS", "LCP s"], rows);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await lighthouseBench());
