import { wrapWords } from "../format/wrapWords.ts";

/** The width the CLI's text is set to: a terminal of 120 columns. */
export const TERMINAL_WIDTH = 120;

/**
 * A paragraph of the CLI's prose as lines that fit the terminal: the first line starts with `indent`, the lines after
 * it with `hanging` (two more spaces than `indent` by default), so that a wrapped line reads as part of its item.
 * @example paragraph("COM: Membership in the element Commitment", "  ", 24) // ["  COM: Membership in", "    the element", "    Commitment"]
 */
export function paragraph(text: string, indent = "", width = TERMINAL_WIDTH, hanging = `${indent}  `): string[] {
  return wrapWords(text, width - hanging.length).map((line, index) => `${index === 0 ? indent : hanging}${line}`);
}
