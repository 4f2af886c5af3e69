import { describe, expect, it } from "vitest";
import { hasDuplicateStrings } from "../../src/schema/hasDuplicateStrings.ts";

describe("hasDuplicateStrings(values)", () => {
  it("finds a repeated string and skips missing entries", () => {
    expect(hasDuplicateStrings(["a", null, "b", "a"])).toBe(true);
    expect(hasDuplicateStrings(["a", null, "b", null])).toBe(false);
    expect(hasDuplicateStrings([])).toBe(false);
    expect(hasDuplicateStrings(["", ""])).toBe(true);
  });

  it("tells apart strings that share a slot, on many values", () => {
    // 100,000 distinct ids fill a table of 262,144 slots: many probe past a taken slot.
    const ids = Array.from({ length: 100_000 }, (_, index) => `kota-${index % 500}-mitra-${index}`);
    expect(hasDuplicateStrings(ids)).toBe(false);
    expect(hasDuplicateStrings([...ids, "kota-7-mitra-99507"])).toBe(true);
    // Equal text, different string objects.
    expect(hasDuplicateStrings([...ids, ids[5_000]!.slice(0, 4) + ids[5_000]!.slice(4)])).toBe(true);
  });
});
