import { newDatasetDescriptor } from "../dataset/checkDataPackage.ts";
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from "../dataset/schemas.ts";
import type { DatasetTexts } from "../dataset/readDataset.ts";
import { formatCsv } from "../format/formatCsv.ts";

/** A row of a draft as the researcher typed it: each field's text, "" for an empty cell. Never typed or trimmed, so nothing is altered. */
export type DraftRow = Record<string, string>;

/**
 * One coder's coding of one partnership, as the workbench keeps it while it
 * is being written: the registry fields, dated events, sources and codings,
 * each field as typed. A coding row with the score `NA` is NA (the source
 * is silent); an indicator without a row is not yet coded. A coding row
 * whose `scope` is `portfolio` is a statement about all of the local
 * government's partnerships, written to `portfolio_codings.csv`.
 */
export interface Draft {
  /** The draft's own id (not the partnership's). */
  id: string;
  /** What the researcher calls the draft. */
  name: string;
  /** Who codes: written into every coding's `coder` column. */
  coder: string;
  /** A second coder coding blind: the workbench shows no other coder's scores for this partnership. */
  blind: boolean;
  /** When the draft last changed (ISO 8601). */
  updated: string;
  partnership: DraftRow;
  events: DraftRow[];
  codings: DraftRow[];
  sources: DraftRow[];
}

/** The field names of a resource, in the format's order. */
export const fieldsOf = (resource: ResourceName): string[] =>
  RESOURCES[resource].schema.fields.map((field) => field.name);

/** An empty row of a resource, with `values` filled in. */
export function emptyRow(resource: ResourceName, values: DraftRow = {}): DraftRow {
  return Object.fromEntries(fieldsOf(resource).map((field) => [field, values[field] ?? ""]));
}

/**
 * A new, empty draft, named by its partnership's id, or by `untitled` (in the
 * reader's language: "kerja sama baru") when it has none yet.
 */
export function newDraft(
  id: string,
  coder: string,
  now: string,
  partnershipId = "",
  untitled = "new partnership",
): Draft {
  return {
    id,
    name: partnershipId || untitled,
    coder,
    blind: false,
    updated: now,
    partnership: emptyRow("partnerships", { id: partnershipId }),
    events: [],
    codings: [],
    sources: [],
  };
}

/** The files of a dataset made of drafts: the CSV texts and `datapackage.json`, as `paradiplomacy validate` reads them. */
export type DatasetFiles = Record<string, string>;

export interface DraftFilesOptions {
  /** The dataset's name in `datapackage.json` (default "workbench"). */
  name?: string;
}

/**
 * Writes drafts as a dataset in the format: one partnership per id (the
 * first draft's registry fields where several coders coded the same
 * partnership), every draft's codings under its coder, events and sources
 * once each by id. Cells are written exactly as typed: no formula escaping,
 * since this is data for the toolkit, not a report for a spreadsheet, and
 * escaping would alter a quote that starts with "-".
 */
export function draftFiles(drafts: readonly Draft[], options: DraftFilesOptions = {}): DatasetFiles {
  const rows: Record<ResourceName, DraftRow[]> = {
    partnerships: [],
    events: [],
    codings: [],
    portfolio_codings: [],
    sources: [],
  };
  const seen = new Map<ResourceName, Set<string>>(RESOURCE_NAMES.map((resource) => [resource, new Set()]));
  const addOnce = (resource: ResourceName, key: string, row: DraftRow) => {
    const keys = seen.get(resource)!;
    if (keys.has(key)) return;
    keys.add(key);
    rows[resource].push(row);
  };
  for (const draft of drafts) {
    const partnership = draft.partnership.id ?? "";
    addOnce("partnerships", partnership, draft.partnership);
    for (const event of draft.events) addOnce("events", event.id ?? "", { ...event, partnership });
    // Codings hold neither partnership nor coder: the draft says both.
    for (const source of draft.sources) addOnce("sources", source.id ?? "", source);
    for (const coding of draft.codings) {
      const { scope, ...cells } = coding;
      if (scope === "portfolio") {
        // A statement about all of the local government's partnerships: a portfolio coding, once per coder.
        const localGovernment = draft.partnership.local_government ?? "";
        addOnce("portfolio_codings", [localGovernment, cells.framework, cells.indicator, draft.coder].join("\u0000"), {
          ...cells,
          local_government: localGovernment,
          coder: draft.coder,
        });
      } else rows.codings.push({ ...cells, partnership, coder: draft.coder });
    }
  }
  const files: DatasetFiles = {};
  for (const resource of RESOURCE_NAMES) {
    const fields = fieldsOf(resource);
    files[RESOURCES[resource].path] = formatCsv(
      fields,
      rows[resource].map((row) => fields.map((field) => row[field] ?? "")),
      { escapeFormulae: false },
    );
  }
  const name = options.name ?? "workbench";
  files["datapackage.json"] = `${JSON.stringify(
    newDatasetDescriptor(name, "Partnerships coded on the paradiplomacy toolkit's workbench."),
    null,
    2,
  )}\n`;
  return files;
}

/** The files as the texts `validateDataset` reads. */
export function filesToTexts(files: DatasetFiles, folder = ""): DatasetTexts {
  const texts: DatasetTexts = { resources: {} };
  if (files["datapackage.json"] !== undefined)
    texts.datapackage = { file: `${folder}datapackage.json`, text: files["datapackage.json"] };
  for (const resource of RESOURCE_NAMES) {
    const path = RESOURCES[resource].path;
    if (files[path] !== undefined) texts.resources[resource] = { file: `${folder}${path}`, text: files[path] };
  }
  return texts;
}
