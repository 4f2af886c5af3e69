import { saidAs } from "../problemTexts.ts";
import { evidenceKinds } from "../dataset/vocabularies.ts";
import { quoteValue, type Problem } from "../problem.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { scaleRange } from "../frameworks/scales.ts";
import { columnValue } from "../schema/columns.ts";
import type { Table } from "../schema/readTable.ts";

/** What the codebook says about one (framework, indicator) pair found in the data. */
type PairCheck = { problem: Omit<Problem, "file" | "row"> } | { range: [number, number]; frameworkId: string };

/**
 * Checks codings against the codebook: a known framework and indicator, a
 * score on that framework's scale, and evidence and a source for every score
 * above 0 (a claim that something happened must be quotable). Each distinct
 * (framework, indicator) pair is looked up once; rows are checked by number.
 */
export function checkCodebook(table: Table<unknown>, registry: Registry = frameworks): Problem[] {
  const problems: Problem[] = [];
  const column = (field: string) => table.columns[field] ?? 0;
  const checkPair = (frameworkText: string, indicator: string | null): PairCheck => {
    const framework = Object.hasOwn(registry, frameworkText) ? registry[frameworkText] : undefined;
    if (framework === undefined)
      return {
        problem: {
          column: column("framework"),
          field: "framework",
          ...saidAs("unknown-framework", {
            known: Object.keys(registry)
              .filter((id) => registry[id]!.indicators.length > 0)
              .join(", "),
          }),
          found: quoteValue(frameworkText),
        },
      };
    if (indicator !== null && !framework.indicators.some((entry) => entry.id === indicator))
      return {
        problem: {
          column: column("indicator"),
          field: "indicator",
          ...saidAs("unknown-indicator", {
            framework: framework.id,
            known: framework.indicators.map((entry) => entry.id).join(", "),
          }),
          found: quoteValue(indicator),
        },
      };
    return { range: scaleRange(framework.scale), frameworkId: framework.id };
  };
  const frameworkCodes = table.codesOf("framework");
  const indicatorCodes = table.codesOf("indicator");
  // One entry per (framework, indicator) pair, indexed by their two numbers (indicator -1, missing, shifted to 0).
  const checks = new Map<number, PairCheck>();
  const stride = indicatorCodes.values.length + 1;
  const [scores, evidence, sources, kinds] = (["score", "evidence", "source", "evidence_kind"] as const).map(
    (field) => table.values[field],
  );
  for (let index = 0; index < table.length; index++) {
    const frameworkCode = frameworkCodes.codes[index]!;
    if (frameworkCode < 0) continue;
    const indicatorCode = indicatorCodes.codes[index]!;
    const pair = frameworkCode * stride + indicatorCode + 1;
    let check = checks.get(pair);
    if (check === undefined)
      checks.set(
        pair,
        (check = checkPair(
          String(frameworkCodes.values[frameworkCode]),
          indicatorCode < 0 ? null : String(indicatorCodes.values[indicatorCode]),
        )),
      );
    const at = { file: table.file, row: table.rowNumbers[index]! };
    if ("problem" in check) {
      problems.push({ ...at, ...check.problem });
      continue;
    }
    const score = scores === undefined ? null : columnValue(scores, index);
    if (typeof score !== "number") continue;
    const [low, high] = check.range;
    if (score < low || score > high) {
      problems.push({
        ...at,
        column: column("score"),
        field: "score",
        ...saidAs("off-scale", { framework: check.frameworkId, low, high }),
        found: quoteValue(String(score)),
      });
      continue;
    }
    if (score > 0) {
      if (evidence === undefined || columnValue(evidence, index) === null)
        problems.push({
          ...at,
          column: column("evidence"),
          field: "evidence",
          ...saidAs("evidence-required", {}),
          found: '""',
        });
      if (sources === undefined || columnValue(sources, index) === null)
        problems.push({
          ...at,
          column: column("source"),
          field: "source",
          ...saidAs("source-required", {}),
          found: '""',
        });
      if (kinds === undefined || columnValue(kinds, index) === null)
        problems.push({
          ...at,
          column: column("evidence_kind"),
          field: "evidence_kind",
          ...saidAs("evidence-kind-required", {
            kinds: evidenceKinds.codes.join(", "),
            kindsIndonesian: evidenceKinds.codes.map((kind) => evidenceKinds.labels[kind].id).join(", "),
          }),
          found: '""',
        });
    }
  }
  return problems;
}
