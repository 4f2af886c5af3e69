import type { Language } from "../language.ts";

/**
 * A row's text in a language: in Indonesian its Indonesian version (the
 * column `<field>_indonesian`) when the row has one, otherwise the text as
 * written (English, or a quotation that is Indonesian already).
 * @example textIn({note: "Pending.", note_indonesian: "Tertunda."}, "note", "id") // "Tertunda."
 */
export function textIn<Row extends object, Field extends keyof Row & string>(
  row: Row,
  field: Field,
  language: Language,
): Row[Field] {
  if (language === "id") {
    const translated = (row as Record<string, unknown>)[`${field}_indonesian`];
    if (typeof translated === "string" && translated !== "") return translated as Row[Field];
  }
  return row[field];
}
