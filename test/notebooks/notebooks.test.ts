import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize } from "@observablehq/notebook-kit";
import { JSDOM } from "jsdom";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { NOTEBOOKS } from "../../web/notebookCatalogue.ts";
import { indonesia, type Indonesia } from "../../notebooks/kit/data.ts";
import { normaliseQuoteText, quoteFragments } from "../../src/validate/checkEvidence.ts";
import { ROOT } from "../helpers.ts";

const NOTEBOOKS_DIR = join(ROOT, "notebooks");
const { window } = new JSDOM();
// The prose rendered as Notebook Kit renders it (markdown-it with HTML, links and typography).
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: true });
const data = indonesia();

/** The prose of a notebook (its Markdown and HTML cells) as a document. */
function prose(file: string): Document {
  const notebook = deserialize(readFileSync(join(NOTEBOOKS_DIR, `${file}.html`), "utf8"), {
    parser: new window.DOMParser(),
  });
  const html = notebook.cells
    .filter((cell) => cell.mode === "md" || cell.mode === "html")
    .map((cell) => (cell.mode === "md" ? markdown.render(cell.value) : cell.value))
    .join("\n");
  return new window.DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
}

/** A figure as the prose writes it in a language: "6", "0,33" in Indonesian, "0.33" in English (at most three decimals). */
function formatFigure(value: number | string, language: string): string {
  return typeof value === "string"
    ? value
    : new Intl.NumberFormat(language === "id" ? "id-ID" : "en-GB", {
        maximumFractionDigits: 3,
        useGrouping: false,
      }).format(value);
}

/**
 * Numbers in prose outside a marked figure, a citation, a date, code or a
 * heading's step number, or a quotation of a source: figures that no test would check. A name with a
 * number in it (COVID-19) is a name, and so is a source's number (000 to 004,
 * as datasets/indonesia/sources.csv and the seeds' README number them).
 */
function unmarkedNumbers(document: Document): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    // A quote's numbers are the source's words, checked against the source text, not figures of the toolkit.
    if (node.parentElement?.closest("[data-figure], cite, time, code, pre, h1, h2, h3, q[data-source]")) continue;
    const numbers = (node.textContent ?? "")
      .split(/\s+/)
      .filter((word) => /\d/.test(word) && !/^\(?([A-Za-z]+-\d+|00\d)\b/.test(word));
    found.push(...numbers);
  }
  return found;
}

/** The five source texts, beside a checkout of the repository (they are not part of it). */
const SEEDS_FOLDER = join(ROOT, "../shared/seeds");
const haveSeeds = existsSync(SEEDS_FOLDER);
/** A source's text by its number (000 to 004), normalised as quotes are compared. */
const sourceText = (() => {
  const texts = new Map<string, string>();
  return (number: string): string | undefined => {
    if (!haveSeeds) return undefined;
    if (!texts.has(number)) {
      const file = readdirSync(SEEDS_FOLDER).find((name) => name.startsWith(`${number}_`));
      texts.set(number, file === undefined ? "" : normaliseQuoteText(readFileSync(join(SEEDS_FOLDER, file), "utf8")));
    }
    return texts.get(number);
  };
})();

/** The source's words a notebook quotes: every `<q>` of its prose, with the source and locator it names. */
function quotes(document: Document) {
  return [...document.querySelectorAll("q")].map((quote) => ({
    text: quote.textContent ?? "",
    source: quote.getAttribute("data-source"),
    locator: quote.getAttribute("data-locator"),
  }));
}

/**
 * The paragraphs of a notebook's prose that say what a source says (they
 * cite it: a `<cite>`) without the source's words (a `<q>`) beside them.
 */
function claimsWithoutWords(document: Document): string[] {
  return [...document.querySelectorAll("p, li")]
    .filter((block) => block.querySelector("cite") !== null && block.querySelector("q[data-source]") === null)
    .map((block) => (block.textContent ?? "").slice(0, 120));
}

