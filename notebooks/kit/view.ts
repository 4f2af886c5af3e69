import type { Language } from "../../src/language.ts";

/** What a notebook's cell hands a view: the page's language and the width it draws at (Notebook Kit's `width`). */
export interface NotebookView {
  language: Language;
  width: number;
}

/** The text of a view in the page's language. */
export const say = (language: Language, indonesian: string, english: string): string =>
  language === "id" ? indonesian : english;
