// Regenerates datasets/indonesia/datapackage.json from the format's schemas (src/dataset/schemas.ts),
// so the descriptor never drifts from the code. Run: npx tsx scripts/writeDataPackage.ts
import { fileURLToPath } from "node:url";
import { dataPackageDescriptor } from "../src/dataset/checkDataPackage.ts";
import { FORMAT_VERSION } from "../src/dataset/schemas.ts";
import { writeFileAtomic } from "../src/node/writeFileAtomic.ts";

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFileAtomic(fileURLToPath(new URL("../datasets/indonesia/datapackage.json", import.meta.url)), `${JSON.stringify(indonesiaDescriptor, null, 2)}\n`);
}
