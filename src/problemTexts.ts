import type { Language } from "./language.ts";
import { formatProblem, type Problem } from "./problem.ts";

/** The particulars a problem's words are made of (a field's name, a framework's id, the ends of a scale). */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** What a problem says in one language: what is wrong and, when it can be said, what was expected. */
interface ProblemWords {
  message: (params: ProblemParams) => string;
  expected?: (params: ProblemParams) => string | undefined;
}

/**
 * The words of the problems a researcher meets while coding (the workbench shows them in its language), by code,
 * in both languages: the one place they are written. The English words are the messages the CLI prints; a message
 * about a field starts with the field's name in both languages (the workbench says the field's title instead).
 */
export const PROBLEM_TEXTS = {
  required: {
    en: { message: ({ field }) => `${field} is required` },
    id: { expected: cellExpected, message: ({ field }) => `${field} wajib diisi` },
  },
  "not-integer": {
    en: { message: ({ field }) => `${field} is not an integer` },
    id: { expected: cellExpected, message: ({ field }) => `${field} bukan bilangan bulat` },
  },
  "not-number": {
    en: { message: ({ field }) => `${field} is not a number` },
    id: { expected: cellExpected, message: ({ field }) => `${field} bukan angka` },
  },
  "not-year": {
    en: { message: ({ field }) => `${field} is not a year` },
    id: { expected: cellExpected, message: ({ field }) => `${field} bukan tahun` },
  },
  "not-boolean": {
    en: { message: ({ field }) => `${field} is not true or false` },
    id: { expected: cellExpected, message: ({ field }) => `${field} bukan true atau false` },
  },
  "empty-not-marked": {
    en: { message: ({ field, markers }) => `${field} is empty: write ${markers} where the value is missing` },
    id: {
      expected: cellExpected,
      message: ({ field, markers }) =>
        `${field} kosong: tulis ${String(markers).replaceAll(" or ", " atau ")} bila nilainya tidak ada`,
    },
  },
  "not-in-calendar": {
    en: {
      message: ({ field, reason }) => `${field} is not a date in the calendar: ${reason}`,
      expected: () => "a year, year-month or date that exists (YYYY, YYYY-MM or YYYY-MM-DD)",
    },
    id: {
      message: ({ field, reason, reasonIndonesian }) =>
        `${field} bukan tanggal yang ada di kalender: ${reasonIndonesian ?? reason}`,
      expected: () => "tahun, tahun-bulan atau tanggal yang ada (YYYY, YYYY-MM atau YYYY-MM-DD)",
    },
  },
  "not-allowed": {
    en: { message: ({ field }) => `${field} is not one of the allowed values` },
    id: { expected: cellExpected, message: ({ field }) => `${field} bukan salah satu nilai yang diizinkan` },
  },
  "wrong-form": {
    en: { message: ({ field, fix }) => `${field} does not have the expected form${fix ? `: ${fix}` : ""}` },
    id: {
      expected: cellExpected,
      message: ({ field, fix, fixIndonesian }) =>
        `${field} tidak berbentuk seperti yang diminta${fix ? `: ${fixIndonesian ?? fix}` : ""}`,
    },
  },
  "too-small": {
    en: { message: ({ field }) => `${field} is too small` },
    id: { expected: cellExpected, message: ({ field }) => `${field} terlalu kecil` },
  },
  "too-large": {
    en: { message: ({ field }) => `${field} is too large` },
    id: { expected: cellExpected, message: ({ field }) => `${field} terlalu besar` },
  },
  "too-long": {
    en: {
      message: ({ field }) => `${field} is too long`,
      expected: ({ maxLength }) => `at most ${maxLength} characters`,
    },
    id: {
      message: ({ field }) => `${field} terlalu panjang`,
      expected: ({ maxLength }) => `paling banyak ${maxLength} karakter`,
    },
  },
  "control-character": {
    en: {
      message: ({ field }) => `${field} contains a control character (a NUL byte or a terminal escape)`,
      expected: () => "text without control characters other than tab and line breaks",
    },
    id: {
      message: ({ field }) => `${field} memuat karakter kendali (bita NUL atau kode escape terminal)`,
      expected: () => "teks tanpa karakter kendali selain tab dan ganti baris",
    },
  },
  "duplicate-key": {
    en: {
      message: ({ key, seen }) => `duplicate ${key}: the same value is on row ${seen}`,
      expected: () => "a value that appears once",
    },
    id: {
      message: ({ key, seen }) => `${key} ganda: nilai yang sama sudah ada di baris ${seen}`,
      expected: () => "nilai yang muncul sekali saja",
    },
  },
  "unknown-reference": {
    en: {
      message: ({ fields, resource }) => `${fields} refers to an unknown ${String(resource).replace(/s$/, "")}`,
      expected: ({ referenced, file }) =>
        `${/^[aeiou]/.test(String(referenced)) ? "an" : "a"} ${referenced} listed in ${file}`,
    },
    id: {
      message: ({ fields, resource }) =>
        `${fields} merujuk ke ${RESOURCE_WORDS[String(resource)] ?? resource} yang tidak dikenal`,
      expected: ({ referenced, file }) => `${referenced} yang tercantum di ${file}`,
    },
  },
  "rows-refer-to-it": {
    en: {
      message: ({ count, files, where }) =>
        `${count} row${count === 1 ? "" : "s"} of ${files} refer${count === 1 ? "s" : ""} to it (${where}): they are checked again once it is fixed`,
    },
    id: {
      message: ({ count, files, where, whereIndonesian }) =>
        `${count} baris ${String(files).replaceAll(" and ", " dan ")} merujuk kepadanya (${whereIndonesian ?? where}): baris itu diperiksa lagi setelah ini diperbaiki`,
    },
  },
  "unknown-framework": {
    en: { message: () => "unknown framework", expected: ({ known }) => `one of ${known}` },
    id: { message: () => "kerangka tidak dikenal", expected: ({ known }) => `salah satu dari ${known}` },
  },
  "unknown-indicator": {
    en: {
      message: ({ framework }) => `unknown indicator of ${framework}`,
      expected: ({ known }) => `one of ${known || "(this framework reads events, not codings)"}`,
    },
    id: {
      message: ({ framework }) => `indikator ${framework} tidak dikenal`,
      expected: ({ known }) => `salah satu dari ${known || "(kerangka ini membaca peristiwa, bukan koding)"}`,
    },
  },
  "off-scale": {
    en: {
      message: ({ framework }) => `score is not on the scale of ${framework}`,
      expected: ({ low, high }) => `an integer from ${low} to ${high} or NA`,
    },
    id: {
      message: ({ framework }) => `score tidak ada pada skala ${framework}`,
      expected: ({ low, high }) => `bilangan bulat dari ${low} sampai ${high} atau NA`,
    },
  },
  "evidence-required": {
    en: {
      message: () => "evidence is required for a score above 0",
      expected: () => "a short quote from the source",
    },
    id: {
      message: () => "evidence wajib diisi untuk skor di atas 0",
      expected: () => "kutipan singkat dari sumber",
    },
  },
  "source-required": {
    en: {
      message: () => "source is required for a score above 0",
      expected: () => "an id listed in sources.csv",
    },
    id: {
      message: () => "source wajib diisi untuk skor di atas 0",
      expected: () => "kode sumber yang tercantum di sources.csv",
    },
  },
  "evidence-kind-required": {
    en: {
      message: () => "evidence_kind is required for a score above 0",
      expected: ({ kinds }) => `what the evidence is: ${kinds}`,
    },
    id: {
      message: () => "evidence_kind wajib diisi untuk skor di atas 0",
      expected: ({ kinds, kindsIndonesian }) => `jenis buktinya: ${kindsIndonesian ?? kinds}`,
    },
  },
} satisfies Record<string, Record<Language, ProblemWords>>;

