import { readTable } from "../schema/readTable.ts";
import type { TableSchema } from "../schema/tableSchema.ts";
import type { Problem } from "../problem.ts";
import { group } from "d3";
import { slugify } from "../schema/slugify.ts";

/** Table Schema of the worldwide twin-city pairs (Hekman, from Wikipedia). */
export const twinCitiesSchema: TableSchema = {
  missingValues: [""],
  fields: [
    { name: "city1", type: "string", title: "Host city", constraints: { required: true } },
    {
      name: "country1",
      type: "string",
      title: "Country whose Wikipedia page lists the pair",
      constraints: { required: true },
    },
    { name: "lat1", type: "number", constraints: { required: true, minimum: -90, maximum: 90 } },
    { name: "lng1", type: "number", constraints: { required: true, minimum: -180, maximum: 180 } },
    { name: "city2", type: "string", title: "Partner city", constraints: { required: true } },
    // Five rows of the snapshot have no partner country: missing, not invalid.
    { name: "country2", type: "string", title: "Partner country as written on the page (5 rows have none)" },
    { name: "lat2", type: "number", constraints: { required: true, minimum: -90, maximum: 90 } },
    { name: "lng2", type: "number", constraints: { required: true, minimum: -180, maximum: 180 } },
  ],
};

export interface TwinCityPair {
  city1: string;
  country1: string;
  lat1: number;
  lng1: number;
  city2: string;
  country2: string | null;
  lat2: number;
  lng2: number;
}

/**
 * The pairs as two flat columns, for handing over from a Web Worker: names (city1, country1, city2, country2 of each
 * pair in turn; a missing country as null) and coordinates (lat1, lng1, lat2, lng2), whose buffer can be
 * transferred. Copying these between threads costs a third of copying the pairs as objects.
 */
export interface TwinCityColumns {
  names: Array<string | null>;
  coordinates: Float64Array;
}

/** The pairs as columns (`TwinCityColumns`). */
export function twinCityColumns(pairs: readonly TwinCityPair[]): TwinCityColumns {
  const names = new Array<string | null>(pairs.length * 4);
  const coordinates = new Float64Array(pairs.length * 4);
  pairs.forEach((pair, index) => {
    names[index * 4] = pair.city1;
    names[index * 4 + 1] = pair.country1;
    names[index * 4 + 2] = pair.city2;
    names[index * 4 + 3] = pair.country2;
    coordinates.set([pair.lat1, pair.lng1, pair.lat2, pair.lng2], index * 4);
  });
  return { names, coordinates };
}

/** The pairs back from their columns. */
export function twinCityPairs({ names, coordinates }: TwinCityColumns): TwinCityPair[] {
  const pairs = new Array<TwinCityPair>(coordinates.length / 4);
  for (let index = 0; index < pairs.length; index++)
    pairs[index] = {
      city1: names[index * 4]!,
      country1: names[index * 4 + 1]!,
      lat1: coordinates[index * 4]!,
      lng1: coordinates[index * 4 + 1]!,
      city2: names[index * 4 + 2]!,
      country2: names[index * 4 + 3] ?? null,
      lat2: coordinates[index * 4 + 2]!,
      lng2: coordinates[index * 4 + 3]!,
    };
  return pairs;
}

/** Reads the twin-city pairs; rows with problems are reported and left out. */
export function readTwinCities(text: string, file = "twin_cities.csv"): { pairs: TwinCityPair[]; problems: Problem[] } {
  // The schema declares these fields; rows with problems are left out below.
  const table = readTable<TwinCityPair>(text, file, twinCitiesSchema);
  const badRows = new Set(table.problems.map((problem) => problem.row));
  const pairs = table.rows.filter((_, index) => !badRows.has(table.rowNumbers[index]!));
  return { pairs, problems: table.problems };
}

/** Is this country name Indonesia (as the pages write it: "Indonesia", "East Java, Indonesia" …)? */
const isIndonesia = (country: string | null) => country !== null && /(^|,\s*)Indonesia$/.test(country);

/**
 * The countries that Indonesian places twin with, from the pairs with
 * Indonesia on one side, most frequent first (ties by name).
 * @example
 * indonesianPartnerCountries([
 *   {city1: "Bandung", country1: "Indonesia", city2: "Liuzhou", country2: "China"},
 *   {city1: "Surabaya", country1: "East Java, Indonesia", city2: "Busan", country2: "South Korea"},
 *   {city1: "Medan", country1: "Indonesia", city2: "Chengdu", country2: "China"},
 *   {city1: "Paris", country1: "France", city2: "Rome", country2: "Italy"},
 * ]) // [{country: "China", pairs: 2}, {country: "South Korea", pairs: 1}]
 */
export function indonesianPartnerCountries(pairs: TwinCityPair[]): Array<{ country: string; pairs: number }> {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    const partner =
      isIndonesia(pair.country1) && !isIndonesia(pair.country2)
        ? pair.country2
        : isIndonesia(pair.country2) && !isIndonesia(pair.country1)
          ? pair.country1
          : null;
    if (partner !== null && partner !== undefined) counts.set(partner, (counts.get(partner) ?? 0) + 1);
  }
  return [...counts]
    .map(([country, count]) => ({ country, pairs: count }))
    .sort((a, b) => b.pairs - a.pairs || a.country.localeCompare(b.country));
}

/** Pairs with Indonesia on either side. */
export function indonesianPairs(pairs: TwinCityPair[]): TwinCityPair[] {
  return pairs.filter((pair) => isIndonesia(pair.country1) || isIndonesia(pair.country2));
}

/** Names as Wikipedia writes them for local governments named otherwise in the sources. */
const ALIASES: Record<string, string[]> = {
  "jawa-barat": ["west-java"],
  "kabupaten-bogor": ["bogor"],
  "brighton-and-hove": ["brighton-and-hove", "brighton"],
  "cotabato-city": ["cotabato-city", "cotabato"],
};

function nameKeys(name: string): string[] {
  const key = slugify(name);
  return [key, ...(ALIASES[key] ?? [])];
}

export interface CaseInNetwork {
  partnership: string;
  /** The pair as Wikipedia lists it, or null when the network does not have this partnership. */
  pair: TwinCityPair | null;
  /** How many twin-city pairs the local government has in the network. */
  localDegree: number;
}

/**
 * Finds each partnership in the worldwide network by the names of both
 * sides (accents, case and punctuation ignored; a few aliases such as
 * Jawa Barat = West Java), and counts the local government's pairs there.
 */
export function locateInNetwork(
  partnerships: Array<{ id: string; local_government: string; partner: string }>,
  pairs: TwinCityPair[],
): CaseInNetwork[] {
  const byCity = group(
    pairs.flatMap((pair) => [
      { key: slugify(pair.city1), pair },
      { key: slugify(pair.city2), pair },
    ]),
    (entry) => entry.key,
  );
  return partnerships.map((partnership) => {
    const localPairs = nameKeys(partnership.local_government).flatMap((key) =>
      (byCity.get(key) ?? []).map((entry) => entry.pair),
    );
    const partnerKeys = new Set(nameKeys(partnership.partner));
    const pair =
      localPairs.find(
        (candidate) => partnerKeys.has(slugify(candidate.city1)) || partnerKeys.has(slugify(candidate.city2)),
      ) ?? null;
    return { partnership: partnership.id, pair, localDegree: new Set(localPairs).size };
  });
}
