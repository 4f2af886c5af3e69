// Land outlines shipped with the site (Natural Earth 1:110m via world-atlas): maps never fetch tiles or outlines.
import { feature } from "topojson-client";
import type { Topology, GeometryObject } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";

const topology = land110m as unknown as Topology;

export const land = feature(topology, topology.objects.land as GeometryObject);
