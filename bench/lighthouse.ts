// The Lighthouse figures of `npm run bench`, run offline against the built site in Debian's Chromium.
// Budgets: performance ≥ 95 (desktop preset) and ≥ 90 (mobile preset), accessibility 100, cumulative layout shift < 0.05.
//
// Lighthouse is not part of the project's install (it brings about 177 packages that nothing else needs): it has its own
// package in bench/lighthouse/, which this script installs there on first use (`npm ci --prefix bench/lighthouse`).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatTable } from "../src/format/formatTable.ts";
import { CHROMIUM_PATH } from "../scripts/chromium.ts";
import { previewSite } from "../scripts/previewSite.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const LIGHTHOUSE_PACKAGE = join(root, "bench/lighthouse");
const INSTALL = `npm ci --prefix ${join("bench", "lighthouse")}`;

/** What the bench uses of Lighthouse 12 and chrome-launcher 1 (loaded at run time, so typed here). */
interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<string, { numericValue?: number } | undefined>;
  };
}
type Lighthouse = (url: string, flags: object, config?: object) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> }>;
}

/**
 * Lighthouse, its desktop preset and chrome-launcher from bench/lighthouse/node_modules, installed there first if they
 * are not (saying so on stderr); if that fails, an error that says how to install them by hand.
 */
async function loadLighthouse(): Promise<{
  lighthouse: Lighthouse;
  desktopConfig: object;
  chromeLauncher: ChromeLauncher;
}> {
  if (!existsSync(join(LIGHTHOUSE_PACKAGE, "node_modules/lighthouse"))) {
    console.error(`Lighthouse is not installed (it is kept out of the project's install); installing it: ${INSTALL}`);
    try {
      execFileSync("npm", ["ci", "--prefix", LIGHTHOUSE_PACKAGE, "--no-audit", "--no-fund"], {
        cwd: root,
        stdio: ["ignore", "inherit", "inherit"],
      });
    } catch (error) {
      throw new Error(
        `Lighthouse could not be installed into bench/lighthouse/node_modules (${(error as Error).message.split("\n")[0]}). ` +
          `Install it by hand with \`${INSTALL}\` (it needs the npm registry), then run npm run bench again.`,
        { cause: error },
      );
    }
  }
  const resolve = createRequire(join(LIGHTHOUSE_PACKAGE, "package.json")).resolve;
  const load = async (specifier: string) =>
    (await import(pathToFileURL(resolve(specifier)).href)) as { default: unknown };
  return {
    lighthouse: (await load("lighthouse")).default as Lighthouse,
    desktopConfig: (await load("lighthouse/core/config/desktop-config.js")).default as object,
    chromeLauncher: (await load("chrome-launcher")) as unknown as ChromeLauncher,
  };
}

export async function lighthouseBench(): Promise<string> {
  const { lighthouse, desktopConfig, chromeLauncher } = await loadLighthouse();
  const server = await previewSite(root);
  const chrome = await chromeLauncher
    .launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    })
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
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
