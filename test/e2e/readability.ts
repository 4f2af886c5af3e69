import type { Page } from "playwright-core";

/** A word of four or more letters (or digits joined by hyphens, as an ISO date) drawn on two or more lines: where it is and what it says. */
export interface SplitWord {
  word: string;
  where: string;
}

/** Two chart texts whose glyph boxes (turned as drawn) overlap, or one drawn outside its chart. */
export interface TextClash {
  chart: string;
  texts: string[];
}

/** What a person sees of a page's text: broken words, overprinted or cut chart text, and the smallest chart text. */
export interface Readability {
  splitWords: SplitWord[];
  overlaps: TextClash[];
  outside: TextClash[];
  /** The smallest chart text as seen on screen (SVG font size × the SVG's scale on screen), in px; Infinity if none. */
  smallestChartText: number;
  /** The smallest legend text as seen, in px; Infinity if none. */
  smallestLegendText: number;
  /** Axes that write the same tick label twice in a row ("2004 2004 2005": ticks between whole years). */
  repeatedTicks: TextClash[];
  /** Table captions drawn on several lines in a fraction of their table's width (one word a line). */
  squeezedCaptions: string[];
  /** The smallest text of any kind visible in `.slide` elements (a deck's slide, a notebook's presented chart), in px; Infinity if none. */
  smallestSlideText: number;
}

/**
 * Measures, in the page, what a reader sees (runs in the browser):
 * - every word of ≥ 4 letters, and every run of digits joined by hyphens (an ISO date), in a table cell, heading, caption, label or legend whose letters lie on more than one
 *   line (its Range's client rects have different tops);
 * - every pair of chart texts (SVG `text`) whose glyph boxes, each its own box turned by its transform on screen,
 *   overlap by more than a pixel (separating-axis test on the two quadrilaterals), and every text whose box leaves
 *   its SVG;
 * - the smallest SVG text as seen (computed font size × the SVG's screen scale), and the smallest Plot legend text;
 * - every axis (Plot's `tick label` groups) that writes the same label at two neighbouring ticks;
 * - every table caption on two or more lines in under 60 % of its table's width (squeezed to a word a line);
 * - the smallest text of any kind in the elements `slides` selects (a deck's `.slide`, a notebook's presented chart).
 */
