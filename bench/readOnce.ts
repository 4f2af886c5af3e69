// One measurement in a fresh process: reads one codings file against its schema
// (parse, convert, check keys) and prints the time and the number of problems.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readTable } from "../src/schema/readTable.ts";
import { RESOURCES } from "../src/dataset/schemas.ts";

const text = readFileSync(process.argv[2]!, "utf8");
const start = performance.now();
const table = readTable(text, "codings.csv", RESOURCES.codings.schema);
process.stdout.write(
  JSON.stringify({ ms: performance.now() - start, rows: table.length, problems: table.problems.length }),
);
