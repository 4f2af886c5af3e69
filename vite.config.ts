import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const projectRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: "site",
  // Relative asset URLs: the built site works from any folder, even opened from a USB stick.
  base: "./",
  publicDir: false,
  build: { outDir: "../dist", emptyOutDir: true },
  server: { fs: { allow: [projectRoot] } },
  preview: { port: 4173 },
  test: {
    root: projectRoot,
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
