import { readFile, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { checkDataPackage } from "../dataset/checkDataPackage.ts";
import type { DatasetTexts } from "../dataset/readDataset.ts";
import { RESOURCES, RESOURCE_NAMES, resourceForFile } from "../dataset/schemas.ts";
import type { Problem } from "../problem.ts";

/** What `readDatasetFiles` read: the texts of the dataset's files, its name, and the files it could not read, as problems. */
export interface DatasetLoad {
  texts: DatasetTexts;
  name: string;
  problems: Problem[];
}

const display = (path: string) => {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") || shown === "" ? path : shown;
};

/**
 * Reads a dataset folder (its `datapackage.json` and the CSV files it lists,
 * or the format's default file names) or a single CSV file recognised by its
 * name (`codings.csv` …). Missing files become problems.
 */
export async function readDatasetFiles(path: string): Promise<DatasetLoad> {
  const problems: Problem[] = [];
  const info = await stat(path).catch(() => undefined);
  if (info === undefined)
    return {
      texts: { resources: {} },
      name: basename(path),
      problems: [{ file: display(path), row: 0, column: 0, message: "no such file or folder" }],
    };
  if (info.isFile()) {
    const resource = resourceForFile(path);
    if (resource === undefined)
      return {
        texts: { resources: {} },
        name: basename(path),
        problems: [
          {
            file: display(path),
            row: 0,
            column: 0,
            message: "not a file of the dataset format",
            expected: `one of ${RESOURCE_NAMES.map((name) => RESOURCES[name].path).join(", ")}, or a dataset folder`,
          },
        ],
      };
    return {
      texts: { resources: { [resource]: { file: display(path), text: await readFile(path, "utf8") } } },
      name: basename(path),
      problems,
    };
  }
  const texts: DatasetTexts = { resources: {} };
  const packagePath = join(path, "datapackage.json");
  let paths: Partial<Record<string, string>> = {};
  const packageText = await readFile(packagePath, "utf8").catch(() => undefined);
  if (packageText === undefined)
    problems.push({
      file: display(packagePath),
      row: 0,
      column: 0,
      message: "the dataset has no datapackage.json",
      expected: "a Frictionless Data Package descriptor",
    });
  else {
    texts.datapackage = { file: display(packagePath), text: packageText };
    paths = checkDataPackage(packageText, display(packagePath)).info.paths;
  }
  for (const resource of RESOURCE_NAMES) {
    const file = join(path, paths[resource] ?? RESOURCES[resource].path);
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text === undefined && RESOURCES[resource].optional && paths[resource] === undefined) continue;
    if (text === undefined)
      problems.push({
        file: display(file),
        row: 0,
        column: 0,
        message: `the ${resource} file is missing`,
        expected: `a CSV file ${RESOURCES[resource].path}`,
      });
    else texts.resources[resource] = { file: display(file), text };
  }
  return { texts, name: basename(path), problems };
}
