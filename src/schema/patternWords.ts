import type { Language } from "../language.ts";
import { slugify } from "./slugify.ts";

/** Lower-case words of letters and digits joined by hyphens: `denpasar-mossel-bay`. */
export const SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
/** A year, year-month or full date: 2019, 2019-05, 2019-05-01. */
export const PARTIAL_DATE = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
/** Two capital letters: an ISO 3166-1 alpha-2 country code. */
export const COUNTRY_CODE = "[A-Z]{2}";
/** A name without spaces (a coder, a source's file name): letters, digits, dots, underscores and hyphens. */
export const NAME = "[A-Za-z0-9._-]+";
/** Two or three lower-case letters: a BCP 47 language subtag. */
export const LANGUAGE = "[a-z]{2,3}";

/** A pattern of the format in words, for messages and the format's documentation, and the fix of a value that misses it. */
interface PatternWords {
  /** What the pattern accepts, in words. */
  words: string;
  /** The same in Indonesian. */
  wordsIndonesian: string;
  /** How to fix a cell that does not match, when that is obvious ("write it 2019-12-31"); undefined otherwise. */
  fix: (cell: string, language: Language) => string | undefined;
}

const MONTHS = [
  ["january", "januari"],
  ["february", "februari", "pebruari"],
  ["march", "maret"],
  ["april"],
  ["may", "mei"],
  ["june", "juni"],
  ["july", "juli"],
  ["august", "agustus", "agt"],
  ["september", "sept"],
  ["october", "oktober"],
  ["november", "nopember"],
  ["december", "desember"],
];

/** The month (1–12) an English or Indonesian month name or its abbreviation of three letters or more stands for. */
function monthOfName(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((names) => names.some((name) => name.startsWith(lower)));
  return index < 0 ? undefined : index + 1;
}

const two = (value: number) => String(value).padStart(2, "0");

/** `YYYY-MM` or `YYYY-MM-DD` when the date exists in the calendar, else undefined. */
function isoDate(year: number, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${two(month)}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? `${year}-${two(month)}-${two(day)}` : undefined;
}

const MONTH_NAMES = ["", ...MONTHS.map(([name]) => name![0]!.toUpperCase() + name!.slice(1))];
const MONTH_NAMES_INDONESIAN = [
  "",
  ...["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November"],
  "Desember",
];

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
const excelYear = (digits: string) => (Number(digits) < 30 ? 2000 : 1900) + Number(digits);

/**
 * How to write a date the way the format asks, for the forms students and spreadsheets write:
 * day first or month first with slashes, dots or hyphens; month and year; month names
 * (English or Indonesian); Excel's `Nov-12` (November 2012) and its day numbers (43831).
 * In Indonesian with `language` "id".
 * @example patternFix(PARTIAL_DATE, "31/12/2019") // "write it 2019-12-31"
 * @example dateFix("31/12/2019", "id") // "tulis 2019-12-31"
 */
export function dateFix(cell: string, language: Language = "en"): string | undefined {
  const id = language === "id";
  const write = (date: string) => (id ? `tulis ${date}` : `write it ${date}`);
  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(cell);
  if (match) {
    const month = Number(match[2]);
    if (month > 12)
      return id
        ? `tidak ada bulan ${match[2]}: tulis bulannya 01 sampai 12`
        : `there is no month ${match[2]}: write the month as 01 to 12`;
    const date = isoDate(Number(match[1]), month, match[3] === undefined ? undefined : Number(match[3]));
    return date === undefined ? undefined : write(date);
  }
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayFirst = isoDate(year, second, first);
    const monthFirst = isoDate(year, first, second);
    if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst)
      return id
        ? `tulis ${dayFirst} bila harinya di depan (${first} ${MONTH_NAMES_INDONESIAN[second]} ${year}), atau ${monthFirst} bila bulannya di depan`
        : `write it ${dayFirst} if the day comes first (${first} ${MONTH_NAMES[second]} ${year}), or ${monthFirst} if the month does`;
    const date = dayFirst ?? monthFirst;
    return date === undefined ? undefined : write(date);
  }
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(cell);
  if (match) {
    const date = isoDate(Number(match[2]), Number(match[1]));
    return date === undefined ? undefined : write(date);
  }
  // Excel's display of a year-month it took for a date: 2012-11 becomes Nov-12.
  match = /^([A-Za-z]{3,})-(\d{2})$/.exec(cell);
  if (match) {
    const month = monthOfName(match[1]!);
    if (month === undefined) return undefined;
    const date = isoDate(excelYear(match[2]!), month)!;
    return id
      ? `tulis ${date}; spreadsheet mengubah ${date} menjadi ${cell}: jadikan kolomnya teks sebelum mengetik tanggal`
      : `write it ${date}; a spreadsheet turned ${date} into ${cell}: format the column as text before typing dates`;
  }
  match = /^(?:(\d{1,2})\.?\s+)?([A-Za-z]{3,}\.?)[\s,-]+(\d{4})$/.exec(cell);
  if (match) {
    const month = monthOfName(match[2]!);
    if (month === undefined) return undefined;
    const date = isoDate(Number(match[3]), month, match[1] === undefined ? undefined : Number(match[1]));
    return date === undefined ? undefined : write(date);
  }
  // A date Excel stored as its day number (days since 30 December 1899), 1955 to 2118.
  if (/^\d{5}$/.test(cell) && Number(cell) >= 20000) {
    const date = new Date(Date.UTC(1899, 11, 30) + Number(cell) * 86_400_000).toISOString().slice(0, 10);
    return id
      ? `tulis ${date}; spreadsheet menyimpan tanggal itu sebagai nomor harinya ${cell}: jadikan kolomnya teks`
      : `write it ${date}; a spreadsheet stored the date as its day number ${cell}: format the column as text`;
  }
  return undefined;
}

