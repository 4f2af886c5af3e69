import { chartFontSize } from "../../src/charts/chartFontSize.ts";
import type { Language } from "../../src/language.ts";
import { presenting } from "./page.ts";

/** What a notebook's cell hands a view: the page's language and the width it draws at (Notebook Kit's `width`). */
export interface NotebookView {
  language: Language;
  width: number;
}

/** The text of a view in the page's language. */
export const say = (language: Language, indonesian: string, english: string): string =>
  language === "id" ? indonesian : english;

/** The size of chart text on a notebook's slide: the site's slides' (24 px on a 1920 projector, as seen). */
export const SLIDE_FONT_SIZE = 24;

/**
 * The size of a view's chart text. On the page, the site's for the screen:
 * chartFontSize of the chart's width, or of most of the screen's when the
 * notebook's column is narrower than the site's charts (13 px on a 1366 px
 * laptop, 16 on a 1920 projector), at most 16 in the column. In presentation
 * mode, the slides' (the cell draws again, at the slide's width, when the
 * presentation starts or ends).
 * @example chartText({language: "en", width: 390}) // 12 (on a phone's page)
 */
export function chartText({ width }: NotebookView): number {
  if (presenting()) return SLIDE_FONT_SIZE;
  const screen = typeof window === "undefined" ? 0 : window.innerWidth;
  return Math.max(chartFontSize(width), Math.min(16, chartFontSize(screen * 0.8)));
}

/** The height a slide gives to what is not its chart: the counter, the title, a one-line summary and a legend's row, in px. */
const SLIDE_FURNITURE = 240;

/**
 * The tallest a view's chart may be: on a slide, the screen's height less the
 * slide's counter, title, summary and legend; on the page, no limit.
 * @example chartHeight() // Infinity (on the page)
 */
export function chartHeight(): number {
  return presenting() ? window.innerHeight - SLIDE_FURNITURE : Infinity;
}

/**
 * The height of a chart's row (a bar, or a band of cells). On the page, `least`: room for its label's lines. On a
 * slide, the rows share the slide's chart height less `reserved` (the chart's axes and margins), each at most three
 * lines of the slide's text and never less than `least`, so that a chart of a few rows fills the screen rather than
 * its top third.
 * @example rowHeight(6, 32, 100) // 32 (on the page)
 */
export function rowHeight(rows: number, least: number, reserved: number): number {
  const room = chartHeight();
  if (!Number.isFinite(room)) return least;
  return Math.max(least, Math.min(SLIDE_FONT_SIZE * 3, Math.floor((room - reserved) / Math.max(1, rows))));
}

/**
 * The height of a chart of `rows` labelled rows and `reserved` pixels of axes and margins: each row room for its
 * label's `lines` lines of `fontSize` text (and at least `least` pixels), or its share of a slide (`rowHeight`).
 * @example labelledRowsHeight(3, 2, 12, 30) // 142.8 (on the page: 30 + 3 rows of 2 × 12 × 1.15 + 10)
 */
export function labelledRowsHeight(
  rows: number,
  lines: number,
  fontSize: number,
  reserved: number,
  least = 32,
): number {
  return reserved + rows * rowHeight(rows, Math.max(least, lines * fontSize * 1.15 + 10), reserved);
}
