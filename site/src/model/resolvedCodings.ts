import type { Coding } from "../../../src/dataset/types.ts";
import { RESOURCES } from "../../../src/dataset/schemas.ts";
import { formatCsv } from "../../../src/format/formatCsv.ts";
import type { CodingReliability } from "../../../src/reliability/codingReliability.ts";
import type { Resolution } from "./storage.ts";

/** A coding unit's key: its partnership, framework and indicator. */
export const unitKey = (coding: { partnership: string; framework: string; indicator: string }) =>
  `${coding.partnership}\u0000${coding.framework}\u0000${coding.indicator}`;
/** A score as the resolution and the CSV write it: "NA" for none. */
export const scoreText = (score: number | null) => (score === null ? "NA" : String(score));

/**
 * The resolved coding: every unit the coders agreed on, and every resolved
 * disagreement, as one coding under the coder "consensus" (the chosen
 * coder's evidence, or the first coder's when a score was typed); unresolved
 * disagreements are left out and counted.
 */
export function resolvedCodings(
  codings: readonly Coding[],
  result: CodingReliability,
  resolutions: ReadonlyMap<string, Resolution>,
): { rows: Coding[]; open: number } {
  const byUnit = new Map<string, Coding[]>();
  for (const coding of codings) byUnit.set(unitKey(coding), [...(byUnit.get(unitKey(coding)) ?? []), coding]);
  const disagreeing = new Set(result.disagreements.map(unitKey));
  const rows: Coding[] = [];
  let open = 0;
  for (const [key, unit] of byUnit) {
    const sorted = [...unit].sort((a, b) => (a.coder < b.coder ? -1 : 1));
    if (!disagreeing.has(key)) {
      rows.push({ ...sorted[0]!, coder: "consensus" });
      continue;
    }
    const resolution = resolutions.get(key);
    if (resolution === undefined || resolution.score === "") {
      open++;
      continue;
    }
    const chosen = resolution.score.startsWith("coder:")
      ? sorted.find((coding) => coding.coder === resolution.score.slice("coder:".length))!
      : (sorted.find((coding) => scoreText(coding.score) === resolution.score) ?? sorted[0]!);
    const score = resolution.score.startsWith("coder:")
      ? chosen.score
      : resolution.score === "NA"
        ? null
        : Number(resolution.score);
    const note = [chosen.note, resolution.note].filter(Boolean).join(" — ") || null;
    rows.push({ ...chosen, score, coder: "consensus", note });
  }
  return { rows, open };
}

/** The resolved codings as a `codings.csv` of the dataset format. */
export function codingsCsv(rows: readonly Coding[]): string {
  const fields = RESOURCES.codings.schema.fields.map((field) => field.name);
  return formatCsv(
    fields,
    rows.map((row) =>
      fields.map((field) => {
        const value = row[field as keyof Coding];
        return field === "score" ? scoreText(value as number | null) : ((value as string | null) ?? "");
      }),
    ),
    { escapeFormulae: false },
  );
}
