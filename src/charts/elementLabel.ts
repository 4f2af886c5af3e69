import { ELEMENT_ORDER, type ElementId } from "../frameworks/ringrose.ts";
import { OUTCOME_ELEMENT } from "../frameworks/ringroseConditions.ts";
import { frameworks } from "../frameworks/registry.ts";
import type { Language } from "../language.ts";

/**
 * An element's name as the plot writes it: tangible results, an outcome and not a condition (001, 1.5.2, names
 * the others as conditions for success), says so, so that the chart keeps it apart from the four conditions.
 * @example elementLabel("tangible_results", "en") // "Tangible results (outcome)"
 */
export function elementLabel(element: ElementId, language: Language): string {
  const name = frameworks.ringrose.indicators.find((indicator) => indicator.id === element)!.name[language];
  if (element !== OUTCOME_ELEMENT) return name;
  return `${name} (${language === "id" ? "luaran" : "outcome"})`;
}

/** The rows of the plot in order: the four conditions, then the outcome. */
export const elementLabels = (language: Language): string[] =>
  ELEMENT_ORDER.map((element) => elementLabel(element, language));
