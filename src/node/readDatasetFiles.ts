import { stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { checkDataPackage } from "../dataset/checkDataPackage.ts";
import type { DatasetTexts } from "../dataset/readDataset.ts";
import { RESOURCES, RESOURCE_NAMES, resourceForFile } from "../dataset/schemas.ts";
import type { Problem } from "../problem.ts";
import { leavesFolder, readTextFile } from "./readTextFile.ts";

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
 * name (`codings.csv` …). Missing files become problems, and so do paths
 * that leave the folder, files that are not regular files or are too large,
 * and files that are not UTF-8 (see `readTextFile`).
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
  const texts: DatasetTexts = { resources: {} };
  if (!info.isDirectory()) {
    const resource = resourceForFile(path);
    if (resource === undefined)
      return {
        texts,
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
    const read = await readTextFile(dirname(resolve(path)), basename(path), display(path));
    if ("text" in read) texts.resources[resource] = { file: display(path), text: read.text };
    else if ("problem" in read) problems.push(read.problem);
    return { texts, name: basename(path), problems };
  }
  const folder = resolve(path);
  const packagePath = join(path, "datapackage.json");
  let paths: Partial<Record<string, string>> = {};
  const packageRead = await readTextFile(folder, "datapackage.json", display(packagePath));
  if ("missing" in packageRead)
    problems.push({
      file: display(packagePath),
      row: 0,
      column: 0,
      message: "the dataset has no datapackage.json",
      expected: "a Frictionless Data Package descriptor",
    });
  else if ("problem" in packageRead) problems.push(packageRead.problem);
  else {
    texts.datapackage = { file: display(packagePath), text: packageRead.text };
    paths = checkDataPackage(packageRead.text, display(packagePath)).info.paths;
  }
  for (const resource of RESOURCE_NAMES) {
    const relativePath = paths[resource] ?? RESOURCES[resource].path;
    const file = join(path, relativePath);
    // A folder named as a resource's path is datapackage.json's fault: it says which resource.
    if (paths[resource] !== undefined && !leavesFolder(relativePath)) {
      const target = await stat(join(folder, relativePath)).catch(() => undefined);
      if (target?.isDirectory()) {
        (texts.unread ??= []).push(resource);
        problems.push({
          file: display(packagePath),
          row: 0,
          column: 0,
          message: `the path of the resource ${resource}, ${JSON.stringify(relativePath)}, is a folder, not a CSV file`,
          expected: `the path of its CSV file inside the dataset folder, such as ${JSON.stringify(RESOURCES[resource].path)}`,
        });
        continue;
      }
    }
    // A path that leaves the folder is datapackage.json's fault, and where it points is not shown.
    const read = await readTextFile(
      folder,
      relativePath,
      leavesFolder(relativePath) ? display(packagePath) : display(file),
    );
    if ("text" in read) texts.resources[resource] = { file: display(file), text: read.text };
    else if ("problem" in read) {
      problems.push(read.problem);
      (texts.unread ??= []).push(resource);
    } else if (!RESOURCES[resource].optional || paths[resource] !== undefined) {
      (texts.unread ??= []).push(resource);
      problems.push({
        file: display(file),
        row: 0,
        column: 0,
        message: `the ${resource} file is missing`,
        expected: `a CSV file ${RESOURCES[resource].path}`,
      });
    }
  }
  return { texts, name: basename(path), problems };
}
