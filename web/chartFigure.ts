import { accessibleChart } from "../src/charts/accessibleChart.ts";
import { chartExport, type LegendEntry } from "../src/charts/chartExport.ts";
import { viewAddress } from "./viewAddress.ts";
import { chartCitation, viewAddressText } from "./chartCitation.ts";
import { formatCsv } from "../src/format/formatCsv.ts";
import { downloadFile, element, dataTable } from "./dom.ts";
import type { Language } from "../src/language.ts";
import { codeLabel } from "../src/frameworks/codeLabel.ts";

const LABELS = {
  id: {
    svg: "Unduh SVG",
    png: "Unduh PNG",
    csv: "Unduh data (CSV)",
    cite: "Kutip bagan ini",
    table: "Tabel data bagan",
    source:
      "Sumber: toolkit paradiplomacy, datasets/indonesia (dikode dari lima sumber Indonesia; setiap skor mengutip sumbernya).",
    licence: "Lisensi: CC BY 4.0",
    more: (count: number) => `… dan ${count} baris lagi (lihat CSV).`,
  },
  en: {
    svg: "Download SVG",
    png: "Download PNG",
    csv: "Download data (CSV)",
    cite: "Cite this chart",
    table: "The chart's data as a table",
    source:
      "Source: the paradiplomacy toolkit, datasets/indonesia (coded from five Indonesian sources; every score cites its source).",
    licence: "Licence: CC BY 4.0",
    more: (count: number) => `… and ${count} more rows (see the CSV).`,
  },
};

/** The chart's legend as Plot draws it (swatches), read back as colours and words for the download. */
function legendEntries(chart: Element): LegendEntry[] {
  return [...chart.querySelectorAll("[class*='-swatch']:not([class*='-swatches'])")].flatMap((swatch) => {
    const svg = swatch.querySelector("svg");
    const fill = svg?.getAttribute("fill") ?? svg?.querySelector("[fill]")?.getAttribute("fill");
    const label = swatch.textContent?.trim() ?? "";
    return fill && label ? [{ color: fill, label }] : [];
  });
}

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

const download = (name: string, blob: Blob) => downloadFile(name, blob, blob.type);

async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  // An exported chart is not in the page: its size is in its attributes.
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || box.width;
  const height = Number(svg.getAttribute("height")) || box.height;
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
  data: {
    header: string[];
    rows: Array<Array<string | number | boolean | null>>;
    /**
     * The words the table view shows for codes of columns the codebook does not know (a measure's id), by column
     * and code; the codebook's own columns (kind, status, indicator…) are said without it. The CSV keeps the codes.
     */
    words?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  };
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
  // What the SVG and PNG downloads hold: the chart with its title, legend, source, licence and the view's address.
  const exported = () =>
    chartExport(svg()!, {
      title,
      subtitle: summary,
      legend: legendEntries(chart),
      source: labels.source,
      licence: labels.licence,
      url: viewAddressText(viewAddress(window.location.href, import.meta.env.VITE_SITE_URL ?? ""), language),
    });
  // Canvas charts (the world network) have no SVG: their PNG is the canvas itself.
  const canvas = chart.querySelector("canvas");
  const png = async () =>
    canvas && !svg()
      ? new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
        )
      : pngBlob(exported());
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
              () => download(`${name}.svg`, new Blob([svgText(exported())], { type: "image/svg+xml" })),
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
    citeThis(title, labels, language),
    dataDetails(data, labels, language),
  ]);
}

/** "Cite this chart": APA and BibTeX with the address of the view, as selectable text. */
function citeThis(title: string, labels: (typeof LABELS)["en" | "id"], language: Language): HTMLElement {
  const details = element("details", { className: "cite-chart" }, [element("summary", { text: labels.cite })]);
  // Written when opened, so that the address is the view's as it is then.
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    const { apa, bibtex, localNote } = chartCitation(
      title,
      viewAddress(window.location.href, import.meta.env.VITE_SITE_URL ?? ""),
      language,
    );
    details.replaceChildren(
      element("summary", { text: labels.cite }),
      ...(localNote === null ? [] : [element("p", { className: "note cite-local", text: localNote })]),
      element("p", { className: "apa", text: apa }),
      element("pre", { className: "bibtex", text: bibtex }),
    );
  });
  return details;
}

/**
 * The data drawn, as a table a screen reader can read (the first 200 rows; the CSV has them all), its codes said in
 * the page's language (the CSV keeps the codes, as the dataset's files do).
 */
function dataDetails(
  data: ChartFigureOptions["data"],
  labels: (typeof LABELS)["en" | "id"],
  language: Language,
): HTMLElement {
  const shown = data.rows.slice(0, 200);
  return element("details", { className: "chart-data" }, [
    element("summary", { text: labels.table }),
    dataTable(
      labels.table,
      data.header,
      shown.map((row) =>
        element(
          "tr",
          {},
          row.map((cell, column) =>
            element("td", {
              text:
                cell === null
                  ? "NA"
                  : (data.words?.[data.header[column] ?? ""]?.[String(cell)] ??
                    codeLabel(data.header[column] ?? "", String(cell), language)),
            }),
          ),
        ),
      ),
    ),
    ...(data.rows.length > shown.length
      ? [element("p", { className: "note", text: labels.more(data.rows.length - shown.length) })]
      : []),
  ]);
}
