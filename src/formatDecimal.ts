import type { Language } from "./language.ts";

/**
 * A number with a fixed count of decimals, written as a reader of the
 * language writes it: a decimal point in English, a decimal comma in
 * Indonesian (as the Indonesian view writes its Wilson intervals, "0,19–0,81"),
 * so that one sentence never mixes the two. No thousands separator.
 *
 * @param value The number.
 * @param digits The decimals shown (rounded half away from zero).
 * @param language The reader's language.
 * @example formatDecimal(0.875, 2, "id") // "0,88"
 * @example formatDecimal(0.875, 2, "en") // "0.88"
 * @example formatDecimal(-0.4, 3, "id") // "-0,400"
 */
export function formatDecimal(value: number, digits: number, language: Language): string {
  return new Intl.NumberFormat(language === "id" ? "id-ID" : "en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}