/** What a cell of the field should hold, in Indonesian, as the cell's reader worked it out (castCell). */
function cellExpected({ expectedIndonesian }: ProblemParams): string | undefined {
  return expectedIndonesian === undefined ? undefined : String(expectedIndonesian);
}

/** The dataset's files as an Indonesian sentence names what their rows are. */
const RESOURCE_WORDS: Readonly<Record<string, string>> = {
  partnerships: "kerja sama",
  sources: "sumber",
  events: "peristiwa",
  codings: "koding",
};

export type ProblemCode = keyof typeof PROBLEM_TEXTS;

/**
 * A problem's code, particulars and English words, to spread into a Problem: the English words are what the CLI
 * prints, and `problemWords` says the same in another language from the code and particulars.
 * @example saidAs("off-scale", { framework: "ringrose", low: 0, high: 2 }).expected // "an integer from 0 to 2 or NA"
 */
export function saidAs(
  code: ProblemCode,
  params: ProblemParams,
): { code: ProblemCode; params: ProblemParams; message: string; expected?: string } {
  const words: ProblemWords = PROBLEM_TEXTS[code].en;
  return {
    code,
    params,
    message: words.message(params),
    ...(words.expected === undefined ? {} : { expected: words.expected(params) }),
  };
}

/**
 * What a problem says in a language: from its code and particulars when it has them, else its own (English)
 * words. `expected` is undefined when the problem's words for that language say nothing expected.
 * @example problemWords({ file: "codings.csv", row: 2, column: 4, field: "score", code: "too-large", params: { field: "score" }, message: "score is too large" }, "id").message // "score terlalu besar"
 */
export function problemWords(
  problem: { code?: string; params?: ProblemParams; message: string; expected?: string },
  language: Language,
): { message: string; expected?: string } {
  const texts =
    problem.code === undefined
      ? undefined
      : (PROBLEM_TEXTS as Record<string, Record<Language, ProblemWords>>)[problem.code];
  if (language === "en" || texts === undefined || problem.params === undefined)
    return { message: problem.message, ...(problem.expected === undefined ? {} : { expected: problem.expected }) };
  const words = texts[language];
  const expected = words.expected?.(problem.params) ?? problem.expected;
  return { message: words.message(problem.params), ...(expected === undefined ? {} : { expected }) };
}

/**
 * A problem as `file:row:column: message (expected …, found …)` in a language: the CLI's English words, or the
 * problem's words in Indonesian ("diharapkan …, ditemukan …") when it has a code.
 * @example formatProblemIn({ file: "codings.csv", row: 5, column: 4, field: "score", ...saidAs("too-large", { field: "score" }), expected: "an integer from 0 to 2 or NA", found: '"3"' }, "id")
 * // 'codings.csv:5:4: score terlalu besar (diharapkan an integer from 0 to 2 or NA, ditemukan "3")'
 */
export function formatProblemIn(problem: Problem, language: Language): string {
  if (language === "en") return formatProblem(problem);
  const { message, expected } = problemWords(problem, language);
  const details = [
    expected === undefined ? undefined : `diharapkan ${expected}`,
    problem.found === undefined ? undefined : `ditemukan ${problem.found}`,
  ].filter((part): part is string => part !== undefined);
  const place = formatProblem({ file: problem.file, row: problem.row, column: problem.column, message });
  return details.length > 0 ? `${place} (${details.join(", ")})` : place;
}
