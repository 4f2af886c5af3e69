import { describe, expect, it } from "vitest";
import { geoEqualEarth } from "d3";
import { projectArcs, projectLinks, twinCityDegrees } from "../../src/charts/networkMap.ts";

/** The pieces of a projected arc array: runs of [x, y] points, each begun by NaN, NaN (the pen lifted). */
function pieces(arcs: Float32Array): Array<Array<[number, number]>> {
  const result: Array<Array<[number, number]>> = [];
  for (let index = 0; index < arcs.length; index += 2) {
    if (Number.isNaN(arcs[index]!)) result.push([]);
    else result.at(-1)!.push([arcs[index]!, arcs[index + 1]!]);
  }
  return result;
}

const tokyo = { lat1: 35.68, lng1: 139.69 };
const sanFrancisco = { lat2: 37.77, lng2: -122.42 };

describe("projectArcs(pairs, width, height)", () => {
  it("draws a short pair as one piece from one city to the other", () => {
    const arcs = projectArcs([{ lat1: 48.86, lng1: 2.35, lat2: 51.51, lng2: -0.13 }], 960, 480);
    const links = projectLinks([{ lat1: 48.86, lng1: 2.35, lat2: 51.51, lng2: -0.13 }], 960, 480);
    const [piece, ...rest] = pieces(arcs);
    expect(rest).toEqual([]);
    expect(piece![0]![0]).toBeCloseTo(links[0]!, 3);
    expect(piece!.at(-1)![1]).toBeCloseTo(links[3]!, 3);
  });

  it("takes the short way round: Tokyo–San Francisco crosses the Pacific, cut in two at the map's edge, bowing north", () => {
    const arcs = projectArcs([{ ...tokyo, ...sanFrancisco }], 960, 480);
    const split = pieces(arcs);
    expect(split).toHaveLength(2);
    // One piece runs from Tokyo to the map's right edge, the other from its left edge to San Francisco:
    // no point crosses the middle of the map (Eurasia and the Atlantic, the long way round).
    const xs = split.flat().map(([x]) => x);
    expect(xs.every((x) => x > 700 || x < 260)).toBe(true);
    expect(Math.max(...xs)).toBeGreaterThan(850);
    expect(Math.min(...xs)).toBeLessThan(110);
    // A great circle between two cities at about 36° N passes north of both (smaller y on the map).
    const projection = geoEqualEarth().fitSize([960, 480], { type: "Sphere" });
    const north = projection([180, 48])![1];
    expect(Math.min(...split.flat().map(([, y]) => y))).toBeLessThan(north);
  });

  it("leaves out a pair without coordinates", () => {
    expect(projectArcs([{ lat1: Number.NaN, lng1: 0, lat2: 1, lng2: 1 }], 960, 480)).toHaveLength(0);
  });
});

describe("twinCityDegrees(pairs, links)", () => {
  it("lists each city once, where its links end, with its number of twin cities; unprojectable cities are left out", () => {
    const pairs = [
      {
        city1: "Bandung",
        country1: "ID",
        lat1: -6.9,
        lng1: 107.6,
        city2: "Liuzhou",
        country2: "CN",
        lat2: 24.3,
        lng2: 109.4,
      },
      {
        city1: "Bandung",
        country1: "ID",
        lat1: -6.9,
        lng1: 107.6,
        city2: "Seoul",
        country2: "KR",
        lat2: 37.6,
        lng2: 127,
      },
      {
        city1: "Nowhere",
        country1: "XX",
        lat1: Number.NaN,
        lng1: Number.NaN,
        city2: "Seoul",
        country2: "KR",
        lat2: 37.6,
        lng2: 127,
      },
    ];
    const links = projectLinks(pairs, 960, 480);
    const cities = twinCityDegrees(pairs, links);
    expect(cities.map((city) => [city.name, city.count])).toEqual([
      ["Bandung, ID", 2],
      ["Liuzhou, CN", 1],
      ["Seoul, KR", 2],
    ]);
    expect(cities[0]!.x).toBe(links[0]);
    expect(cities[0]!.y).toBe(links[1]);
  });
});
