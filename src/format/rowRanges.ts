import type { Language } from "../language.ts";

/**
 * Spreadsheet rows (in ascending order) as ranges, for a message: the first ten ranges, and how many more there are.
 * @example rowRanges([2, 3, 4, 9]) // "rows 2–4, 9"
 * @example rowRanges([7]) // "row 7"
 * @example rowRanges([2, 3, 4, 9], "id") // "baris 2–4, 9"
 */
export function rowRanges(rows: readonly number[], language: Language = "en"): string {
  const ranges: string[] = [];
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end]! + 1) end++;
    ranges.push(end === start ? `${rows[start]}` : `${rows[start]}–${rows[end]}`);
    start = end + 1;
  }
  if (language === "id") {
    const more = ranges.length > 10 ? `, dan ${ranges.length - 10} rentang lagi` : "";
    return `baris ${ranges.slice(0, 10).join(", ")}${more}`;
  }
  const more = ranges.length > 10 ? `, and ${ranges.length - 10} more ranges` : "";
  return `${rows.length === 1 ? "row" : "rows"} ${ranges.slice(0, 10).join(", ")}${more}`;
}
