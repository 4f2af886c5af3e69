import { loadNetwork, type Network } from "../workers/loadNetwork.ts";
import { countryName } from "../../../src/dataset/countryName.ts";
import { twinCityPairs } from "../../../src/dataset/twinCities.ts";
import { mappablePartnerships } from "../../../src/charts/partnershipMap.ts";
import { networkMap } from "../../../src/charts/networkMap.ts";
import { partnerCountryBars } from "../../../src/charts/partnerCountryBars.ts";
import { chartFigure } from "../../../web/chartFigure.ts";
import { loadedLand, loadLand, NO_LAND, type Land } from "../model/land.ts";
import { element, dataTable } from "../../../web/dom.ts";
import { stateLink, type PageView } from "../components/page.ts";

const WORLD = {
  id: {
    heading: "Jaringan kota kembar dunia",
    loading: "Memuat 26.000 pasangan kota…",
    failed: "Data jaringan tidak dapat dimuat:",
    map: "Semua pasangan kota kembar (Wikipedia)",
    mapSummary: (count: number, coded: number) =>
      `${count.toLocaleString("id")} pasangan kota kembar; garis oranye: ${coded} kerja sama yang dikode dalam toolkit ini. Seret atau tombol panah untuk menggeser; gulir, tombol, atau + dan − untuk memperbesar.`,
    countries: "Negara mitra kota-kota Indonesia",
    countriesSummary: (count: number, shown: number, top: string, pairs: number) =>
      `${count} negara${shown < count ? `; bagan menampilkan ${shown} negara dengan pasangan terbanyak (semuanya di tabel data)` : ""}. Terbanyak: ${top} (${pairs} pasangan). Setiap batang: jumlah pasangan kota kembar di Wikipedia antara kota-kota Indonesia dan kota di negara itu.`,
    countriesAxis: "Pasangan kota kembar (Wikipedia)",
    attribution:
      "Data: Wikipedia contributors (CC BY-SA 4.0) via E. Hekman, twincities (MIT); koordinat dari Wikipedia dan OpenStreetMap Nominatim (ODbL).",
    cases: "Kerja sama yang dikode dalam jaringan",
    columns: ["Kerja sama", "Di Wikipedia", "Tercatat sebagai", "Pasangan pemerintah daerah di jaringan"],
    yes: "ya",
    legend: { pairs: "pasangan kota kembar (Wikipedia)", highlight: "kerja sama yang dikode" },
    no: "tidak",
  },
  en: {
    heading: "The world's twin-city network",
    loading: "Loading 26,000 city pairs…",
    failed: "The network data could not be loaded:",
    map: "All twin-city pairs (Wikipedia)",
    mapSummary: (count: number, coded: number) =>
      `${count.toLocaleString("en")} twin-city pairs; orange lines: the ${coded} partnerships coded in this toolkit. Drag or use the arrow keys to pan; scroll, the buttons or + and − to zoom.`,
    countries: "Partner countries of Indonesian places",
    countriesSummary: (count: number, shown: number, top: string, pairs: number) =>
      `${count} countries${shown < count ? `; the chart shows the ${shown} with the most pairs (all of them are in the data table)` : ""}. Most frequent: ${top} (${pairs} pairs). Each bar: the number of Wikipedia twin-city pairs between Indonesian places and places in that country.`,
    countriesAxis: "Twin-city pairs (Wikipedia)",
    attribution:
      "Data: Wikipedia contributors (CC BY-SA 4.0) via E. Hekman, twincities (MIT); coordinates from Wikipedia and OpenStreetMap Nominatim (ODbL).",
    cases: "The coded partnerships in the network",
    columns: ["Partnership", "In Wikipedia", "Listed as", "Local government's pairs in the network"],
    yes: "yes",
    legend: { pairs: "twin-city pair (Wikipedia)", highlight: "coded partnership" },
    no: "no",
  },
} as const;

/** How many partner countries the bar chart draws, most pairs first (all are in its data table). */
const COUNTRY_BARS = 20;

/** Lets the browser paint and handle input between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The world page: every twin-city pair on a pannable map, the coded cases on top, and Indonesia's partner countries. */
/** The map's zoom buttons, named in the page's language. */
const CONTROL_LABELS = {
  id: { zoomIn: "perbesar", zoomOut: "perkecil", reset: "kembalikan" },
  en: { zoomIn: "zoom in", zoomOut: "zoom out", reset: "reset" },
} as const;

