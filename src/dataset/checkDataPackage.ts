import { quoteValue, type Problem } from "../problem.ts";
import { FORMAT_VERSION, RESOURCES, RESOURCE_NAMES, type ResourceName } from "./schemas.ts";

export interface DataPackageInfo {
  name: string;
  title?: string;
  /** Resource paths relative to the package, by resource name. */
  paths: Partial<Record<ResourceName, string>>;
}

/**
 * Reads a `datapackage.json` descriptor: valid JSON, a name, and the four
 * resources of the format with their paths. A resource whose declared
 * schema lacks a field of the format, or declares it with another type, is
 * reported, so a package cannot silently drift from the format.
 */
export function checkDataPackage(text: string, file: string): { info: DataPackageInfo; problems: Problem[] } {
  const problems: Problem[] = [];
  const info: DataPackageInfo = { name: "dataset", paths: {} };
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? 0 : text.slice(0, Number(position)).split("\n").length;
    problems.push({
      file,
      row: line,
      column: 0,
      message: "datapackage.json is not valid JSON",
      expected: "a JSON object",
      found: (error as Error).message,
    });
    return { info, problems };
  }
  if (typeof descriptor !== "object" || descriptor === null || Array.isArray(descriptor)) {
    problems.push({
      file,
      row: 0,
      column: 0,
      message: "datapackage.json must hold a JSON object",
      expected: "an object with name and resources",
    });
    return { info, problems };
  }
  const record = descriptor as Record<string, unknown>;
  if (typeof record.name === "string") info.name = record.name;
  else
    problems.push({
      file,
      row: 0,
      column: 0,
      message: "the data package has no name",
      expected: 'a name such as "indonesia"',
    });
  if (typeof record.title === "string") info.title = record.title;
  const resources = Array.isArray(record.resources) ? (record.resources as Array<Record<string, unknown>>) : [];
  for (const name of RESOURCE_NAMES) {
    const resource = resources.find((entry) => entry?.name === name);
    if (resource === undefined && RESOURCES[name].optional) continue;
    if (resource === undefined) {
      problems.push({
        file,
        row: 0,
        column: 0,
        message: `the resource ${name} is not listed`,
        expected: `a resource named ${name} with path ${RESOURCES[name].path}`,
      });
      continue;
    }
    info.paths[name] = typeof resource.path === "string" ? resource.path : RESOURCES[name].path;
    const declared = (resource.schema as { fields?: Array<{ name?: unknown; type?: unknown }> } | undefined)?.fields;
    if (!Array.isArray(declared)) continue;
    for (const field of RESOURCES[name].schema.fields) {
      const match = declared.find((entry) => entry?.name === field.name);
      if (match === undefined) {
        // A field added to the format later (`optional`) may be missing from a dataset described before it.
        if (!("optional" in field && field.optional))
          problems.push({
            file,
            row: 0,
            column: 0,
            message: `the schema of ${name} lacks the field ${field.name}`,
            expected: `a field ${field.name} of type ${field.type}`,
          });
      } else if (match.type !== field.type)
        problems.push({
          file,
          row: 0,
          column: 0,
          message: `the field ${name}.${field.name} has the wrong type`,
          expected: field.type,
          found: quoteValue(String(match.type)),
        });
    }
  }
  return { info, problems };
}

/** Builds the `datapackage.json` descriptor of a dataset in this format, with the format's Table Schemas. */
export function dataPackageDescriptor(metadata: {
  name: string;
  title: string;
  description: string;
  version: string;
  licenses: Array<{ name: string; title: string }>;
  sources: Array<{ title: string; path?: string }>;
}) {
  return {
    profile: "tabular-data-package",
    ...metadata,
    resources: RESOURCE_NAMES.map((name) => ({
      name,
      path: RESOURCES[name].path,
      title: RESOURCES[name].title,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: RESOURCES[name].schema,
    })),
  };
}

/**
 * The descriptor of a new dataset in this format, as `paradiplomacy init` and
 * the workbench's export write it: the name as title, CC BY 4.0, the sources
 * in sources.csv, and the format's schemas.
 * @example newDatasetDescriptor("my-dataset", "Partnerships of Kota A.").licenses[0].name // "CC-BY-4.0"
 */
export function newDatasetDescriptor(name: string, description: string) {
  return dataPackageDescriptor({
    name,
    title: name,
    description,
    version: FORMAT_VERSION,
    licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0" }],
    sources: [{ title: "See sources.csv", path: "sources.csv" }],
  });
}
