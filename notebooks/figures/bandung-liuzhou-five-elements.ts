// The figures the Bandung–Liuzhou notebook states in its prose, computed with the toolkit.
import { ELEMENT_ORDER } from "../../src/frameworks/ringrose.ts";
import { partnershipsOf, type Indonesia } from "../kit/data.ts";

export function figures(data: Indonesia): Record<string, number> {
  const bandung = partnershipsOf(data, "Bandung");
  const liuzhou = bandung.find((score) => score.id === "bandung-liuzhou")!;
  const elements = ELEMENT_ORDER.map((element) => liuzhou.ringrose.elements[element]);
  const kind = (wanted: string) => elements.filter((entry) => entry.coding?.evidence_kind === wanted).length;
  const withElements = bandung.filter((score) => score.ringrose.assessedCount > 0);
  return {
    elementsArgued: kind("argument"),
    elementsFound: kind("finding"),
    elementsSilent: elements.filter((entry) => entry.score === null).length,
    elementsAssessed: liuzhou.ringrose.assessedCount,
    vacuumYears: liuzhou.stage.episodes[0]?.years ?? Number.NaN,
    bandungPartnerships: bandung.length,
    bandungWithElements: withElements.length,
    arguedScore: Math.max(
      ...elements
        .filter((entry) => entry.coding?.evidence_kind === "argument")
        .map((entry) => entry.score ?? Number.NaN),
    ),
    findingsOnlyAssessed: elements.filter((entry) => entry.score !== null && entry.coding?.evidence_kind === "finding")
      .length,
  };
}
