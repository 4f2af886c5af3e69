import { join } from "node:path";
import { build, preview } from "vite";

/** What `npm run build` does: the site into `dist/`, then the notebooks beside it. */
export async function buildSite(root: string): Promise<void> {
  const configFile = join(root, "vite.config.ts");
  await build({ configFile, logLevel: "error" });
  await build({ configFile, logLevel: "error", mode: "notebooks" });
}

/**
 * Builds the site into `dist/` (unless `build: false`: the tests build it once, in their global setup) and serves it
 * with vite's own preview server
 * (what `npm start` runs) on a free loopback port, for browser tests and the bench.
 */
export async function previewSite(
  root: string,
  { build: rebuild = true }: { build?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const configFile = join(root, "vite.config.ts");
  if (rebuild) await buildSite(root);
  const server = await preview({
    configFile,
    logLevel: "error",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string") throw new Error("the preview server has no port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
