import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { citeSourcesInText } from "../src/dataset/citeSourcesInText.ts";
import type { Source } from "../src/dataset/types.ts";
import { frameworks } from "../src/frameworks/registry.ts";
import type { Bilingual } from "../src/language.ts";
import { readDatasetFiles } from "../src/node/readDatasetFiles.ts";
import { validateDataset } from "../src/validate/validateDataset.ts";

/** What the overview says of a framework: its name, its description and its first note, in both languages. */
export interface FrameworkSummary {
  id: string;
  name: Bilingual;
  description: Bilingual;
  /** The framework's first note (where it comes from), or null when it has none. */
  note: Bilingual | null;
}

/**
 * The summaries of the toolkit's frameworks, in the registry's order, taken from the registry itself, with the
 * sources their texts name by number cited by author and year (`citeSourcesInText`).
 */
export function frameworkSummariesOf(
  sources: ReadonlyArray<Pick<Source, "id" | "authors" | "year" | "title">>,
): FrameworkSummary[] {
  const cite = (text: Bilingual): Bilingual => ({
    id: citeSourcesInText(text.id, sources, "id"),
    en: citeSourcesInText(text.en, sources, "en"),
  });
  return Object.values(frameworks).map((framework) => ({
    id: framework.id,
    name: framework.name,
    description: cite(framework.description),
    note: framework.notes[0] === undefined ? null : cite(framework.notes[0]),
  }));
}

const ID = "virtual:framework-summaries";
const SHIPPED = fileURLToPath(new URL("../datasets/indonesia", import.meta.url));

/**
 * The module `virtual:framework-summaries`: the frameworks' summaries (`frameworkSummariesOf`, citing the shipped
 * dataset's sources) as data, written when the site is built, so that the overview, the first page, says what each
 * framework is without loading the frameworks' scoring code (about 75 KB of the first page's 91 KB of JavaScript,
 * served without compression) or waiting for the dataset. The registry stays the one place a framework is
 * described; `vite` (the development server) reads it when it starts.
 */
export function frameworkSummaries(): Plugin {
  return {
    name: "paradiplomacy:framework-summaries",
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const { texts, name } = await readDatasetFiles(SHIPPED);
      this.addWatchFile(join(SHIPPED, "sources.csv"));
      const { dataset } = validateDataset(texts, name);
      return `export default ${JSON.stringify(frameworkSummariesOf(dataset.sources))};`;
    },
  };
}
