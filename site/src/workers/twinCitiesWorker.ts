// Parses the worldwide twin-city pairs off the main thread, with the same library code as the CLI, and does
// there all the work on them that does not touch the page, and hands the pairs over as columns: the map's projected links and great circles
// (handed over as transferable arrays), Indonesia's partner countries and where the coded cases sit in the network.
import { projectArcs, projectLinks } from "../../../src/charts/networkMap.ts";
import {
  indonesianPartnerCountries,
  locateInNetwork,
  readTwinCities,
  twinCityColumns,
} from "../../../src/dataset/twinCities.ts";

/** What the page asks for: the file, the map's size, and the coded partnerships to find in the network. */
export interface TwinCitiesRequest {
  url: string;
  width: number;
  height: number;
  partnerships: Parameters<typeof locateInNetwork>[0];
}

self.addEventListener("message", async (event: MessageEvent<TwinCitiesRequest>) => {
  try {
    const { url, width, height, partnerships } = event.data;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const { pairs, problems } = readTwinCities(await response.text());
    const links = projectLinks(pairs, width, height);
    const arcs = projectArcs(pairs, width, height);
    const columns = twinCityColumns(pairs);
    self.postMessage(
      {
        columns,
        problems: problems.length,
        links: { width, height, coordinates: links, arcs },
        countries: indonesianPartnerCountries(pairs),
        located: locateInNetwork(partnerships, pairs),
      },
      { transfer: [links.buffer, arcs.buffer, columns.coordinates.buffer] },
    );
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
});
