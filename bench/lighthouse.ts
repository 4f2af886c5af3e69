// The Lighthouse figures of `npm run bench`, run offline against the built site in Debian's Chromium.
// Budgets: performance ≥ 95 (desktop preset) and ≥ 90 (mobile preset), accessibility 100, cumulative layout shift < 0.05.
//
// Lighthouse is not part of the project's install (it brings about 177 packages that nothing else needs): it has its own
// package in bench/lighthouse/, which this script installs there on first use (`npm ci --prefix bench/lighthouse`).
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, normalize } from "node:path";
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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

/**
 * The built dist/ served as a plain static server does (`python3 -m http.server`, a file share, a lecturer's USB
 * stick behind a bare server): no compression, no cache headers, on a free loopback port.
 */
async function plainStaticServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = join(root, "dist");
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(dist, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the plain static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function lighthouseBench(): Promise<string> {
  const { lighthouse, desktopConfig, chromeLauncher } = await loadLighthouse();
  // Both servers serve the same build: vite's preview server (gzip, what `npm start` runs) and a plain one (none).
  const compressed = await previewSite(root);
  const plain = await plainStaticServer().catch(async (error: unknown) => {
    await compressed.close();
    throw error;
  });
  const close = () => Promise.all([compressed.close(), plain.close()]);
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
      await close();
      throw error;
    });
  // BENCH_LIGHTHOUSE_SERVERS=none (or gzip) measures one server only, BENCH_LIGHTHOUSE_PRESETS=mobile one preset.
  const servers = (process.env.BENCH_LIGHTHOUSE_SERVERS ?? "gzip,none").split(",");
  const presets = (process.env.BENCH_LIGHTHOUSE_PRESETS ?? "desktop,mobile").split(",");
  const rows: string[][] = [];
  try {
    for (const [compression, server] of [
      ["gzip", compressed],
      ["none", plain],
    ] as const) {
      if (!servers.includes(compression)) continue;
      for (const [name, path] of [
        ["overview", "./?lang=en"],
        ["case", "./?page=case&id=denpasar-mossel-bay&lang=en"],
      ] as const)
        for (const preset of ["desktop", "mobile"] as const) {
          if (!presets.includes(preset)) continue;
          const result = await lighthouse(
            new URL(path, server.url).href,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
            preset === "desktop" ? desktopConfig : undefined,
          );
          const lhr = result!.lhr;
          const score = (category: string) => String(Math.round((lhr.categories[category]?.score ?? 0) * 100));
          const seconds = (audit: string) => ((lhr.audits[audit]?.numericValue ?? Number.NaN) / 1000).toFixed(2);
          rows.push([
            name,
            preset,
            compression,
            score("performance"),
            score("accessibility"),
            (lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3),
            seconds("first-contentful-paint"),
            seconds("largest-contentful-paint"),
            ((lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN) / 1).toFixed(0),
            ((lhr.audits["total-byte-weight"]?.numericValue ?? Number.NaN) / 1024).toFixed(0),
          ]);
          if (process.env.BENCH_LIGHTHOUSE_JSON)
            writeFileSync(
              `${process.env.BENCH_LIGHTHOUSE_JSON}-${name}-${preset}-${compression}.json`,
              JSON.stringify(lhr),
            );
        }
    }
  } finally {
    await chrome.kill();
    await close();
  }
  return formatTable(
    ["page", "preset", "compression", "performance", "accessibility", "CLS", "FCP s", "LCP s", "TBT ms", "bytes KB"],
    rows,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await lighthouseBench());
