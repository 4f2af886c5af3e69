import { element, tableRegion } from "../../web/dom.ts";

/** A table of text cells (never HTML), in a scrollable, focusable region, for the evidence behind a chart. */
export function textTable(
  caption: string,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): HTMLElement {
  return tableRegion(
    caption,
    element("table", {}, [
      element("caption", { text: caption }),
      element("thead", {}, [
        element(
          "tr",
          {},
          header.map((name) => element("th", { text: name })),
        ),
      ]),
      element(
        "tbody",
        {},
        rows.map((row) =>
          element(
            "tr",
            {},
            row.map((value) =>
              element("td", {
                text: value === null ? "—" : String(value),
                className: typeof value === "number" ? "number" : "",
              }),
            ),
          ),
        ),
      ),
    ]),
  );
}
