import { describe, expect, it } from "vitest";
import { FIELD_TITLES_ID, fieldTitle } from "../../src/dataset/fieldTitles.ts";
import { RESOURCE_NAMES, RESOURCES } from "../../src/dataset/schemas.ts";

describe("FIELD_TITLES_ID", () => {
  it("gives every column of every resource an Indonesian title, and names no column the format lacks", () => {
    for (const resource of RESOURCE_NAMES) {
      const names = RESOURCES[resource].schema.fields.map((field) => field.name);
      expect(Object.keys(FIELD_TITLES_ID[resource]).sort(), resource).toEqual([...names].sort());
    }
  });
});

describe("fieldTitle(resource, name, language)", () => {
  it("is the Table Schema's title in English and the Indonesian title in Indonesian", () => {
    expect(fieldTitle("events", "description", "en")).toBe("Description");
    expect(fieldTitle("events", "description", "id")).toBe("Uraian (bahasa Inggris)");
    expect(fieldTitle("sources", "id", "id")).toBe("Kode sumber");
    expect(fieldTitle("events", "no_such_column", "id")).toBe("no_such_column");
  });
});