export async function measureReadability(page: Page, scope = "main", slides = ".slide"): Promise<Readability> {
  // A TypeScript runner that keeps function names (tsx) calls a helper `__name` in the function sent to the page.
  await page.evaluate("globalThis.__name ??= (target) => target");
  return page.evaluate(
    ([scope, slides]: [string, string]): Readability => {
      const root = document.querySelector(scope) ?? document.body;
      const visible = (element: Element) => {
        const style = getComputedStyle(element);
        if (style.visibility === "hidden" || style.display === "none") return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && element.closest("details:not([open]) > :not(summary)") === null;
      };
      const describe = (element: Element) => {
        const figure = element.closest("figure[data-chart], svg[aria-label], table, section, h1, h2, h3");
        const name =
          figure?.getAttribute("data-chart") ?? figure?.getAttribute("aria-label") ?? figure?.tagName.toLowerCase();
        return `${element.tagName.toLowerCase()} in ${name ?? "page"}`;
      };

      // Words split across lines.
      const splitWords: SplitWord[] = [];
      const wordSelector =
        "td, th, h1, h2, h3, h4, caption, label, legend, figcaption, summary, [class*='-swatch'], [class*='-legend'], text, .slide li, .slide p";
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !parent.closest(wordSelector) || !visible(parent)) continue;
        if (
          parent.closest("svg") &&
          parent.tagName.toLowerCase() !== "tspan" &&
          parent.tagName.toLowerCase() !== "text"
        )
          continue;
        const text = node.textContent ?? "";
        // A word: four or more letters, or digits joined by hyphens (an ISO date such as 2004-03-05), which a
        // browser may break after a hyphen.
        for (const match of text.matchAll(/\p{L}{4,}|\p{N}+(?:-\p{N}+)+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top / 4)),
          );
          if (tops.size > 1) splitWords.push({ word: match[0], where: describe(parent) });
        }
      }

      // Captions squeezed: on two or more lines, yet under 60 % of their table's width.
      const squeezedCaptions: string[] = [];
      for (const caption of root.querySelectorAll("caption")) {
        const table = caption.closest("table");
        if (!table || !visible(caption)) continue;
        const box = caption.getBoundingClientRect();
        const lineHeight =
          parseFloat(getComputedStyle(caption).lineHeight) || parseFloat(getComputedStyle(caption).fontSize) * 1.45;
        if (box.height > lineHeight * 1.5 && box.width < 0.6 * table.getBoundingClientRect().width)
          squeezedCaptions.push((caption.textContent ?? "").trim().slice(0, 60));
      }

      // Chart texts: each text's box in its own coordinates, carried to the screen by its CTM (so turned as drawn).
      type Point = { x: number; y: number };
      const overlaps: TextClash[] = [];
      const outside: TextClash[] = [];
      let smallestChartText = Infinity;
      const svgs = [...root.querySelectorAll("svg")].filter(
        (svg) => !svg.parentElement?.closest("svg") && visible(svg) && svg.querySelector("text"),
      );
      for (const svg of svgs) {
        const chart = describe(svg);
        const svgBox = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll("text")]
          .filter((text) => (text.textContent ?? "").trim() !== "" && visible(text))
          .map((text) => {
            const box = text.getBBox();
            const matrix = text.getScreenCTM()!;
            const scale = Math.hypot(matrix.a, matrix.b);
            // To a tenth of a pixel: a phone's device pixels scale a chart by 0.9999.
            const seen = Math.round(parseFloat(getComputedStyle(text).fontSize) * scale * 10) / 10;
            smallestChartText = Math.min(smallestChartText, seen);
            // The em box is taller than the glyphs: a fifth off the top and bottom, so that lines set solid do not count.
            const inset = box.height * 0.2;
            const corners = [
              [box.x, box.y + inset],
              [box.x + box.width, box.y + inset],
              [box.x + box.width, box.y + box.height - inset],
              [box.x, box.y + box.height - inset],
            ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix)) as Point[];
            return { label: (text.textContent ?? "").trim().slice(0, 60), corners };
          });
        const axes = (corners: Point[]) =>
          [0, 1].map((index) => {
            const [a, b] = [corners[index]!, corners[index + 1]!];
            const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
            return { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
          });
        const depth = (first: Point[], second: Point[]) => {
          let least = Infinity;
          for (const axis of [...axes(first), ...axes(second)]) {
            const project = (corners: Point[]) => corners.map((point) => point.x * axis.x + point.y * axis.y);
            const [p, q] = [project(first), project(second)];
            least = Math.min(
              least,
              Math.min(Math.max(...p), Math.max(...q)) - Math.max(Math.min(...p), Math.min(...q)),
            );
          }
          return least;
        };
        for (let i = 0; i < texts.length; i++) {
          const corners = texts[i]!.corners;
          if (
            corners.some(
              (point) =>
                point.x < svgBox.left - 0.5 ||
                point.x > svgBox.right + 0.5 ||
                point.y < svgBox.top - 0.5 ||
                point.y > svgBox.bottom + 0.5,
            )
          )
            outside.push({ chart, texts: [texts[i]!.label] });
          for (let j = i + 1; j < texts.length; j++)
            if (depth(corners, texts[j]!.corners) > 1)
              overlaps.push({ chart, texts: [texts[i]!.label, texts[j]!.label] });
        }
      }

      // Axes whose neighbouring ticks read the same.
      const repeatedTicks: TextClash[] = [];
      for (const axis of root.querySelectorAll("svg g[aria-label$='tick label']")) {
        if (!visible(axis)) continue;
        const labels = [...axis.querySelectorAll("text")].map((text) => (text.textContent ?? "").trim());
        const twice = labels.filter((label, index) => label !== "" && label === labels[index - 1]);
        if (twice.length > 0) repeatedTicks.push({ chart: describe(axis), texts: [...new Set(twice)] });
      }

      // Plot's legends are HTML (swatches) or SVG (ramps, counted above as chart text).
      let smallestLegendText = Infinity;
      for (const swatch of root.querySelectorAll("[class*='-swatch']:not([class*='-swatches']), .network-legend")) {
        if (!visible(swatch)) continue;
        smallestLegendText = Math.min(smallestLegendText, parseFloat(getComputedStyle(swatch).fontSize));
      }

      // Slides: every visible text, HTML or SVG, as seen.
      let smallestSlideText = Infinity;
      for (const slide of document.querySelectorAll(slides)) {
        const slideWalker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
        for (let node = slideWalker.nextNode(); node; node = slideWalker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !(node.textContent ?? "").trim() || !visible(parent)) continue;
          const svgText = parent.closest("text");
          const size =
            svgText instanceof SVGGraphicsElement
              ? parseFloat(getComputedStyle(svgText).fontSize) *
                Math.hypot(svgText.getScreenCTM()!.a, svgText.getScreenCTM()!.b)
              : parseFloat(getComputedStyle(parent).fontSize);
          smallestSlideText = Math.min(smallestSlideText, Math.round(size * 10) / 10);
        }
      }
      return {
        splitWords,
        squeezedCaptions,
        overlaps,
        outside,
        smallestChartText,
        smallestLegendText,
        repeatedTicks,
        smallestSlideText,
      };
    },
    [scope, slides] as [string, string],
  );
}

