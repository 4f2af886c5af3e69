import { describe, expect, it } from "vitest";
import { eventStatuses, partnershipStatuses } from "../src/dataset/vocabularies.ts";
import { vocabulary, vocabularyLabel, vocabularyLabels } from "../src/language.ts";

describe("vocabulary(labels)", () => {
  it("takes its codes, in order, from the labels it is declared with", () => {
    const sizes = vocabulary({ small: { id: "kecil", en: "small" }, large: { id: "besar", en: "large" } });
    expect(sizes.codes).toEqual(["small", "large"]);
    expect(Object.isFrozen(sizes.codes)).toBe(true);
  });
});

describe("vocabularyLabel(vocabulary, code, language, none)", () => {
  it("gives the label in the language, the code itself when unknown, and `none` for null", () => {
    expect(vocabularyLabel(eventStatuses, "planned", "id")).toBe("direncanakan");
    expect(vocabularyLabel(partnershipStatuses, "dormant", "en")).toBe("dormant");
    expect(vocabularyLabel(eventStatuses, "postponed", "id")).toBe("postponed");
    expect(vocabularyLabel(eventStatuses, null, "id")).toBe("—");
    expect(vocabularyLabel(eventStatuses, null, "id", "NA")).toBe("NA");
  });
});

describe("vocabularyLabels(vocabulary, language)", () => {
  it("gives every code's label in one language", () => {
    expect(vocabularyLabels(eventStatuses, "id")).toEqual({
      realised: "terlaksana",
      planned: "direncanakan",
      cancelled: "dibatalkan",
    });
  });
});
