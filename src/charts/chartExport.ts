import { wrapWords } from "../format/wrapWords.ts";

/** One entry of a chart's legend: its colour and its words. */
export interface LegendEntry {
  color: string;
  label: string;
}

export interface ChartExportOptions {
  /** The chart's title, set above it. */
  title: string;
  /** A sentence or two under the title (wrapped to the chart's width). */
  subtitle?: string;
  /** The legend, drawn under the subtitle as swatches with their words. */
  legend?: readonly LegendEntry[];
  /** Where the data come from. */
  source: string;
  /** The licence of the chart and its data. */
  licence: string;
  /** The address of the view, so that a reader can find it again. */
  url: string;
  /** The document to create elements in (a jsdom document in Node); default the window's. */
  document?: Document;
}

const SVG = "http://www.w3.org/2000/svg";

/**
 * A chart as a standalone SVG that carries its context, as Our World in
 * Data's Grapher downloads do: the title, the subtitle, the legend in words,
 * the chart itself, and a footer with the source, the licence and the
 * address of the view. What the site's SVG and PNG downloads are made from.
 *
 * @example
 * const chart = Plot.plot({width: 640, height: 400, marks: [Plot.ruleY([0])], document});
 * const options = {title: "Scores", source: "Source: datasets/indonesia", licence: "CC BY 4.0", url: "https://example.org/", document};
 * const framed = chartExport(chart, options);
 * [framed.getAttribute("width"), framed.getAttribute("height"), framed.querySelector("text").textContent] // ["640", "504", "Scores"]
 */
export function chartExport(chart: SVGSVGElement, options: ChartExportOptions): SVGSVGElement {
  const document = options.document ?? globalThis.document;
  const width = Number(chart.getAttribute("width")) || chart.viewBox.baseVal?.width || 640;
  const height = Number(chart.getAttribute("height")) || chart.viewBox.baseVal?.height || 400;
  const root = document.createElementNS(SVG, "svg");
  const margin = 16;
  let y = margin;
  const text = (content: string, size: number, weight = "normal", fill = "#111") => {
    const node = document.createElementNS(SVG, "text");
    node.setAttribute("x", String(margin));
    node.setAttribute("y", String(y + size));
    node.setAttribute("font-family", "system-ui, sans-serif");
    node.setAttribute("font-size", String(size));
    node.setAttribute("font-weight", weight);
    node.setAttribute("fill", fill);
    node.textContent = content;
    root.append(node);
    y += size * 1.35;
  };
  const perLine = (size: number) => Math.max(20, Math.floor((width - 2 * margin) / (size * 0.55)));
  for (const line of wrapWords(options.title, perLine(20))) text(line, 20, "bold");
  for (const line of wrapWords(options.subtitle ?? "", perLine(13))) text(line, 13, "normal", "#444");
  if (options.legend !== undefined && options.legend.length > 0) {
    y += 6;
    let x = margin;
    for (const entry of options.legend) {
      const advance = 18 + entry.label.length * 7 + 16;
      if (x + advance > width - margin && x > margin) {
        x = margin;
        y += 20;
      }
      const swatch = document.createElementNS(SVG, "rect");
      for (const [name, value] of [
        ["x", x],
        ["y", y],
        ["width", 12],
        ["height", 12],
        ["fill", entry.color],
      ] as const)
        swatch.setAttribute(name, String(value));
      const label = document.createElementNS(SVG, "text");
      for (const [name, value] of [
        ["x", x + 16],
        ["y", y + 11],
        ["font-size", 12],
        ["font-family", "system-ui, sans-serif"],
      ] as const)
        label.setAttribute(name, String(value));
      label.textContent = entry.label;
      root.append(swatch, label);
      x += advance;
    }
    y += 24;
  }
  const body = chart.cloneNode(true) as SVGSVGElement;
  body.setAttribute("x", "0");
  body.setAttribute("y", String(y));
  body.setAttribute("width", String(width));
  body.setAttribute("height", String(height));
  root.append(body);
  y += height + 8;
  for (const line of [options.source, options.licence, options.url]) text(line, 11, "normal", "#555");
  y += margin / 2;
  root.setAttribute("xmlns", SVG);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(Math.ceil(y)));
  root.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(y)}`);
  const background = document.createElementNS(SVG, "rect");
  for (const [name, value] of [
    ["width", "100%"],
    ["height", "100%"],
    ["fill", "white"],
  ] as const)
    background.setAttribute(name, value);
  root.prepend(background);
  return root;
}
