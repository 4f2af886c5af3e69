import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { contentSecurityPolicy } from "./site/contentSecurityPolicy.ts";
import { notebookAliases, notebookInputs, notebooks } from "./site/notebookPlugin.ts";
import { frameworkSummaries } from "./site/frameworkSummaries.ts";

const projectRoot = fileURLToPath(new URL(".", import.meta.url));

/**
 * Two chunks of the site's own: what the first page's shell shares with the rest (so that it stays out of the data's
 * chunk), and what every page loads once its first paint is done (site/src/model/siteData.ts): the shipped dataset's
 * files, the code that reads, validates and scores them, and the libraries it uses, as one file rather than a dozen,
 * which a phone fetches a few at a time (bench/README.md, "Lighthouse without compression").
 */
const SITE_CHUNKS = [
  {
    name: "shell",
    priority: 2,
    test: /src[\\/](problem|language)\.ts$|src[\\/]dataset[\\/]vocabularies\.ts$|web[\\/]dom\.ts$|site[\\/]src[\\/]model[\\/](state|i18n|session|storage|preferredLanguage)\.ts$|node_modules[\\/]idb[\\/]/,
  },
  {
    name: "site-data",
    priority: 1,
    test: /datasets[\\/]indonesia[\\/][a-z_]+\.csv\?raw$|src[\\/](validate|schema|score|frameworks|statistics|dsv)[\\/]|src[\\/]dataset[\\/]|site[\\/]src[\\/]model[\\/](siteData|mergeImports)\.ts$|web[\\/]data\.ts$|src[\\/]workbench[\\/]draft\.ts$|node_modules[\\/](papaparse|d3-array|internmap|simple-statistics)[\\/]/,
  },
];

/**
 * `vite build` builds the site; `vite build --mode notebooks` builds the notebooks beside it (`npm run build` runs
 * both). Two builds, so that the notebooks' modules never change how the site's own pages are split into chunks.
 */
export default defineConfig(({ mode }) => ({
  root: projectRoot,
  // Relative asset URLs: the built site works from any folder, even opened from a USB stick.
  base: "./",
  publicDir: false,
  // The JavaScript budget (170 KB gzip on the overview) is measured by `npm run bench`; this only quiets the generic warning.
  build: {
    outDir: "dist",
    emptyOutDir: mode !== "notebooks",
    chunkSizeWarningLimit: 700,
    // The site; or each notebook in notebooks/ as a page of its own.
    rolldownOptions: {
      input: mode === "notebooks" ? notebookInputs() : { index: fileURLToPath(new URL("index.html", import.meta.url)) },
      output: mode === "notebooks" ? {} : { codeSplitting: { groups: SITE_CHUNKS } },
    },
  },
  plugins: [contentSecurityPolicy(), notebooks(), frameworkSummaries()],
  resolve: { alias: notebookAliases },
  server: { fs: { allow: [projectRoot] } },
  preview: { port: 4173 },
  test: {
    root: projectRoot,
    setupFiles: ["test/setup.ts"],
    // The end-to-end files spend much of their time waiting on Chromium: two at a time even on a two-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Worker threads rather than child processes: the whole suite measured 96–103 s against 108–115 s on two cores.
    pool: "threads",
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The default reporter, and the reason of each test that skipped itself (it would only count them).
    reporters: ["default", "./test/skippedTestsReporter.ts"],
    // Three projects (docs/testing.md): `unit` needs no browser and no build (`npm run test:unit`); `e2e` builds the site
    // once, serves it and starts one Chromium in its global setup (`npm run test:e2e`); `docs` runs the documentation's
    // examples (`npm run test:docs`). `npm test` runs them all.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/e2e/**", "test/docs/**"],
        },
      },
      {
        // The examples of README.md and docs/ run as a reader runs them: the compiled CLI in a scratch folder, and
        // TypeDoc regenerates the API reference to compare it (docs/writing-docs.md; `npm run test:docs`).
        extends: true,
        test: { name: "docs", include: ["test/docs/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], globalSetup: ["test/e2e/globalSetup.ts"] },
      },
    ],
  },
}));
