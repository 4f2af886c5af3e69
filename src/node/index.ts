// The Node-only part of the public API (`paradiplomacy/node`): reading a dataset from disk. It is apart from
// `paradiplomacy` so that the main entry stays free of `node:` modules and runs in a browser or a Web Worker.
export { readDatasetFiles, type DatasetLoad } from "./readDatasetFiles.ts";
