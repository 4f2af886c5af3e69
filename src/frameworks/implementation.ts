import type { PartnershipEvent } from "../dataset/types.ts";
import type { Framework, PartnershipInput } from "./types.ts";
import { presenceScale } from "./scales.ts";

export interface ImplementationCount {
  /** Action plans and activities agreed, whatever became of them. */
  planned: number;
  realised: number;
  cancelled: number;
  /** realised / planned, or null when nothing was planned. */
  rate: number | null;
}

export interface ImplementationResult extends ImplementationCount {
  byField: Record<string, ImplementationCount>;
  /** The activity events counted, for the evidence table. */
  activities: PartnershipEvent[];
}

/** Planned, realised and cancelled counts of some activities, in one pass. */
function count(events: PartnershipEvent[]): ImplementationCount {
  let realised = 0;
  let cancelled = 0;
  for (const event of events) {
    if (event.status === "realised") realised++;
    else if (event.status === "cancelled") cancelled++;
  }
  return { planned: events.length, realised, cancelled, rate: events.length > 0 ? realised / events.length : null };
}

const NOTHING_PLANNED: ImplementationResult = Object.freeze({ planned: 0, realised: 0, cancelled: 0, rate: null, byField: Object.freeze({}), activities: Object.freeze([]) as unknown as PartnershipEvent[] });

/**
 * Implementation: action plans and activities planned versus realised,
 * overall and by field of cooperation, from the partnership's `activity`
 * events (whatever their status). Every plan counts once in `planned`.
 */
export const implementation: Framework<ImplementationResult> = {
  id: "implementation",
  name: { id: "Pelaksanaan rencana aksi", en: "Implementation of action plans" },
  description: {
    id: "Rencana aksi dan kegiatan yang direncanakan dibandingkan dengan yang terlaksana, secara keseluruhan dan per bidang kerja sama.",
    en: "Action plans and activities planned compared with those realised, overall and by field of cooperation.",
  },
  citation: "Faishal, M. A., & Yulianti, D. (n.d.). Paradiplomasi Jawa Barat melalui kerja sama sister province antara Jawa Barat dan Souss-Massa. Source 004, Tables 1 and 2.",
  sources: ["004_f2ed6371404c23dd.txt", "000_3d052c1bdfd84016.txt"],
  notes: [
    {
      id: "Dihitung dari peristiwa bertahap 'activity'; setiap rencana dihitung sekali dalam jumlah rencana, apa pun statusnya.",
      en: "Counted from events of stage 'activity'; every plan counts once among the planned, whatever its status.",
    },
  ],
  reads: ["events"],
  scale: presenceScale,
  groups: [],
  indicators: [],
  score(input: PartnershipInput): ImplementationResult {
    const activities = input.events.filter((event) => event.stage === "activity");
    // Nothing planned (registry rows, partnerships coded from codings alone): one shared, frozen result.
    if (activities.length === 0) return NOTHING_PLANNED;
    // Plain maps and code-unit order: this runs once per partnership, so it must stay cheap on large datasets.
    const fields = new Map<string, PartnershipEvent[]>();
    for (const event of activities) {
      const field = event.field ?? "unspecified";
      const members = fields.get(field);
      if (members === undefined) fields.set(field, [event]);
      else members.push(event);
    }
    const byField: Record<string, ImplementationCount> = {};
    for (const field of [...fields.keys()].sort()) byField[field] = count(fields.get(field)!);
    return { ...count(activities), byField, activities };
  },
};
