/**
 * The Node-only part of the public API: reading a dataset from disk. It is apart from `paradiplomacy` so that
 * the main entry stays free of `node:` modules and runs in a browser or a Web Worker.
 *
 * @module paradiplomacy/node
 */
export { readDatasetFiles, type DatasetLoad } from "./readDatasetFiles.ts";
