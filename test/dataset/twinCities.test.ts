import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  indonesianPairs,
  indonesianPartnerCountries,
  readTwinCities,
  twinCityColumns,
  twinCityPairs,
} from "../../src/dataset/twinCities.ts";
import { ROOT } from "../helpers.ts";

const text = readFileSync(join(ROOT, "datasets/twin-cities/twin_cities.csv"), "utf8");
const { pairs, problems } = readTwinCities(text);

describe("datasets/twin-cities", () => {
  it("holds the 25,917 geocoded pairs of the snapshot, all valid", () => {
    expect(problems).toEqual([]);
    expect(pairs).toHaveLength(25_917);
    expect(pairs.filter((pair) => pair.country2 === null)).toHaveLength(5);
  });

  it("matches the source's count of pairs mentioning Indonesia (94)", () => {
    // SOURCE.md: "Indonesia: 94 rows mention Indonesia (63 with Indonesia as host country)".
    expect(indonesianPairs(pairs)).toHaveLength(94);
    expect(pairs.filter((pair) => pair.country1 === "Indonesia")).toHaveLength(63);
  });

  it("counts the countries Indonesian places twin with", () => {
    const countries = indonesianPartnerCountries(pairs);
    expect(countries.reduce((sum, entry) => sum + entry.pairs, 0)).toBeLessThanOrEqual(94);
    expect(countries[0]!.pairs).toBeGreaterThanOrEqual(countries[1]!.pairs);
    // Counted independently from the CSV (a Python csv.DictReader tally of pairs with one Indonesian side): China first, 19 pairs.
    expect(countries[0]).toEqual({ country: "China", pairs: 19 });
    expect(countries.map((entry) => entry.country)).toContain("South Africa");
  });

  it("ships a datapackage.json generated from the schema, with the licences", async () => {
    const { twinCitiesDescriptor } = await import("../../scripts/writeDataPackage.ts");
    expect(JSON.parse(readFileSync(join(ROOT, "datasets/twin-cities/datapackage.json"), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(twinCitiesDescriptor)),
    );
    expect(twinCitiesDescriptor.licenses.map((licence) => licence.name)).toContain("CC-BY-SA-4.0");
  });

  it("reports a malformed row and leaves it out", () => {
    const bad = readTwinCities(
      "city1,country1,lat1,lng1,city2,country2,lat2,lng2\nA,X,95,0,B,Y,0,0\nA,X,1,1,B,Y,2,2\n",
      "t.csv",
    );
    expect(bad.pairs).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({ file: "t.csv", row: 2, column: 3, message: "lat1 is too large" });
  });
});

describe("locateInNetwork(partnerships, pairs)", () => {
  it("finds coded cases in the Wikipedia network by both names, with aliases", async () => {
    const { locateInNetwork } = await import("../../src/dataset/twinCities.ts");
    const found = locateInNetwork(
      [
        { id: "denpasar-mossel-bay", local_government: "Denpasar", partner: "Mossel Bay" },
        { id: "bandung-liuzhou", local_government: "Bandung", partner: "Liuzhou" },
        { id: "kabupaten-bogor-nanning", local_government: "Kabupaten Bogor", partner: "Nanning" },
        { id: "denpasar-perth", local_government: "Denpasar", partner: "Perth" },
      ],
      pairs,
    );
    expect(found.map((entry) => [entry.partnership, entry.pair !== null])).toEqual([
      ["denpasar-mossel-bay", true],
      ["bandung-liuzhou", true],
      ["kabupaten-bogor-nanning", true],
      ["denpasar-perth", false],
    ]);
    expect(found[0]!.pair).toMatchObject({ city1: "Denpasar", city2: "Mossel Bay" });
    // Denpasar has 3 pairs in the network: Asenovgrad, Mossel Bay, Spassky District.
    expect(found[0]!.localDegree).toBe(3);
  });
});

describe("twinCityColumns(pairs) and twinCityPairs(columns)", () => {
  it("hand the pairs over as columns and back unchanged, a missing country included", () => {
    const pairs = [
      {
        city1: "Bandung",
        country1: "Indonesia",
        lat1: -6.9,
        lng1: 107.6,
        city2: "Braunschweig",
        country2: "Germany",
        lat2: 52.3,
        lng2: 10.5,
      },
      {
        city1: "Kota A",
        country1: "Indonesia",
        lat1: 1,
        lng1: 2,
        city2: "Kota B",
        country2: null,
        lat2: Number.NaN,
        lng2: 4,
      },
    ];
    const columns = twinCityColumns(pairs);
    expect(columns.names).toEqual([
      "Bandung",
      "Indonesia",
      "Braunschweig",
      "Germany",
      "Kota A",
      "Indonesia",
      "Kota B",
      null,
    ]);
    expect(columns.coordinates).toBeInstanceOf(Float64Array);
    expect(twinCityPairs(structuredClone(columns))).toEqual(pairs);
  });
});
