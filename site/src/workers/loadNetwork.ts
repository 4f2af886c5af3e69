import twinCitiesUrl from "../../../datasets/twin-cities/twin_cities.csv?url";
import type { indonesianPartnerCountries, locateInNetwork, TwinCityColumns } from "../../../src/dataset/twinCities.ts";
import TwinCitiesWorker from "./twinCitiesWorker.ts?worker";
import type { TwinCitiesRequest } from "./twinCitiesWorker.ts";

/** The pairs, as the worker hands them over (columns), with what it computed from them. */
export interface Network {
  columns: TwinCityColumns;
  /** The links projected for a map of this size (a map of another size projects its own). */
  links: { width: number; height: number; coordinates: Float32Array; arcs: Float32Array };
  countries: ReturnType<typeof indonesianPartnerCountries>;
  located: ReturnType<typeof locateInNetwork>;
}

const cache: { network?: Promise<Network> } = {};

/** Loads and parses the pairs once per page session, in a Web Worker, with the work that needs no page. */
export function loadNetwork(request: Omit<TwinCitiesRequest, "url">): Promise<Network> {
  cache.network ??= new Promise((resolve, reject) => {
    const worker = new TwinCitiesWorker();
    worker.addEventListener("message", (event: MessageEvent<Partial<Network> & { error?: string }>) => {
      worker.terminate();
      if (event.data.columns) resolve(event.data as Network);
      else reject(new Error(event.data.error ?? "unknown error"));
    });
    worker.postMessage({ ...request, url: new URL(twinCitiesUrl, window.location.href).href });
  });
  return cache.network;
}
