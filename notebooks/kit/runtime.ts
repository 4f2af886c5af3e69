// The runtime of the notebooks: Notebook Kit's, with its built-ins limited to
// what ships with the site. The kit's own `Plot`, `d3`, `Inputs`, `html` and
// most others load from jsDelivr at run time; here `Plot` and `d3` come from
// node_modules, `language` follows the page's language switch, and the rest
// throw a clear error instead of making a request.
import { NotebookRuntime, library } from "@observablehq/notebook-kit/runtime";
import { setUpPage, languageChanges } from "./page.ts";

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
builtins.d3 = () => import("d3");
builtins.language = () => languageChanges();

const notebook = new NotebookRuntime(builtins);
/** Defines a cell; the Vite plugin calls it once per cell. */
export const define = notebook.define.bind(notebook);

setUpPage();
