import { chartFontSize } from "./chartFontSize.ts";
import { legendSize } from "./legendSize.ts";
import * as Plot from "@observablehq/plot";
import type { Partnership } from "../dataset/types.ts";

export interface PartnershipMapOptions {
  /** Land outlines (GeoJSON), shipped with the site: never fetched. */
  land: GeoJSON.FeatureCollection | GeoJSON.Feature | GeoJSON.Geometry;
  width?: number;
  ariaLabel?: string;
  /** Legend labels of the kinds, e.g. in Indonesian. */
  kindLabels?: Record<string, string>;
  /** Where a click on a partner leads (e.g. the case page with its evidence). */
  href?: (partnership: Partnership) => string;
  document?: Document;
}

/** Partnerships that can be drawn: both ends have coordinates. */
export function mappablePartnerships(partnerships: Partnership[]): Partnership[] {
  return partnerships.filter((partnership) =>
    [
      partnership.local_latitude,
      partnership.local_longitude,
      partnership.partner_latitude,
      partnership.partner_longitude,
    ].every((value) => value !== null),
  );
}

const KIND_COLORS = { "sister-city": "#0072B2", "sister-province": "#009E73", "friendship-city": "#CC79A7" };

/**
 * A world map of partnerships: great-circle links from each local
 * government to its partner, coloured by kind, partners as dots with a
 * tooltip. Equal Earth projection.
 */
export function partnershipMap(
  partnerships: Partnership[],
  { land, width = 900, ariaLabel = "Map of partnerships", kindLabels = {}, href, document }: PartnershipMapOptions,
): SVGSVGElement | HTMLElement {
  const drawn = mappablePartnerships(partnerships);
  return Plot.plot({
    width,
    style: { fontSize: `${chartFontSize(width)}px` },
    projection: { type: "equal-earth" },
    ariaLabel,
    document,
    color: {
      domain: Object.keys(KIND_COLORS),
      range: Object.values(KIND_COLORS),
      legend: true,
      tickFormat: (kind: string) => kindLabels[kind] ?? kind,
      ...legendSize(chartFontSize(width)),
    },
    marks: [
      Plot.sphere({ stroke: "#ccc" }),
      Plot.geo(land, { fill: "#e8e8e4", stroke: "#fff", strokeWidth: 0.5 }),
      Plot.link(drawn, {
        x1: "local_longitude",
        y1: "local_latitude",
        x2: "partner_longitude",
        y2: "partner_latitude",
        stroke: "kind",
        strokeOpacity: 0.7,
        strokeWidth: 1.2,
      }),
      Plot.dot(drawn, {
        x: "partner_longitude",
        y: "partner_latitude",
        fill: "kind",
        r: 3,
        ...(href ? { href } : {}),
        title: (partnership: Partnership) =>
          `${partnership.local_government} – ${partnership.partner} (${partnership.partner_country_name})`,
      }),
      Plot.dot(drawn, { x: "local_longitude", y: "local_latitude", fill: "#1b1f24", r: 2.5 }),
    ],
  });
}
