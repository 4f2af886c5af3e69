// The figures the Mossel Bay notebook states in its prose, computed with the toolkit.
import type { Indonesia } from "../kit/data.ts";

export function figures(data: Indonesia): Record<string, number> {
  const score = data.scores.find((entry) => entry.id === "denpasar-mossel-bay")!;
  const motives = data.dataset.codings.filter(
    (coding) => coding.partnership === "denpasar-mossel-bay" && coding.framework === "motives",
  );
  const layers = Object.values(score["three-layers"].layers);
  return {
    motivesNamed: motives.filter((coding) => coding.score === 1).length,
    // The one score every motive has: present (the checklist's 1), no strength.
    motiveScore: Math.max(...motives.map((coding) => coding.score ?? Number.NaN)),
    motivesFromAbstract: motives.filter((coding) => coding.source?.startsWith("003_")).length,
    layersPresent: layers.filter((layer) => layer.status === "present").length,
    layersSilent: layers.filter((layer) => layer.status === "not assessable").length,
    layerIndicatorsFrom000: data.dataset.codings.filter(
      (coding) =>
        coding.partnership === "denpasar-mossel-bay" &&
        coding.framework === "three-layers" &&
        coding.source?.startsWith("000_"),
    ).length,
  };
}
