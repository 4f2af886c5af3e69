// Observable Notebook Kit 2, fitted to this site: notebooks in `notebooks/`
// become pages of the build; nothing they import may come from a CDN.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { observable } from "@observablehq/notebook-kit/vite";
import type { Alias, Plugin, PluginOption } from "vite";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
/** The folder of the notebooks, at the top of the repository. */
export const NOTEBOOKS_DIR = join(projectRoot, "notebooks");
const kitRoot = fileURLToPath(new URL(".", import.meta.resolve("@observablehq/notebook-kit/runtime")));

/** The notebook files (`notebooks/*.html`), by name without the extension. */
export function notebookInputs(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(NOTEBOOKS_DIR)
      .filter((file) => file.endsWith(".html"))
      .map((file) => [`notebooks/${file.slice(0, -".html".length)}`, join(NOTEBOOKS_DIR, file)]),
  );
}

/**
 * The aliases Notebook Kit's pages need: `observable:runtime` is our own
 * runtime (the kit's, with every built-in that would load from a CDN replaced
 * or refused), and the kit's styles.
 */
export const notebookAliases: Alias[] = [
  { find: /^observable:runtime$/, replacement: join(NOTEBOOKS_DIR, "kit", "runtime.ts") },
  { find: /^observable:(.*)$/, replacement: `${kitRoot.replace(/runtime\/$/, "")}$1` },
];

/** Packages the kit's standard library loads from jsDelivr that the site ships itself. */
const SHIPPED: Readonly<Record<string, string>> = {
  "https://cdn.jsdelivr.net/npm/d3/+esm": "d3",
  "https://cdn.jsdelivr.net/npm/d3-dsv/+esm": "d3-dsv",
  "https://cdn.jsdelivr.net/npm/@observablehq/plot/+esm": "@observablehq/plot",
};

/**
 * Nothing a notebook imports loads from the network: its own `npm:`, `jsr:`
 * or URL import is a build error. The kit's standard library loads the
 * packages the site ships from node_modules; its other loaders (DuckDB,
 * Arrow, Leaflet…) stay in the bundle unreachable, since our runtime
 * (`notebooks/kit/runtime.ts`) refuses the built-ins that would call them.
 */
const offlineImports: Plugin = {
  name: "paradiplomacy:offline-imports",
  enforce: "pre",
  async resolveId(source, importer) {
    if (!/^(npm|jsr):|^https?:\/\//.test(source)) return null;
    if (importer === undefined || !importer.includes("/node_modules/"))
      throw new Error(
        `${source}${importer ? ` (in ${importer})` : ""}: this would load from the network at run time, which the offline site must not do; import the package by its name from node_modules instead`,
      );
    const shipped = SHIPPED[source];
    return shipped === undefined ? { id: source, external: true } : this.resolve(shipped, importer, { skipSelf: true });
  },
};

/**
 * Notebook Kit's Vite plugin, applied only to the pages in `notebooks/` (the
 * site's own index.html is not a notebook), with the notebooks' template.
 */
export function notebooks(): PluginOption {
  const kit = observable({ template: join(NOTEBOOKS_DIR, "kit", "template.html") }) as Plugin;
  const transform = kit.transformIndexHtml as {
    order: "pre";
    handler: (html: string, context: { filename: string; path: string }) => Promise<string>;
  };
  return [
    offlineImports,
    {
      ...kit,
      transformIndexHtml: {
        order: "pre",
        handler: (html, context) =>
          resolve(context.filename).startsWith(NOTEBOOKS_DIR) ? transform.handler(html, context) : html,
      },
    },
  ];
}
