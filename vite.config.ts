import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { notebookAliases, notebookInputs, notebooks } from "./site/notebookPlugin.ts";

const projectRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: projectRoot,
  // Relative asset URLs: the built site works from any folder, even opened from a USB stick.
  base: "./",
  publicDir: false,
  // The JavaScript budget (200 KB gzip on the overview) is measured by `npm run bench`; this only quiets the generic warning.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    // The site, and each notebook in notebooks/ as a page of its own.
    rolldownOptions: { input: { index: fileURLToPath(new URL("index.html", import.meta.url)), ...notebookInputs() } },
  },
  plugins: [notebooks()],
  resolve: { alias: notebookAliases },
  server: { fs: { allow: [projectRoot] } },
  preview: { port: 4173 },
  test: {
    root: projectRoot,
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
