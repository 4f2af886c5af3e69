import { describe, expect, it } from "vitest";
import { castCell } from "../../src/schema/castCell.ts";
import type { FieldSchema } from "../../src/schema/tableSchema.ts";

const score: FieldSchema = {
  name: "score",
  type: "integer",
  missingValues: ["NA"],
  constraints: { minimum: 0, maximum: 2 },
};

describe("castCell(field, raw, options)", () => {
  it("reads NA as missing (null) where the field allows it, never as 0", () => {
    expect(castCell(score, "NA")).toEqual({ ok: true, value: null });
  });

  it("rejects an empty score when only NA marks a missing one, saying to write NA", () => {
    expect(castCell(score, "")).toEqual({
      ok: false,
      message: "score is empty: write NA where the value is missing",
      expected: "an integer from 0 to 2 or NA",
    });
  });

  it("checks minimum and maximum", () => {
    expect(castCell(score, "3")).toMatchObject({ ok: false, message: "score is too large" });
    expect(castCell(score, "-1")).toMatchObject({ ok: false, message: "score is too small" });
  });

  it("reads numbers with a decimal comma only when asked", () => {
    const latitude: FieldSchema = { name: "lat", type: "number" };
    expect(castCell(latitude, "-8,65", { decimalComma: true })).toEqual({ ok: true, value: -8.65 });
    expect(castCell(latitude, "-8,65")).toMatchObject({ ok: false });
  });

  it("enforces enum, pattern and required", () => {
    expect(castCell({ name: "kind", type: "string", constraints: { enum: ["a", "b"] } }, "c")).toEqual({
      ok: false,
      message: "kind is not one of the allowed values",
      expected: "one of a, b",
    });
    expect(castCell({ name: "date", type: "string", constraints: { pattern: "\\d{4}" } }, "20a1")).toMatchObject({
      ok: false,
      message: "date does not have the expected form",
    });
    expect(castCell({ name: "id", type: "string", constraints: { required: true } }, " ")).toMatchObject({
      ok: false,
      message: "id is required",
    });
  });

  it("reads years and booleans strictly", () => {
    expect(castCell({ name: "y", type: "year" }, "2019")).toEqual({ ok: true, value: 2019 });
    expect(castCell({ name: "y", type: "year" }, "19")).toMatchObject({ ok: false });
    expect(castCell({ name: "b", type: "boolean" }, "ya")).toEqual({ ok: true, value: true });
  });

  it("throws on an unknown field type, naming it", () => {
    expect(() => castCell({ name: "x", type: "geojson" as never }, "1")).toThrow(/unknown field type "geojson"/);
  });
});
