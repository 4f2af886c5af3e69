import { group } from "d3";
import type { Coding } from "../dataset/types.ts";

export interface ResolveOptions {
  /** Use only this coder's codings. */
  coder?: string;
}

/**
 * Reduces the codings to one per (partnership, framework, indicator), so
 * frameworks score a single judgement. With `coder`, only that coder's rows
 * count. Otherwise, where several coders judged the same indicator, the
 * lower median of their non-NA scores is used (the conservative middle
 * judgement) and its coding is kept as evidence; the indicator is NA only
 * when every coder said NA. It does not measure how far the coders agree.
 */
export function resolveCodings(codings: Coding[], options: ResolveOptions = {}): Coding[] {
  const { coder } = options;
  const selected = coder === undefined ? codings : codings.filter((coding) => coding.coder === coder);
  // One coder only: the primary key already makes each indicator unique.
  if (hasOneCoder(selected)) return selected;
  const groups = group(selected, (coding) => `${coding.partnership}\u0000${coding.framework}\u0000${coding.indicator}`);
  const resolved: Coding[] = [];
  for (const codingsOfIndicator of groups.values()) {
    if (codingsOfIndicator.length === 1) {
      resolved.push(codingsOfIndicator[0]!);
      continue;
    }
    const scored = codingsOfIndicator.filter((coding) => coding.score !== null).sort((a, b) => a.score! - b.score!);
    resolved.push(scored.length === 0 ? codingsOfIndicator[0]! : scored[Math.floor((scored.length - 1) / 2)]!);
  }
  return resolved;
}

function hasOneCoder(codings: Coding[]): boolean {
  for (let index = 1; index < codings.length; index++) if (codings[index]!.coder !== codings[0]!.coder) return false;
  return true;
}
