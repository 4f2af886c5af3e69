import { accessibleChart } from "../../src/charts/accessibleChart.ts";
import { formatCsv } from "../../src/format/formatCsv.ts";
import { element } from "./dom.ts";
import type { Language } from "../../src/language.ts";

const LABELS = {
  id: { svg: "Unduh SVG", png: "Unduh PNG", csv: "Unduh data (CSV)" },
  en: { svg: "Download SVG", png: "Download PNG", csv: "Download data (CSV)" },
};

/** The chart's main SVG (Plot wraps it in a figure with the legend). */
function mainSvg(chart: Element): SVGSVGElement | null {
  if (chart instanceof SVGSVGElement) return chart;
  const svgs = [...chart.querySelectorAll("svg")];
  return (
    svgs.sort(
      (a, b) =>
        b.getBoundingClientRect().width * b.getBoundingClientRect().height -
        a.getBoundingClientRect().width * a.getBoundingClientRect().height,
    )[0] ?? null
  );
}

/** Serialises a chart as a standalone SVG document. */
function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = element("a", { attributes: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svgText(svg)], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = element("canvas", {
    attributes: { width: String(Math.ceil(width * scale)), height: String(Math.ceil(height * scale)) },
  });
  const context = canvas.getContext("2d")!;
  context.fillStyle = "white";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
  );
}

interface ChartFigureOptions {
  name: string;
  title: string;
  /** A text summary of what the chart shows, for screen readers and handouts. */
  summary: string;
  data: { header: string[]; rows: Array<Array<string | number | boolean | null>> };
  language: Language;
}

/** Wraps a chart with its title, a text summary, and downloads of the chart (SVG, PNG) and its data (CSV). */
export function chartFigure(chart: Element, { name, title, summary, data, language }: ChartFigureOptions): HTMLElement {
  const labels = LABELS[language];
  const button = (text: string, action: () => void | Promise<void>, kind: string) => {
    const node = element("button", { text, attributes: { type: "button", "data-download": kind } });
    node.addEventListener("click", () => void action());
    return node;
  };
  const svg = () => mainSvg(chart);
  // Canvas charts (the world network) have no SVG: their PNG is the canvas itself.
  const canvas = chart.querySelector("canvas");
  const png = async () =>
    canvas && !svg()
      ? new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
        )
      : pngBlob(svg()!);
  // A chart with links or controls inside is a group of them, not one image (an image cannot hold interactive parts).
  const interactive = accessibleChart(chart);
  return element("figure", { className: "chart", attributes: { "data-chart": name } }, [
    element("figcaption", {}, [
      element("strong", { text: title }),
      element("p", { className: "summary", text: summary }),
    ]),
    element(
      "div",
      {
        className: "chart-body",
        attributes: interactive
          ? { role: "group", "aria-label": `${title}. ${summary}` }
          : { role: "img", "aria-label": `${title}. ${summary}`, tabindex: "0" },
      },
      [chart],
    ),
    element("div", { className: "downloads" }, [
      ...(canvas && !svg()
        ? []
        : [
            button(
              labels.svg,
              () => download(`${name}.svg`, new Blob([svgText(svg()!)], { type: "image/svg+xml" })),
              "svg",
            ),
          ]),
      button(labels.png, async () => download(`${name}.png`, await png()), "png"),
      button(
        labels.csv,
        () =>
          download(`${name}.csv`, new Blob([formatCsv(data.header, data.rows)], { type: "text/csv;charset=utf-8" })),
        "csv",
      ),
    ]),
  ]);
}
