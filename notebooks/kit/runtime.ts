// The runtime of the notebooks: Notebook Kit's, with its built-ins limited to
// what ships with the site. The kit's own `Plot`, `d3`, `Inputs`, `html` and
// most others load from jsDelivr at run time; here `Plot` comes from
// node_modules, `language` follows the page's language switch, and the rest
// throw a clear error instead of making a request. (`d3` is imported by name
// where a cell needs it: a built-in namespace of all of d3 would put the whole
// library in a chunk the site's pages share.)
import { NotebookRuntime, library, observe } from "@observablehq/notebook-kit/runtime";
import { setUpPage, languageChanges, cellSettled, cellDefined, cellPending } from "./page.ts";

const OFFLINE = new Set(["dark", "now", "width", "FileAttachment", "Generators", "Mutable", "md"]);

function refused(name: string): () => never {
  return () => {
    throw new Error(
      `${name} is not available: the notebooks work offline, so import what you need from the project or node_modules (e.g. import * as Plot from "@observablehq/plot")`,
    );
  };
}

const builtins: Record<string, () => unknown> = Object.fromEntries(
  Object.entries(library as Record<string, () => unknown>).map(([name, value]) => [
    name,
    OFFLINE.has(name) ? value : refused(name),
  ]),
);
builtins.Plot = () => import("@observablehq/plot");
builtins.language = () => languageChanges();

const notebook = new NotebookRuntime(builtins);

/**
 * Defines a cell; the Vite plugin calls it once per cell. Its observer also
 * tells the page when the cell is computing and when it has settled, so that
 * the page knows when every cell has drawn (see `cellSettled`).
 */
export const define: NotebookRuntime["define"] = (state, definition, observer = observe) => {
  const cell = cellDefined();
  notebook.define(state, definition, (...args) => {
    const inner = observer(...args);
    return {
      ...inner,
      pending() {
        cellPending(cell);
        inner.pending();
      },
      fulfilled(value: unknown) {
        inner.fulfilled(value);
        cellSettled(cell);
      },
      rejected(error: unknown) {
        inner.rejected(error);
        cellSettled(cell);
      },
    };
  });
};

setUpPage();
