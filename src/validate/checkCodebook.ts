import type { Coding } from "../dataset/types.ts";
import { quoteValue, type Problem } from "../problem.ts";
import { frameworks, FRAMEWORK_IDS } from "../frameworks/registry.ts";
import { scaleRange } from "../frameworks/scales.ts";
import type { Table } from "../schema/readTable.ts";

/**
 * Checks codings against the codebook: a known framework and indicator, a
 * score on that framework's scale, and evidence and a source for every score
 * above 0 (a claim that something happened must be quotable).
 */
export function checkCodebook(table: Table): Problem[] {
  const problems: Problem[] = [];
  const column = (field: string) => table.columns[field] ?? 0;
  table.rows.forEach((row, index) => {
    const coding = row as unknown as Coding;
    const at = { file: table.file, row: table.rowNumbers[index]! };
    if (coding.framework === null) return;
    const framework = (frameworks as Record<string, (typeof frameworks)[keyof typeof frameworks]>)[coding.framework];
    if (framework === undefined) {
      problems.push({ ...at, column: column("framework"), field: "framework", message: "unknown framework", expected: `one of ${FRAMEWORK_IDS.filter((id) => frameworks[id].indicators.length > 0).join(", ")}`, found: quoteValue(coding.framework) });
      return;
    }
    if (coding.indicator !== null && !framework.indicators.some((indicator) => indicator.id === coding.indicator)) {
      problems.push({ ...at, column: column("indicator"), field: "indicator", message: `unknown indicator of ${framework.id}`, expected: `one of ${framework.indicators.map((indicator) => indicator.id).join(", ") || "(this framework reads events, not codings)"}`, found: quoteValue(coding.indicator) });
      return;
    }
    if (coding.score === null) return;
    const [low, high] = scaleRange(framework.scale);
    if (coding.score < low || coding.score > high) {
      problems.push({ ...at, column: column("score"), field: "score", message: `score is not on the scale of ${framework.id}`, expected: `an integer from ${low} to ${high} or NA`, found: quoteValue(String(coding.score)) });
      return;
    }
    if (coding.score > 0) {
      if (coding.evidence === null)
        problems.push({ ...at, column: column("evidence"), field: "evidence", message: "evidence is required for a score above 0", expected: "a short quote from the source", found: '""' });
      if (coding.source === null)
        problems.push({ ...at, column: column("source"), field: "source", message: "source is required for a score above 0", expected: "an id listed in sources.csv", found: '""' });
    }
  });
  return problems;
}
