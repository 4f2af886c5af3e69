/** The languages of the toolkit: Indonesian, the language of the sources and of most users, and English. */
export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in the two languages of the toolkit. */
export type Bilingual = Readonly<Record<Language, string>>;

/**
 * A closed list of codes, each with its label in both languages, declared
 * once: the codes' order is the order the labels are written in, and types
 * derive from it (`VocabularyCode<typeof kinds>`).
 */
export interface Vocabulary<Code extends string> {
  readonly codes: readonly Code[];
  readonly labels: Readonly<Record<Code, Bilingual>>;
}

export type VocabularyCode<V> = V extends Vocabulary<infer Code> ? Code : never;

/**
 * Declares a vocabulary from its labels.
 * @example vocabulary({realised: {id: "terlaksana", en: "realised"}}).codes // ["realised"]
 */
export function vocabulary<const Code extends string>(labels: Record<Code, Bilingual>): Vocabulary<Code> {
  return { codes: Object.freeze(Object.keys(labels) as Code[]), labels };
}

/**
 * The label of a code in a language; a code outside the vocabulary is shown as it is, and null as `none`.
 * @example vocabularyLabel(eventStatuses, "planned", "id") // "direncanakan"
 */
export function vocabularyLabel<Code extends string>(
  vocabulary: Vocabulary<Code>,
  code: string | null,
  language: Language,
  none = "—",
): string {
  if (code === null) return none;
  return (vocabulary.labels as Partial<Record<string, Bilingual>>)[code]?.[language] ?? code;
}

/**
 * Every code's label in one language, as chart options take them (`statusLabels`, `kindLabels`).
 * @example vocabularyLabels(eventStatuses, "id").planned // "direncanakan"
 */
export function vocabularyLabels<Code extends string>(
  vocabulary: Vocabulary<Code>,
  language: Language,
): Record<Code, string> {
  const labels = {} as Record<Code, string>;
  for (const code of vocabulary.codes) labels[code] = vocabulary.labels[code][language];
  return labels;
}
