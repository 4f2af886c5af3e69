import { element, tableRegion } from "../../web/dom.ts";

/** An ISO date (2008-09, 2008-09-21): a cell holding one is a `<time>`, kept on one line (the site's style.css). */
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/u;

/**
 * A table of text cells (never HTML), in a scrollable, focusable region, for the evidence behind a chart.
 * With `file: true` the cells are a file's contents as written (codes and all), each set as `<code>`.
 */
export function textTable(
  caption: string,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  { file = false }: { file?: boolean } = {},
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
              file && value !== null
                ? element("td", {}, [element("code", { text: String(value) })])
                : typeof value === "string" && ISO_DATE.test(value)
                  ? element("td", {}, [element("time", { text: value, attributes: { datetime: value } })])
                  : element("td", {
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
