import { comparePartialDates } from "../dataset/partialDate.ts";
import type { Bilingual } from "../language.ts";

/** A set of national rules for local governments' cooperation abroad, as the sources name it. */
export interface LegalRules {
  id: string;
  name: Bilingual;
  /** When the rules began to apply, as precisely as the sources date them (a year, year-month or date). */
  from: string;
  /** Where the sources name them. */
  source: string;
  /** Whether a source describes their procedure step by step, so that a step can be assessed against them. */
  describesProcedure: boolean;
}

/**
 * The rules the sources name, oldest first. Only Permendagri 25/2020 has its
 * procedure described (000, 4.1); 001 (1.1) names the 1993 circular and
 * Permendagri 3/2008 as the rules Bandung followed, without describing their
 * steps, and 002 describes five steps in 2008 naming no rules for them.
 */
export const LEGAL_RULES: readonly LegalRules[] = [
  {
    id: "se-mendagri-193-1652-puod-1993",
    name: {
      id: "Surat Edaran Menteri Dalam Negeri No. 193/1652/PUOD (26 April 1993)",
      en: "Circular of the Minister of Home Affairs No. 193/1652/PUOD (26 April 1993)",
    },
    from: "1993-04-26",
    source: "001 (1.1)",
    describesProcedure: false,
  },
  {
    id: "permendagri-3-2008",
    name: { id: "Permendagri 3/2008", en: "Permendagri 3/2008" },
    from: "2008",
    source: "001 (1.1)",
    describesProcedure: false,
  },
  {
    id: "permendagri-25-2020",
    name: { id: "Permendagri 25/2020", en: "Permendagri 25/2020" },
    from: "2020",
    source: "000 (4.1)",
    describesProcedure: true,
  },
];

/** The rules the toolkit's stages and requirements come from. */
export const PROCEDURE_RULES = LEGAL_RULES.at(-1)!;

/**
 * The rules in force at a date, as far as the sources name them: the latest
 * rules that began on or before it; null before the oldest rules named. A
 * date inside the year rules began (2008-09 for rules of 2008) counts as
 * under them.
 * @example rulesInForce("2006-09-21")?.id // "se-mendagri-193-1652-puod-1993"
 * @example rulesInForce("1960") // null
 */
export function rulesInForce(date: string, rules: readonly LegalRules[] = LEGAL_RULES): LegalRules | null {
  let found: LegalRules | null = null;
  for (const entry of rules) if (comparePartialDates(entry.from, date) <= 0) found = entry;
  return found;
}
