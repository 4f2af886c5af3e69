// Regenerates datasets/indonesia/datapackage.json from the format's schemas (src/dataset/schemas.ts),
// so the descriptor never drifts from the code. Run: npx tsx scripts/writeDataPackage.ts
import { fileURLToPath } from "node:url";
import { dataPackageDescriptor } from "../src/dataset/checkDataPackage.ts";
import { FORMAT_VERSION } from "../src/dataset/schemas.ts";
import { writeFileAtomic } from "../src/node/writeFileAtomic.ts";
import { twinCitiesSchema } from "../src/dataset/twinCities.ts";

export const indonesiaDescriptor = dataPackageDescriptor({
  name: "indonesia",
  title: "Paradiplomacy of Indonesian local governments: coded case studies",
  description:
    "Sister-city and sister-province partnerships of Indonesian local governments described in five Indonesian sources, with dated events and framework codings. Every score cites its source and a locator.",
  version: FORMAT_VERSION,
  licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0" }],
  sources: [
    { title: "Five Indonesian source documents (see sources.csv)", path: "sources.csv" },
    { title: "Hekman, E. (2026). Twin cities (coordinates only)" },
  ],
});

/** The worldwide twin-city pairs (Hekman, from Wikipedia), with their licences and attribution. */
export const twinCitiesDescriptor = {
  profile: "tabular-data-package",
  name: "twin-cities",
  title: "Twin cities of the world (Wikipedia, via E. Hekman)",
  description:
    "25,917 geocoded twin-city pairs scraped from English Wikipedia's lists of twin towns and sister cities. See README.md for attribution.",
  version: "2026-02-08",
  licenses: [
    { name: "CC-BY-SA-4.0", title: "Wikipedia text: Creative Commons Attribution-ShareAlike 4.0" },
    { name: "MIT", title: "Hekman/twincities repository" },
    { name: "ODbL-1.0", title: "OpenStreetMap Nominatim geocoding" },
  ],
  sources: [
    {
      title: "Hekman, E. (2026). twincities, commit 84ebdec26ee6878367953cfbc56311ae6452752b",
      path: "https://github.com/Hekman/twincities",
    },
  ],
  resources: [
    {
      name: "twin_cities",
      path: "twin_cities.csv",
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: twinCitiesSchema,
    },
  ],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFileAtomic(
    fileURLToPath(new URL("../datasets/twin-cities/datapackage.json", import.meta.url)),
    `${JSON.stringify(twinCitiesDescriptor, null, 2)}\n`,
  );
  await writeFileAtomic(
    fileURLToPath(new URL("../datasets/indonesia/datapackage.json", import.meta.url)),
    `${JSON.stringify(indonesiaDescriptor, null, 2)}\n`,
  );
}
