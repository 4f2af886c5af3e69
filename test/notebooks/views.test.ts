// The notebooks' views (notebooks/views/*.ts) drawn in a DOM, and the notebooks' code cells kept thin: a cell only
// imports its notebook's views and displays what they return, so that all the code is type-checked, linted and
// formatted with the rest of the project.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize } from "@observablehq/notebook-kit";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NotebookView } from "../../notebooks/kit/view.ts";
import * as across from "../../notebooks/views/across-the-cases.ts";
import * as bandung from "../../notebooks/views/bandung-liuzhou-five-elements.ts";
import * as bogor from "../../notebooks/views/bogor-nanning-procedure.ts";
import * as denpasar from "../../notebooks/views/denpasar-three-layers.ts";
import * as mosselBay from "../../notebooks/views/mossel-bay-motives.ts";
import * as tutorial from "../../notebooks/views/tutorial-coding-a-partnership.ts";
import * as westJava from "../../notebooks/views/west-java-souss-massa-implementation.ts";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { ROOT } from "../helpers.ts";

const NOTEBOOKS_DIR = join(ROOT, "notebooks");
const { window } = new JSDOM("<!doctype html><body></body>");

// The views draw into the page's document (Plot into `window.document`), as in a notebook: here, jsdom's.
beforeAll(() => {
  Object.assign(globalThis, { window, document: window.document });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "window");
  Reflect.deleteProperty(globalThis, "document");
});

type Views = Record<string, unknown>;
/** Each notebook's views module, and the charts its views draw (by `data-chart` name), in order. */
const VIEWS: Record<string, { module: Views; charts: string[]; tables: number }> = {
  "across-the-cases": {
    module: across,
    charts: ["qca-xy", "success-index-rank-intervals", "measure-correlations"],
    tables: 4,
  },
  "bandung-liuzhou-five-elements": {
    module: bandung,
    charts: ["bandung-liuzhou-timeline", "bandung-five-elements"],
    tables: 1,
  },
  "bogor-nanning-procedure": { module: bogor, charts: ["bogor-nanning-stages"], tables: 1 },
  "denpasar-three-layers": {
    module: denpasar,
    charts: ["denpasar-three-layers", "denpasar-layer-status", "denpasar-challenges"],
    tables: 2,
  },
  "mossel-bay-motives": { module: mosselBay, charts: ["mossel-bay-motives", "mossel-bay-layers"], tables: 1 },
  "tutorial-coding-a-partnership": { module: tutorial, charts: ["tutorial-two-coders"], tables: 3 },
  "west-java-souss-massa-implementation": {
    module: westJava,
    charts: ["west-java-souss-massa-action-plans"],
    tables: 1,
  },
};

/** A notebook's code cells, as Notebook Kit reads them. */
const codeCells = (file: string) =>
  deserialize(readFileSync(join(NOTEBOOKS_DIR, `${file}.html`), "utf8"), {
    parser: new window.DOMParser(),
  }).cells.filter((cell) => cell.mode !== "md" && cell.mode !== "html");

/** Draws every view of a notebook as its cells do: the data once, then each view with the page's language and width. */
function draw(file: string, view: NotebookView): HTMLElement[] {
  const { module } = VIEWS[file]!;
  const dataName = Object.keys(module).find((name) => name.endsWith("Data"))!;
  const data = (module[dataName] as () => unknown)();
  return Object.entries(module)
    .filter(([name, value]) => name !== dataName && typeof value === "function")
    .flatMap(([, value]) => (value as (data: unknown, view: NotebookView) => HTMLElement | HTMLElement[])(data, view));
}

describe("the notebooks' views", () => {
  it("cover every notebook of the catalogue and of notebooks/", () => {
    const files = readdirSync(NOTEBOOKS_DIR)
      .filter((file) => file.endsWith(".html"))
      .map((file) => file.slice(0, -".html".length));
    expect(Object.keys(VIEWS).sort()).toEqual(files.sort());
    expect(NOTEBOOKS.map((notebook) => notebook.file).sort()).toEqual(files.sort());
  });

  describe.each(Object.keys(VIEWS))("%s", (file) => {
    it.each(["id", "en"] as const)(
      "draws its charts and tables in the page's language (%s), at a phone's width",
      (language) => {
        const drawn = draw(file, { language, width: 390 });
        const charts = drawn.flatMap((node) =>
          [node, ...node.querySelectorAll("figure")].flatMap((figure) => figure.getAttribute("data-chart") ?? []),
        );
        expect(charts).toEqual(VIEWS[file]!.charts);
        expect(drawn.filter((node) => node.querySelector("table") !== null && !node.matches("figure"))).toHaveLength(
          VIEWS[file]!.tables,
        );
        for (const node of drawn) expect(node.textContent?.trim(), file).not.toBe("");
      },
    );
  });
});

/**
 * What a thin cell may hold: imports of its notebook's own views, the data read once (`const x = xData();`), and a
 * view displayed (`display(view(x, {language, width}));`, or each of the elements a view returns).
 */
const THIN_LINE = [
  /^import \{[\w, ]+\} from "\.\/views\/(?<views>[\w-]+)\.ts";$/,
  /^const \w+ = \w+Data\(\);$/,
  /^display\(\w+\(\w+, \{language(, width)?\}\)\);$/,
  /^for \(const (\w+) of \w+\(\w+, \{language, width\}\)\) display\(\1\);$/,
];

describe("the notebooks' code cells", () => {
  it.each(Object.keys(VIEWS))("%s: every code cell only imports its views and displays them", (file) => {
    const cells = codeCells(file);
    expect(cells.length).toBeGreaterThan(1);
    const offending = cells.flatMap((cell) =>
      cell.value
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .filter((line) => {
          const match = THIN_LINE.map((pattern) => pattern.exec(line)).find((found) => found !== null);
          return match === undefined || (match.groups?.views !== undefined && match.groups.views !== file);
        })
        .map((line) => `cell ${cell.id}: ${line}`),
    );
    expect(offending).toEqual([]);
  });
});
