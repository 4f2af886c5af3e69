/**
 * Creates an element with text content only: data (names, quotes, notes)
 * is never parsed as HTML.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { text?: string; className?: string; attributes?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.text !== undefined) node.textContent = options.text;
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Saves data as a file in the browser's downloads (through a temporary
 * object URL; nothing is sent anywhere).
 */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));
  const link = element("a", { attributes: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A table in a region that scrolls sideways when the table is wider than the
 * screen. The region is named and focusable, so that a keyboard can scroll it
 * (axe's scrollable-region-focusable).
 */
export function tableRegion(label: string, table: HTMLTableElement): HTMLDivElement {
  // Each cell names its column, for the cards a table becomes on a phone (style.css).
  const columns = [...table.querySelectorAll("thead th")].map(
    // A sortable column's name without its sort mark.
    (header) => header.textContent?.replace(/\s*[▲▼]\s*$/u, "").trim() ?? "",
  );
  for (const row of table.querySelectorAll("tbody tr"))
    [...row.children].forEach((cell, index) => {
      if (columns[index]) cell.setAttribute("data-label", columns[index]);
    });
  return element(
    "div",
    { className: "table-wrap", attributes: { tabindex: "0", role: "region", "aria-label": label } },
    [table],
  );
}

/**
 * A table of rows under one header row of column headers (`scope="col"`), in
 * a scrolling region named `label` (see `tableRegion`).
 */
export function dataTable(
  label: string,
  columns: readonly string[],
  rows: readonly HTMLTableRowElement[],
  className = "",
): HTMLDivElement {
  return tableRegion(
    label,
    element("table", { className }, [
      element("thead", {}, [
        element(
          "tr",
          {},
          columns.map((name) => element("th", { text: name, attributes: { scope: "col" } })),
        ),
      ]),
      element("tbody", {}, [...rows]),
    ]),
  );
}