/** A name without spaces or other signs: spaces become hyphens, accents are dropped. */
function nameFix(cell: string, language: Language): string | undefined {
  const name = cell
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, "-")
    .replace(/[^A-Za-z0-9._-]/g, "");
  if (name === "" || name === cell) return undefined;
  return language === "id"
    ? `tulis tanpa spasi atau tanda lain: maksudnya ${name}?`
    : `write it without spaces or other signs: did you mean ${name}?`;
}

const WORDS: Record<string, PatternWords> = {
  [SLUG]: {
    words: "lower-case letters and digits, words joined by hyphens",
    wordsIndonesian: "huruf kecil dan angka, kata-katanya disambung tanda hubung",
    fix: (cell, language) => {
      const slug = slugify(cell);
      if (slug === "") return undefined;
      return language === "id"
        ? `kode ditulis huruf kecil dengan tanda hubung: maksudnya ${slug}?`
        : `ids are lower case with hyphens: did you mean ${slug}?`;
    },
  },
  [PARTIAL_DATE]: {
    words: "a year, year-month or date written YYYY, YYYY-MM or YYYY-MM-DD",
    wordsIndonesian: "tahun, tahun-bulan atau tanggal, ditulis YYYY, YYYY-MM atau YYYY-MM-DD",
    fix: dateFix,
  },
  [COUNTRY_CODE]: {
    words: "a two-letter country code in capitals (ISO 3166-1 alpha-2)",
    wordsIndonesian: "kode negara dua huruf kapital (ISO 3166-1 alpha-2)",
    fix: (cell, language) =>
      /^[a-z]{2}$/i.test(cell)
        ? `${language === "id" ? "tulis dengan huruf kapital" : "write it in capitals"}: ${cell.toUpperCase()}`
        : undefined,
  },
  [NAME]: {
    words: "letters, digits, dots, underscores and hyphens, without spaces",
    wordsIndonesian: "huruf, angka, titik, garis bawah dan tanda hubung, tanpa spasi",
    fix: nameFix,
  },
  [LANGUAGE]: {
    words: "a language code of two or three lower-case letters (BCP 47)",
    wordsIndonesian: "kode bahasa dua atau tiga huruf kecil (BCP 47)",
    fix: (cell, language) =>
      /^[a-z]{2,3}$/i.test(cell)
        ? `${language === "id" ? "tulis dengan huruf kecil" : "write it in lower case"}: ${cell.toLowerCase()}`
        : undefined,
  },
};

/**
 * What a Table Schema pattern accepts, in words, with an example: messages and the format's documentation never
 * show a regular expression. A pattern the toolkit does not know is described by its example alone.
 * In Indonesian with `language` "id".
 * @example patternInWords(SLUG, "denpasar-mossel-bay") // "lower-case letters and digits, words joined by hyphens, such as denpasar-mossel-bay"
 * @example patternInWords(COUNTRY_CODE, "ID", "id") // "kode negara dua huruf kapital (ISO 3166-1 alpha-2), misalnya ID"
 */
export function patternInWords(pattern: string, example?: string, language: Language = "en"): string {
  if (language === "id") {
    const words = WORDS[pattern]?.wordsIndonesian;
    if (words === undefined)
      return example === undefined ? "teks dengan bentuk yang diberikan skema" : `teks seperti ${example}`;
    return example === undefined ? words : `${words}, misalnya ${example}`;
  }
  const words = WORDS[pattern]?.words;
  if (words === undefined) return example === undefined ? "text of the form the schema gives" : `text like ${example}`;
  return example === undefined ? words : `${words}, such as ${example}`;
}

/**
 * How to fix a value that does not match a pattern, when that is obvious; undefined otherwise.
 * @example patternFix(PARTIAL_DATE, "31/12/2019") // "write it 2019-12-31"
 * @example patternFix(SLUG, "Surabaya-Kitakyushu") // "ids are lower case with hyphens: did you mean surabaya-kitakyushu?"
 */
export function patternFix(pattern: string, cell: string, language: Language = "en"): string | undefined {
  return WORDS[pattern]?.fix(cell, language);
}
