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
const filesUnder = (folder: string, extensions: readonly string[] = [".ts"]): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === "node_modules" || entry.name === "dist"
        ? []
        : filesUnder(join(folder, entry.name), extensions)
      : extensions.some((extension) => entry.name.endsWith(extension))
        ? [join(folder, entry.name)]
        : [],
  );

/**
 * What a file imports: static imports (for their effects too) and re-exports (in a notebook, those of its cells, indented in the HTML),
 * dynamic imports, workers (`new URL("…", import.meta.url)`) and CSS `@import`s; code only (a CSV or JSON file is data).
 */
const importsOf = (file: string) =>
  [
    ...readFileSync(file, "utf8").matchAll(
      /^\s*(?:import|export)[^"';]*from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']|new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url|@import url\(\s*["']([^"']+)["']/gm,
    ),
  ]
    .map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5])!.replace(/\?.*$/, ""))
    // Code, not data: a dataset's files or the land outlines are read, not imported from a floor.
    .filter((path) => /\.(ts|js|css)$/.test(path) || !path.startsWith("."));

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

/**
 * The floors of the repository, lowest first: a folder imports only from itself or from a lower floor. The
 * library (`src/`) is the ground; `web/` holds what the site and the notebooks both use (the shipped data's loading,
 * DOM helpers, the chart figure, the notebooks' catalogue, the stylesheet); `scripts/` the tools for the build, the
 * bench and the tests (the preview server, Chromium). The site and the notebooks stand side by side and never
 * import each other; the tests and the bench stand on top, side by side.
 */
const REPOSITORY_FLOORS: Record<string, number> = {
  src: 0,
  web: 1,
  scripts: 1,
  site: 2,
  notebooks: 2,
  test: 3,
  bench: 3,
};

/**
 * The floors of the site (`site/src`): workers and their clients; the models (the URL state, the session, the
 * data shown) and the site's words; components (functions of data that return elements); the workbench's parts;
 * pages, which only wire components; and the shell (`main.ts`) that draws the page of the URL.
 */
const SITE_FLOORS: Record<string, number> = {
  workers: 0,
  model: 1,
  components: 2,
  workbench: 3,
  pages: 4,
  ".": 5,
};

/** Every relative import of the files, resolved, that leaves its own folder for a folder not below it. */
function upwardImports(files: readonly string[], folder: string, floors: Record<string, number>): string[] {
  // ROOT ends with a separator, site/src does not.
  const base = folder.replace(/[\\/]$/, "");
  const folderOf = (file: string) => relative(base, dirname(file)).split(sep)[0] || ".";
  return files.flatMap((file) => {
    const own = folderOf(file);
    return importsOf(file)
      .filter((path) => path.startsWith("."))
      .map((path) => join(dirname(file), path))
      .filter((target) => target.startsWith(base + sep))
      .filter((target) => {
        const folder = folderOf(target);
        return folder !== own && !(floors[folder]! < floors[own]!);
      })
      .map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
  });
}

describe("the layering of the repository", () => {
  const KINDS = [".ts", ".html", ".css"];

  it.each(Object.keys(REPOSITORY_FLOORS))("%s/ imports only from itself and lower floors", (folder) => {
    expect(upwardImports(filesUnder(join(ROOT, folder), KINDS), ROOT, REPOSITORY_FLOORS)).toEqual([]);
  });

  it("every top-level folder with TypeScript in it has a floor", () => {
    const withCode = readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
      .filter((entry) => entry.name !== "lib" && entry.name !== "dist")
      .filter((entry) => filesUnder(join(ROOT, entry.name)).length > 0)
      .map((entry) => entry.name);
    expect(withCode.filter((name) => REPOSITORY_FLOORS[name] === undefined)).toEqual([]);
  });

  it("sees every kind of import: a notebook cell's, a page loaded on demand, a worker, a stylesheet's", () => {
    const imports = [
      ...importsOf(join(ROOT, "notebooks/across-the-cases.html")),
      ...importsOf(join(ROOT, "site/src/main.ts")),
      ...importsOf(join(ROOT, "site/src/workbench/importSection.ts")),
      ...importsOf(join(ROOT, "notebooks/kit/notebook.css")),
    ];
    expect(imports).toEqual(
      expect.arrayContaining([
        "./views/across-the-cases.ts",
        "./pages/worldPage.ts",
        "../workers/importWorker.ts",
        "../../web/style.css",
      ]),
    );
  });
});

describe("the layering of the site (site/src)", () => {
  const site = join(ROOT, "site", "src");
  const files = filesUnder(site);

  it("every file of site/src sits on a floor", () => {
    const folders = new Set(files.map((file) => relative(site, dirname(file)).split(sep)[0] || "."));
    expect([...folders].filter((folder) => SITE_FLOORS[folder] === undefined)).toEqual([]);
  });

  it("every folder of site/src imports only from itself and lower floors", () => {
    expect(upwardImports(files, site, SITE_FLOORS)).toEqual([]);
  });

  it("no page imports another page", () => {
    const offenders = files
      .filter((file) => relative(site, file).startsWith(`pages${sep}`))
      .flatMap((file) =>
        importsOf(file)
          .filter((path) => path.startsWith("./"))
          .map((path) => `${relative(ROOT, file)} imports ${path}`),
      );
    expect(offenders).toEqual([]);
  });

  it("no page, component or part of the workbench keeps state in a variable of its module (the session store does)", () => {
    const offenders = files
      .filter((file) => /^(pages|components|workbench)[\\/]/.test(relative(site, file)))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => /^(let|var) /.test(line))
          .map((line) => `${relative(ROOT, file)}: ${line}`),
      );
    expect(offenders).toEqual([]);
  });

  it("no file of site/src is over 400 lines", () => {
    const long = filesUnder(site, [".ts", ".css"])
      .map((file) => `${relative(ROOT, file)}: ${readFileSync(file, "utf8").split("\n").length} lines`)
      .filter((entry) => Number(entry.split(": ")[1]!.split(" ")[0]) > 400);
    expect(long).toEqual([]);
  });
});
