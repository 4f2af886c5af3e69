import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

/**
 * The floors of the library, lowest first: a module imports only from its
 * own folder or from a lower floor, so the reader never reaches up into
 * validation, frameworks or outputs.
 */
const FLOORS: Record<string, number> = {
  ".": 0, // problem.ts, language.ts, growTypedArray.ts
  dsv: 1,
  documents: 2,
  format: 1,
  statistics: 1,
  agreement: 2,
  schema: 2,
  dataset: 3,
  frameworks: 4,
  node: 4,
  validate: 5,
  score: 5,
  reliability: 5,
  codebook: 6,
  workbench: 6,
  analysis: 6,
  qca: 2,
  charts: 6,
  refi: 6.5, // the REFI-QDA project uses the codebook's codes
  cli: 7,
};

// bench/lighthouse/node_modules holds the Lighthouse bench's own install, when there is one: not the project's code.
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() && entry.name === "node_modules"
      ? []
      : entry.isDirectory()
        ? filesUnder(join(folder, entry.name))
        : entry.name.endsWith(".ts")
          ? [join(folder, entry.name)]
          : [],
  );

const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/^(?:import|export)[^"']*from\s+["']([^"']+)["']/gm)].map(
    (match) => match[1]!,
  );

describe("the layering of src/", () => {
  const src = join(ROOT, "src");
  const folderOf = (file: string) => relative(src, dirname(file)).split(sep)[0] || ".";

  // src/index.ts gathers the public API from every floor.
  const modules = filesUnder(src).filter((file) => file !== join(src, "index.ts"));

  it.each(modules.map((file) => relative(ROOT, file)))("%s imports only its own folder or lower floors", (file) => {
    const own = folderOf(join(ROOT, file));
    expect(FLOORS[own], `floor of ${own}`).toBeDefined();
    for (const target of importsOf(join(ROOT, file)).filter((path) => path.startsWith("."))) {
      const resolved = join(ROOT, dirname(file), target);
      expect(resolved.startsWith(src + sep), `${file} imports ${target}, outside src/`).toBe(true);
      const folder = folderOf(resolved);
      if (folder === own) continue;
      expect(FLOORS[folder]!, `${file} (${own}) imports ${target} (${folder})`).toBeLessThan(FLOORS[own]!);
    }
  });

  it("no test imports from bench/", () => {
    const offenders = filesUnder(join(ROOT, "test")).filter((file) =>
      importsOf(file).some((path) => /(^|\/)bench\//.test(path)),
    );
    expect(offenders).toEqual([]);
  });

  it("no bench/ file imports from test/ (what both need, Chromium and the preview server, is in scripts/)", () => {
    const offenders = filesUnder(join(ROOT, "bench")).filter((file) =>
      importsOf(file).some((path) => /(^|\/)test\//.test(path)),
    );
    expect(offenders).toEqual([]);
  });
});
