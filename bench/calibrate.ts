// The reference the bench's ratios are read against, in a fresh process: papaparse alone (no conversion, no checks)
// parsing the codings file given, in one of two ways:
//   step:  record by record, each record's array read and dropped (papaparse's fastest way through a file);
//   whole: Papa.parse(text), every record kept as an array of strings (papaparse's default result).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";

const [file, mode = "step"] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
const start = performance.now();
let records = 0;
if (mode === "whole") records = Papa.parse<string[]>(text, { delimiter: ",", fastMode: false }).data.length;
else Papa.parse<string[]>(text, { delimiter: ",", fastMode: false, step: () => void records++ });
process.stdout.write(JSON.stringify({ records, ms: performance.now() - start }));
