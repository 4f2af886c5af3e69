import type { Dataset } from "../dataset/types.ts";
import type { OptionDescriptions, OptionType } from "./types.ts";

/**
 * Fills in a framework's options: the value given, else the dataset's
 * default (when the option has one and a dataset is given), else the
 * option's default; then runs each option's check, which throws with the
 * bad value.
 * @example resolveOptions(stage.options, {stalledAfterYears: 5}) // {stalledAfterYears: 5, asOf: null}
 */
export function resolveOptions<Options>(
  descriptions: OptionDescriptions<Options>,
  given: Partial<Options> = {},
  dataset?: Dataset,
): Options {
  const resolved: Partial<Options> = {};
  for (const key of Object.keys(descriptions) as Array<keyof Options>) {
    const description = descriptions[key];
    const value =
      given[key] !== undefined
        ? given[key]
        : dataset !== undefined && description.datasetDefault
          ? description.datasetDefault(dataset)
          : description.default;
    description.check(value as Options[typeof key]);
    resolved[key] = value;
  }
  return resolved as Options;
}

/**
 * Reads an option's value as written on the command line; throws, naming
 * the text, when it cannot be read. Checking the value is the option's job.
 * @example parseOptionText("weights", "commitment=2,reciprocity=0.5") // {commitment: 2, reciprocity: 0.5}
 */
export function parseOptionText(type: OptionType, text: string): unknown {
  switch (type) {
    case "number": {
      const value = Number(text);
      if (text.trim() === "" || !Number.isFinite(value))
        throw new Error(`expected a number, found ${JSON.stringify(text)}`);
      return value;
    }
    case "partial-date":
      return text;
    case "weights": {
      const weights: Record<string, number> = {};
      for (const part of text.split(",")) {
        const [name, value, ...rest] = part.split("=");
        const weight = Number(value);
        if (!name?.trim() || value === undefined || rest.length > 0 || value.trim() === "" || Number.isNaN(weight))
          throw new Error(`expected name=weight pairs separated by commas, found ${JSON.stringify(part)}`);
        weights[name.trim()] = weight;
      }
      return weights;
    }
  }
}
