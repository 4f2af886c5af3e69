import type { Plugin } from "vite";
import { frameworks } from "../src/frameworks/registry.ts";
import type { Bilingual } from "../src/language.ts";

/** What the overview says of a framework: its name, its description and its first note, in both languages. */
export interface FrameworkSummary {
  id: string;
  name: Bilingual;
  description: Bilingual;
  /** The framework's first note (where it comes from), or null when it has none. */
  note: Bilingual | null;
}

/** The summaries of the toolkit's frameworks, in the registry's order, taken from the registry itself. */
export function frameworkSummariesOf(): FrameworkSummary[] {
  return Object.values(frameworks).map((framework) => ({
    id: framework.id,
    name: framework.name,
    description: framework.description,
    note: framework.notes[0] ?? null,
  }));
}

const ID = "virtual:framework-summaries";

/**
 * The module `virtual:framework-summaries`: the frameworks' summaries (`frameworkSummariesOf`) as data, written when
 * the site is built, so that the overview, the first page, says what each framework is without loading the
 * frameworks' scoring code (about 75 KB of the first page's 91 KB of JavaScript, served without compression). The
 * registry stays the one place a framework is described; `vite` (the development server) reads it when it starts.
 */
export function frameworkSummaries(): Plugin {
  return {
    name: "paradiplomacy:framework-summaries",
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(frameworkSummariesOf())};` : undefined),
  };
}