describe("notebooks/", () => {
  it("NOTEBOOKS lists every notebook file, and only those", () => {
    const files = readdirSync(NOTEBOOKS_DIR)
      .filter((file) => file.endsWith(".html"))
      .map((file) => file.slice(0, -".html".length))
      .sort();
    expect(NOTEBOOKS.map((notebook) => notebook.file).sort()).toEqual(files);
  });

  describe.each(NOTEBOOKS.map((notebook) => notebook.file))("%s", (file) => {
    const document = prose(file);

    it("states every figure in its prose as the toolkit computes it, in both languages", async () => {
      const { figures } = (await import(`../../notebooks/figures/${file}.ts`)) as {
        figures: (data: Indonesia) => Record<string, number | string>;
      };
      const computed = figures(data);
      const stated = [...document.querySelectorAll<HTMLElement>("[data-figure]")];
      expect(stated.length).toBeGreaterThan(0);
      for (const element of stated) {
        const key = element.dataset.figure!;
        const language = element.closest("[lang]")?.getAttribute("lang") ?? "";
        expect(["id", "en"], `${key} is inside a lang="id" or lang="en" block`).toContain(language);
        expect(computed, `${file}: the figure "${key}" is computed`).toHaveProperty(key);
        expect(element.textContent, `${file}: ${key} (${language})`).toBe(formatFigure(computed[key]!, language));
      }
      // Every figure the module computes is stated in both languages.
      for (const key of Object.keys(computed)) {
        for (const language of ["id", "en"])
          expect(
            document.querySelector(`[lang="${language}"] [data-figure="${key}"]`),
            `${file}: ${key} stated in ${language}`,
          ).not.toBeNull();
      }
    });

    it("gives the source's words, with the source and a locator, beside every statement about what a source says", () => {
      expect(claimsWithoutWords(document)).toEqual([]);
      for (const quote of quotes(document)) {
        expect(quote.source, `${file}: ${quote.text}`).toMatch(/^00[0-4]$/);
        expect(quote.locator, `${file}: ${quote.text}`).toBeTruthy();
      }
    });

    it(`quotes each source's words as the source has them (needs the source texts in ${SEEDS_FOLDER}; without them this check is skipped)`, (context) => {
      // Printed after the run by test/skippedTestsReporter.ts.
      context.skip(!haveSeeds, `needs the source texts in ${SEEDS_FOLDER}, which are not distributed with the project`);
      const missing = quotes(document).filter((quote) => {
        const text = sourceText(quote.source ?? "");
        return text === undefined || quoteFragments(quote.text).some((fragment) => !text.includes(fragment));
      });
      expect(missing.map((quote) => `${quote.source} ${quote.locator}: ${quote.text}`)).toEqual([]);
    });

    it("marks every number in its prose (a figure, a citation, a date or code)", () => {
      expect(unmarkedNumbers(document)).toEqual([]);
    });

    it("is written in Indonesian and in English, block for block", () => {
      const blocks = (language: string) =>
        [...document.querySelectorAll(`[lang="${language}"]`)].map(
          (block) => block.querySelectorAll("h1, h2, h3").length,
        );
      expect(blocks("id").length).toBeGreaterThan(0);
      expect(blocks("en")).toEqual(blocks("id"));
    });
  });
});

describe("unmarkedNumbers(document)", () => {
  it("finds a number no test checks, and lets a marked figure, a citation and a name pass", () => {
    const document = new window.DOMParser().parseFromString(
      '<p>In <span data-figure="a">3</span> cases (<cite>§4.2</cite> of source 000) COVID-19 stopped 2 plans.</p>',
      "text/html",
    );
    expect(unmarkedNumbers(document)).toEqual(["2"]);
  });
});

describe("claimsWithoutWords(document)", () => {
  it("finds a paragraph citing a source without its words, and lets one with a quote pass", () => {
    const document = new window.DOMParser().parseFromString(
      '<p>The thesis argues it failed (<cite>§1.7</cite>).</p><p>It did not run smoothly: <q data-source="001" data-locator="§1.7">tidak berjalan lancar</q> (<cite>§1.7</cite>).</p>',
      "text/html",
    );
    expect(claimsWithoutWords(document)).toEqual(["The thesis argues it failed (§1.7)."]);
  });
});

describe("formatFigure(value, language)", () => {
  it("writes the decimal comma in Indonesian and the point in English, never a thousands separator", () => {
    expect(formatFigure(0.33, "id")).toBe("0,33");
    expect(formatFigure(0.33, "en")).toBe("0.33");
    expect(formatFigure(-0.125, "id")).toBe("-0,125");
    expect(formatFigure(25917, "en")).toBe("25917");
  });
});
