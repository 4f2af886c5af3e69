// Land outlines shipped with the site (Natural Earth 1:110m via world-atlas): maps never fetch tiles or outlines from
// elsewhere. The outlines are the site's own file, fetched beside the page rather than bundled into its JavaScript
// (21 KB gzip the first page would otherwise load before drawing anything).
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import landUrl from "world-atlas/land-110m.json?url";

/** Land outlines, as a map draws them. */
export type Land = GeoJSON.FeatureCollection | GeoJSON.Feature;

/** No outlines: what a map shows for the moment before they arrive. */
export const NO_LAND: Land = { type: "FeatureCollection", features: [] };

/** Whether a value read from JSON is a TopoJSON topology with a `land` object. */
function isLandTopology(value: unknown): value is Topology<{ land: GeometryObject }> {
  return (
    typeof value === "object" &&
    value !== null &&
    "type" in value &&
    value.type === "Topology" &&
    "objects" in value &&
    typeof value.objects === "object" &&
    value.objects !== null &&
    "land" in value.objects
  );
}

/** The outlines once fetched, kept for every later map of the page. */
const cache: { land?: Land; loading?: Promise<Land> } = {};

/** The outlines if they have arrived, so that a map drawn again draws them at once. */
export const loadedLand = (): Land | undefined => cache.land;

/** Fetches the outlines (once); rejects with the reason in words if the file cannot be read. */
export function loadLand(): Promise<Land> {
  cache.loading ??= fetch(landUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${landUrl}: ${response.status} ${response.statusText}`);
      return response.json() as Promise<unknown>;
    })
    .then((topology) => {
      if (!isLandTopology(topology)) throw new Error(`${landUrl} is not a topology with a land object`);
      return (cache.land = feature(topology, topology.objects.land));
    });
  return cache.loading;
}
