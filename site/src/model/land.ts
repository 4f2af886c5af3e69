// Land outlines shipped with the site (Natural Earth 1:110m via world-atlas): maps never fetch tiles or outlines.
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";

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

if (!isLandTopology(land110m)) throw new Error("world-atlas/land-110m.json is not a topology with a land object");

export const land = feature(land110m, land110m.objects.land);