export const worldPage: PageView = (state, { reading }, { width, navigate }) => {
  const { language } = state;
  const texts = WORLD[language];
  const status = element("p", { text: texts.loading, attributes: { role: "status" } });
  const coded = mappablePartnerships(reading.dataset.partnerships);
  const highlight = coded.map(
    (partnership) =>
      [
        partnership.local_longitude!,
        partnership.local_latitude!,
        partnership.partner_longitude!,
        partnership.partner_latitude!,
      ] as [number, number, number, number],
  );
  // The map appears at once with the coded cases; the 26,000 pairs join it when the worker has read them.
  const height = Math.round(width * 0.5);
  const mapOf = (land: Land, pairs: Parameters<typeof networkMap>[0], links?: Network["links"]) =>
    element("div", { className: "network-map-holder", attributes: { "data-pairs": String(pairs.length) } }, [
      networkMap(pairs, {
        land,
        width,
        height,
        ...(links?.width === width && links.height === height ? { links: links.coordinates, arcs: links.arcs } : {}),
        highlight,
        ariaLabel: texts.map,
        legend: texts.legend,
        controlLabels: CONTROL_LABELS[language],
      }),
    ]);
  const placeholder = mapOf(loadedLand() ?? NO_LAND, []);
  // Busy until the pairs have joined the map (or failed to): assistive technology, and the tests, wait for it.
  const page = element("article", { className: "world-page", attributes: { "aria-busy": "true" } }, [
    element("h2", { text: texts.heading }),
    status,
    placeholder,
  ]);
  Promise.all([loadNetwork({ width, height, partnerships: reading.dataset.partnerships }), loadLand()]).then(
    async ([{ columns, links, countries: counted, located }, land]) => {
      // Receiving the pairs, rebuilding them, drawing them and building the rest are separate tasks, each short.
      await nextTask();
      const pairs = twinCityPairs(columns);
      await nextTask();
      const map = mapOf(land, pairs, links);
      await nextTask();
      // Counted by country as named in the page's language: England's pairs count within the United Kingdom's.
      const pairsByCountry = new Map<string, number>();
      for (const entry of counted) {
        const country = countryName(entry.country, language);
        pairsByCountry.set(country, (pairsByCountry.get(country) ?? 0) + entry.pairs);
      }
      // Most pairs first (then by name): the order of the bars, of the caption and of the data table.
      const countries = [...pairsByCountry]
        .map(([country, pairs]) => ({ country, pairs }))
        .sort((a, b) => b.pairs - a.pairs || a.country.localeCompare(b.country, language));
      const shownCountries = Math.min(COUNTRY_BARS, countries.length);
      const bars = partnerCountryBars(countries, {
        width,
        ariaLabel: texts.countries,
        top: COUNTRY_BARS,
        axisLabel: texts.countriesAxis,
      });
      status.remove();
      placeholder.remove();
      page.append(
        chartFigure(map, {
          name: "world-network",
          title: texts.map,
          summary: texts.mapSummary(pairs.length, coded.length),
          language,
          data: {
            // Every pair drawn, not only the Indonesian ones.
            header: ["city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"],
            rows: pairs.map((pair) => [
              pair.city1,
              pair.country1,
              pair.lat1,
              pair.lng1,
              pair.city2,
              pair.country2,
              pair.lat2,
              pair.lng2,
            ]),
          },
        }),
        chartFigure(bars, {
          name: "indonesia-partner-countries",
          title: texts.countries,
          summary: texts.countriesSummary(
            countries.length,
            shownCountries,
            countries[0]?.country ?? "—",
            countries[0]?.pairs ?? 0,
          ),
          language,
          data: { header: ["country", "pairs"], rows: countries.map((entry) => [entry.country, entry.pairs]) },
        }),
        element("h3", { text: texts.cases }),
        dataTable(
          texts.cases,
          texts.columns,
          located.map((entry) => {
            const partnership = reading.dataset.partnerships.find((candidate) => candidate.id === entry.partnership)!;
            return element("tr", { attributes: { "data-id": entry.partnership } }, [
              element("td", {}, [
                stateLink(
                  { ...state, page: "case", caseId: partnership.id },
                  `${partnership.local_government} – ${partnership.partner}`,
                  navigate,
                ),
              ]),
              element("td", { text: entry.pair ? texts.yes : texts.no }),
              element("td", {
                text: entry.pair
                  ? `${entry.pair.city1} (${countryName(entry.pair.country1, language)}) – ${entry.pair.city2} (${countryName(entry.pair.country2, language) ?? "?"})`
                  : "—",
              }),
              element("td", { text: String(entry.localDegree), className: "number" }),
            ]);
          }),
          "in-network",
        ),
        element("p", { className: "citation", text: texts.attribution }),
      );
      page.removeAttribute("aria-busy");
    },
    (error: Error) => {
      status.replaceChildren(element("span", { className: "error", text: `${texts.failed} ${error.message}` }));
      page.removeAttribute("aria-busy");
    },
  );
  return page;
};
