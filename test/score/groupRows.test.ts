import { describe, expect, it } from "vitest";
import { groupRows } from "../../src/score/groupRows.ts";

describe("groupRows(rows, key)", () => {
  it("groups rows by key in order of first appearance, keeping row order within a group, whether or not a group's rows come together", () => {
    const rows = [
      { p: "a", n: 1 },
      { p: "b", n: 2 },
      { p: "a", n: 3 },
      { p: "a", n: 4 },
      { p: "c", n: 5 },
      { p: "b", n: 6 },
    ];
    const groups = groupRows(rows, (row) => row.p);
    expect([...groups.keys()]).toEqual(["a", "b", "c"]);
    expect(groups.get("a")!.map((row) => row.n)).toEqual([1, 3, 4]);
    expect(groups.get("b")!.map((row) => row.n)).toEqual([2, 6]);
  });

  it("gives an empty map for no rows, and tells apart keys that differ only in case", () => {
    expect(groupRows([], String).size).toBe(0);
    expect([...groupRows(["A", "a"], (row) => row).keys()]).toEqual(["A", "a"]);
  });
});
