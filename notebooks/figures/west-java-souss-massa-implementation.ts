// The figures the West Java–Souss-Massa notebook states in its prose, computed with the toolkit.
import type { Indonesia } from "../kit/data.ts";

/** The action plans of West Java–Souss-Massa: its activity events, as the implementation framework counts them. */
export function actionPlans(data: Indonesia) {
  return data.scores.find((entry) => entry.id === "jawa-barat-souss-massa")!.implementation;
}

export function figures(data: Indonesia): Record<string, number> {
  const plans = actionPlans(data);
  const pending = plans.activities.filter((event) => event.status === "planned");
  return {
    actionPlans: plans.planned,
    realised: plans.realised,
    pending: plans.planned - plans.realised,
    pendingListed: pending.filter((event) => event.locator === "Tabel 2").length,
    realisationRate: Math.round((plans.rate ?? Number.NaN) * 100),
    fieldsRealised: Object.values(plans.byField).filter((count) => count.realised > 0).length,
    pendingWithObstacle: pending.filter((event) => /Obstacle:/.test(event.note ?? "")).length,
  };
}
