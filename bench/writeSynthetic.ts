// Writes a synthetic dataset folder, for profiling: npx tsx bench/writeSynthetic.ts 10000 /tmp/synthetic
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticDataset } from "./synthetic.ts";

const [size = "10000", folder = "/tmp/paradiplomacy-synthetic"] = process.argv.slice(2);
mkdirSync(folder, { recursive: true });
cpSync(
  fileURLToPath(new URL("../datasets/indonesia/datapackage.json", import.meta.url)),
  join(folder, "datapackage.json"),
);
for (const [name, text] of Object.entries(
  syntheticDataset(Number(size), { eventsPerPartnership: Number(process.env.EVENTS ?? 5) }),
))
  writeFileSync(join(folder, `${name}.csv`), text);
