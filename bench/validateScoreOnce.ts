// One measurement in a fresh process (so peak memory is this size's own):
// reads a synthetic dataset folder from disk, validates and scores it, prints JSON.
import { performance } from "node:perf_hooks";
import { readDatasetFiles } from "../src/node/readDatasetFiles.ts";
import { readDataset } from "../src/dataset/readDataset.ts";
import { scoreDataset } from "../src/score/scoreDataset.ts";

const folder = process.argv[2]!;
const start = performance.now();
const loaded = await readDatasetFiles(folder);
const read = performance.now();
const reading = readDataset(loaded.texts, loaded.name);
const validated = performance.now();
// Scoring includes building the rows as objects, which validation never needs.
const scores = scoreDataset(reading.dataset);
const scored = performance.now();
if (reading.problems.length > 0 || loaded.problems.length > 0)
  throw new Error(`synthetic data invalid: ${reading.problems.length + loaded.problems.length} problems`);
process.stdout.write(
  JSON.stringify({
    codings: reading.dataset.codings.length,
    events: reading.dataset.events.length,
    rows: reading.dataset.codings.length + reading.dataset.events.length + reading.dataset.partnerships.length,
    partnershipsScored: scores.length,
    readMs: read - start,
    validateMs: validated - read,
    scoreMs: scored - validated,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
