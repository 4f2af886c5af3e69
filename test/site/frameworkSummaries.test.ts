import { describe, expect, it } from "vitest";
import { frameworks } from "../../src/frameworks/registry.ts";
import { readDatasetFiles } from "../../src/node/readDatasetFiles.ts";
import { validateDataset } from "../../src/validate/validateDataset.ts";
import { frameworkSummaries, frameworkSummariesOf } from "../../site/frameworkSummaries.ts";
import { INDONESIA } from "../helpers.ts";

const loaded = await readDatasetFiles(INDONESIA);
const { dataset } = validateDataset(loaded.texts, "indonesia");

describe("frameworkSummariesOf(sources)", () => {
  it("gives every framework of the registry, in its order, with its name", () => {
    const summaries = frameworkSummariesOf(dataset.sources);
    expect(summaries.map((summary) => summary.id)).toEqual(Object.keys(frameworks));
    expect(summaries.map((summary) => summary.name)).toEqual(
      Object.values(frameworks).map((framework) => framework.name),
    );
  });

  it("cites the sources the descriptions and first notes name by number, in both languages", () => {
    const summaries = frameworkSummariesOf(dataset.sources);
    // The three layers' first note names sources 000 and 001 by number (src/frameworks/threeLayers.ts).
    expect(frameworks["three-layers"].notes[0]!.en).toMatch(/\b000\b/u);
    const threeLayers = summaries.find((summary) => summary.id === "three-layers")!;
    for (const text of [threeLayers.note!.en, threeLayers.note!.id]) {
      expect(text).not.toMatch(/(?<![\p{L}\p{N}.,])00\d(?!\p{N})/u);
      expect(text).toMatch(/\((n\.d\.|t\.t\.|\d{4})\)/u);
    }
  });

  it("leaves the texts as written without sources", () => {
    const [first] = frameworkSummariesOf([]);
    expect(first!.description).toEqual(frameworks["three-layers"].description);
    expect(first!.note).toEqual(frameworks["three-layers"].notes[0]);
  });
});

describe("frameworkSummaries()", () => {
  it("writes the summaries of the shipped dataset as the module virtual:framework-summaries", async () => {
    const plugin = frameworkSummaries();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (this: { addWatchFile: (file: string) => void }, id: string) => Promise<string>;
    const id = resolveId("virtual:framework-summaries")!;
    expect(resolveId("./other.ts")).toBeUndefined();
    const code = await load.call({ addWatchFile: () => undefined }, id);
    expect(JSON.parse(code.replace(/^export default /u, "").replace(/;$/u, ""))).toEqual(
      frameworkSummariesOf(dataset.sources),
    );
  });
});
