import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { FrameworkSet } from "../frameworks/types.ts";
import type { QcaData } from "../qca/qcaData.ts";
import type { PartnershipScore } from "../score/scoreDataset.ts";

/** Every set the frameworks of a registry define for QCA, with the framework it belongs to. */
export function registrySets(
  registry: Registry = frameworks,
): Array<{ framework: string; set: FrameworkSet<unknown> }> {
  const sets = Object.entries(registry).flatMap(([framework, definition]) =>
    ((definition.sets ?? []) as Array<FrameworkSet<unknown>>).map((set) => ({ framework, set })),
  );
  const names = sets.map((entry) => entry.set.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new Error(`two frameworks define the set ${repeated}`);
  return sets;
}

/**
 * The QCA data of scored partnerships: each partnership a case, its
 * membership in each chosen set (conditions and outcome) as the frameworks
 * calibrate it. A partnership with NA in any of them is left out and listed
 * with the sets it lacks, never counted as 0.
 */
export function qcaDataFromScores(
  scores: ReadonlyArray<PartnershipScore<Registry>>,
  options: { outcome: string; conditions: readonly string[]; registry?: Registry },
): { data: QcaData; leftOut: Array<{ case: string; missing: string[] }> } {
  const sets = registrySets(options.registry);
  const find = (name: string) => {
    const entry = sets.find((candidate) => candidate.set.name === name);
    if (entry === undefined)
      throw new Error(
        `there is no set ${JSON.stringify(name)} (the frameworks define ${sets.map((candidate) => candidate.set.name).join(", ")})`,
      );
    return entry;
  };
  const conditionSets = options.conditions.map(find);
  const outcomeSet = find(options.outcome);
  const data: QcaData = {
    cases: [],
    conditions: [...options.conditions],
    values: [],
    outcomeName: options.outcome,
    outcome: [],
  };
  const leftOut: Array<{ case: string; missing: string[] }> = [];
  for (const score of scores) {
    const membership = (entry: (typeof sets)[number]) => entry.set.membership(score[entry.framework]);
    const values = conditionSets.map(membership);
    const outcome = membership(outcomeSet);
    const missing = [...conditionSets, outcomeSet].filter(
      (_, index) => (index < values.length ? values[index] : outcome) === null,
    );
    if (missing.length > 0) {
      leftOut.push({ case: score.id, missing: missing.map((entry) => entry.set.name) });
      continue;
    }
    data.cases.push(score.id);
    data.values.push(values as number[]);
    data.outcome.push(outcome!);
  }
  return { data, leftOut };
}