/** An interactive control drawn smaller than 24×24 CSS px with another target within its 24 px circle. */
export interface SmallTarget {
  /** The control, as a person would name it: its tag, type and accessible text. */
  target: string;
  width: number;
  height: number;
}

/**
 * The targets a finger cannot hit, by WCAG 2.2 SC 2.5.8 (Target Size, Minimum), measured on the boxes as drawn:
 * every visible link, button, form control, summary and element with a click role whose box is under 24 CSS px
 * wide or tall, unless it meets the spacing exception (a 24 px circle centred on it reaches no other target's box
 * and no other small target's circle) or the inline exception (a link inside a sentence: its line box holds other
 * text). With `spacing` false, the spacing exception is not granted: every small target is listed. Runs in the browser.
 */
export async function smallTargets(page: Page, scope = "body", spacing = true): Promise<SmallTarget[]> {
  await page.evaluate("globalThis.__name ??= (target) => target");
  return page.evaluate(
    ([scope, spacing]: [string, boolean]): SmallTarget[] => {
      const root = document.querySelector(scope) ?? document.body;
      const selector =
        "a[href], button, input:not([type='hidden']), select, textarea, summary, [role='button'], [role='tab'], [role='checkbox'], [role='radio'], [role='link']";
      const shown = (element: Element) => {
        const style = getComputedStyle(element);
        if (style.visibility === "hidden" || style.display === "none" || style.pointerEvents === "none") return false;
        const box = element.getBoundingClientRect();
        // Visually hidden (1 px, clipped) file inputs are reached through their label, the visible target; a skip
        // link waits off the screen until focused.
        return (
          box.width > 1 &&
          box.height > 1 &&
          box.right > 0 &&
          element.closest("details:not([open]) > :not(summary)") === null
        );
      };
      const targets = [...root.querySelectorAll(selector)]
        .filter(shown)
        // A control inside another counted control (a button in a summary) is one target with it.
        .map((element) => ({ element, box: element.getBoundingClientRect() }));
      // A link inside running text: its block holds text beyond the link itself.
      const inline = (element: Element) => {
        if (element.tagName !== "A") return false;
        const block = element.closest("p, li, td, dd, figcaption, small, span.note, .note");
        if (!block) return false;
        const own = (element.textContent ?? "").trim().length;
        return (block.textContent ?? "").trim().length > own + 3 && getComputedStyle(element).display === "inline";
      };
      const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
        Math.hypot(
          Math.max(box.left - point.x, 0, point.x - box.right),
          Math.max(box.top - point.y, 0, point.y - box.bottom),
        );
      const small = targets.filter(({ box }) => box.width < 23.5 || box.height < 23.5);
      const name = (element: Element) => {
        const type = element.getAttribute("type");
        const text =
          element.getAttribute("aria-label") ??
          (element as HTMLInputElement).labels?.[0]?.textContent ??
          element.textContent ??
          "";
        return `${element.tagName.toLowerCase()}${type ? `[${type}]` : ""} "${text.trim().replace(/\s+/gu, " ").slice(0, 40)}"`;
      };
      return small
        .filter(({ element, box }) => {
          if (inline(element)) return false;
          if (!spacing) return true;
          const own = centre(box);
          const crowded = targets.some((other) => {
            if (other.element === element || other.element.contains(element) || element.contains(other.element))
              return false;
            if (distanceToBox(own, other.box) < 12) return true;
            const otherSmall = other.box.width < 23.5 || other.box.height < 23.5;
            if (!otherSmall) return false;
            const theirs = centre(other.box);
            return Math.hypot(own.x - theirs.x, own.y - theirs.y) < 24;
          });
          return crowded;
        })
        .map(({ element, box }) => ({
          target: name(element),
          width: Math.round(box.width * 10) / 10,
          height: Math.round(box.height * 10) / 10,
        }));
    },
    [scope, spacing] as [string, boolean],
  );
}
