import { describe, expect, it } from "vitest";
import type { Plugin } from "vite";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { notebookInputs, notebooks } from "../../site/notebookPlugin.ts";

const plugins = notebooks() as Plugin[];
const offline = plugins.find((plugin) => plugin.name === "paradiplomacy:offline-imports")!;
type ResolveId = (this: unknown, source: string, importer?: string) => Promise<unknown>;
const resolveId = offline.resolveId as unknown as ResolveId;
const context = { resolve: async (source: string) => ({ id: `/node_modules/${source}/index.js` }) };

describe("notebooks()", () => {
  it("refuses a notebook's own npm:, jsr: or URL import, naming it and the page", async () => {
    for (const source of ["npm:d3", "jsr:@std/csv", "https://cdn.jsdelivr.net/npm/d3/+esm"])
      await expect(resolveId.call(context, source, "/work/notebooks/a.html?html-proxy&index=0.js")).rejects.toThrow(
        new RegExp(`${source.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}.*a\\.html.*offline`),
      );
  });

  it("loads what the kit's own library fetches from a CDN from node_modules when the site ships it, and leaves the rest unreachable", async () => {
    const kit = "/work/node_modules/@observablehq/notebook-kit/dist/src/runtime/stdlib/fileAttachment.js";
    expect(await resolveId.call(context, "https://cdn.jsdelivr.net/npm/d3-dsv/+esm", kit)).toEqual({
      id: "/node_modules/d3-dsv/index.js",
    });
    expect(await resolveId.call(context, "https://cdn.jsdelivr.net/npm/arquero/+esm", kit)).toEqual({
      id: "https://cdn.jsdelivr.net/npm/arquero/+esm",
      external: true,
    });
    expect(await resolveId.call(context, "./local.js", kit)).toBeNull();
  });

  it("transforms only the pages in notebooks/, never the site's index.html", async () => {
    const kit = plugins.find((plugin) => plugin.name === "observable")!;
    const handler = (kit.transformIndexHtml as { handler: (html: string, context: object) => Promise<string> }).handler;
    const html = "<!doctype html><html><body><main id=main></main></body></html>";
    expect(await handler(html, { filename: "/work/main/index.html", path: "/index.html" })).toBe(html);
  });
});

describe("notebookInputs()", () => {
  it("gives every notebook of the catalogue as a page of the build", () => {
    expect(Object.keys(notebookInputs()).sort()).toEqual(
      NOTEBOOKS.map((notebook) => `notebooks/${notebook.file}`).sort(),
    );
  });
});
