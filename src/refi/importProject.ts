import Papa from "papaparse";
import { parseRefiQdaCodeKey, refiQdaCodeGuid, refiQdaCodeKey } from "../codebook/refiQdaCodebook.ts";
import { newDatasetDescriptor } from "../dataset/checkDataPackage.ts";
import { RESOURCES, RESOURCE_NAMES, type ResourceName } from "../dataset/schemas.ts";
import { slugify } from "../schema/slugify.ts";
import type { Dataset } from "../dataset/types.ts";
import { evidenceKinds, type EvidenceKind } from "../dataset/vocabularies.ts";
import { findHeadings } from "../documents/findHeadings.ts";
import { locatorOf } from "../documents/locate.ts";
import { passageText } from "../documents/passageText.ts";
import { formatCsv } from "../format/formatCsv.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import { codePointOffsets } from "./codePointOffsets.ts";
import { CODING_NOTE_FIELDS, PARTNERSHIP_VARIABLE, SOURCE_VARIABLE, codingKey } from "./exportQdpx.ts";
import type { QdaProject, QdaTextSource } from "./qdaProject.ts";

/** A dataset's files by name (`codings.csv`, `datapackage.json`), as text. */
export type DatasetFileTexts = Record<string, string>;

export interface ImportProjectOptions {
  /** The frameworks whose codes become codings (default: the toolkit's). */
  registry?: Registry;
  /** An existing dataset the codings are added to (its files as text and as rows): its partnerships and sources are the ones referred to. */
  into?: { files: DatasetFileTexts; dataset: Pick<Dataset, "partnerships" | "sources" | "codings"> };
  /** The evidence kind of codings whose project says none (a project from another program); default none: they are reported. */
  evidenceKind?: EvidenceKind;
  /** The dataset's name in a new datapackage.json (default "imported"). */
  name?: string;
}

/** Things of the project that did not become codings, by what they are: a line each for the report. */
export interface ImportReport {
  /** Each line names what was left out and how many (`3 selections coded with codes outside the codebook: "Theme A" (2), …`). */
  leftOut: string[];
  /** Codings whose key (partnership, framework, indicator, coder) the dataset has already, or the project has twice: never overwritten. */
  conflicts: string[];
  /** What a coding needs and the project does not say (the partnership of a source no case names), with how to fix it. */
  missing: string[];
  /** Names changed to fit the format (a user "Ana Maria" becomes the coder "Ana-Maria"). */
  renamed: string[];
}

/** The imported dataset: its files, the source texts for its sources/ folder (by file name), the number of codings added, and the report. */
export interface ProjectImport {
  files: DatasetFileTexts;
  sourceTexts: Record<string, string>;
  /** The same texts by source id (without `into`), for a program that keeps documents by source. */
  textsById: Record<string, string>;
  added: number;
  /**
   * Where each imported coding's selection lies in its source's text (as in
   * `textsById`), by the coding's key (`codingKey`): the source id and UTF-16
   * offsets, end exclusive. A program that shows the source marks the
   * selection there, not merely where its text first occurs.
   */
  places: Record<string, { source: string; start: number; end: number }>;
  report: ImportReport;
}

const fieldsOf = (resource: ResourceName) => RESOURCES[resource].schema.fields.map((field) => field.name);

/** A name as the format's ids allow it (`[A-Za-z0-9._-]+`). */
const asId = (name: string) =>
  name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "") || "source";

const countedNames = (names: string[]) => {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${JSON.stringify(name)}${count > 1 ? ` (${count})` : ""}`).join(", ");
};

/**
 * The codings of a REFI-QDA project coded with this toolkit's codebook, as
 * a dataset: every selection of a text coded with one of the codebook's
 * codes (matched by GUID, or by the `framework/indicator=score` its name
 * starts with) becomes a coding: quote = the selected text, source, locator
 * (from the project's note, or derived from the position: page, section),
 * coder = the coding's creating user, partnership = the case that names the
 * selection, or else the one case that names its source, evidence kind and
 * locator from the note the toolkit's export writes, note = the selection's
 * description. Everything else is counted in the report by name: codes
 * outside the codebook, selections without a coding (MAXQDA's commented
 * segments), selections of pictures, PDF regions, audio and video. With
 * `into`, codings are added to a copy of that dataset, whose partnerships
 * and sources they must name, and a key already there is a conflict, never
 * overwritten. Without it, partnerships and sources are made from the
 * project's cases and sources and their variables. The caller validates the
 * files: what the project does not say shows as missing there.
 */
export function importProject(project: QdaProject, options: ImportProjectOptions = {}): ProjectImport {
  const registry: Registry = options.registry ?? frameworks;
  const report: ImportReport = { leftOut: [], conflicts: [], missing: [], renamed: [] };
  const byGuid = new Map<string, { framework: string; indicator: string; score: number }>();
  for (const [framework, definition] of Object.entries(registry))
    for (const indicator of definition.indicators)
      for (const level of definition.scale.levels)
        byGuid.set(refiQdaCodeGuid(refiQdaCodeKey(framework, indicator.id, level.value)), {
          framework,
          indicator: indicator.id,
          score: level.value,
        });
  const codeOf = (guid: string) => {
    const known = byGuid.get(guid);
    if (known !== undefined) return known;
    const parsed = parseRefiQdaCodeKey(project.codes.get(guid)?.name ?? "");
    if (parsed === null) return null;
    const framework = registry[parsed.framework];
    const fits =
      framework?.indicators.some((indicator) => indicator.id === parsed.indicator) &&
      framework.scale.levels.some((level) => level.value === parsed.score);
    return fits ? parsed : null;
  };

  // Sources: matched to the dataset's by id (or by name without its extension), or made from the project's.
  const into = options.into;
  const sourceIds = new Map<string, string>();
  const usedIds = new Set<string>();
  const stem = (name: string) => name.replace(/\.[A-Za-z0-9]+$/, "");
  const sourceRows: Array<Record<string, string>> = [];
  const sourceTexts: Record<string, string> = {};
  const textsById: Record<string, string> = {};
  const sameNamed: string[] = [];
  for (const source of project.sources) {
    if (into !== undefined) {
      const match =
        into.dataset.sources.find((row) => row.id === source.name) ??
        into.dataset.sources.find((row) => stem(row.id) === stem(source.name));
      if (match !== undefined) sourceIds.set(source.guid, match.id);
      else if (source.selections.length > 0)
        report.missing.push(
          `the source ${JSON.stringify(source.name)} is not in the dataset's sources.csv: add it there (its id the file's name), then import again`,
        );
      continue;
    }
    let id = asId(source.variables[`${SOURCE_VARIABLE}id`] ?? source.name);
    if (usedIds.has(id)) {
      sameNamed.push(source.name);
      let number = 2;
      while (usedIds.has(`${stem(id)}-${number}${id.slice(stem(id).length)}`)) number++;
      id = `${stem(id)}-${number}${id.slice(stem(id).length)}`;
    }
    if (id !== source.name) report.renamed.push(`the source ${JSON.stringify(source.name)} is ${JSON.stringify(id)}`);
    usedIds.add(id);
    sourceIds.set(source.guid, id);
    const row: Record<string, string> = { id, type: "other", title: source.name };
    for (const [name, value] of Object.entries(source.variables))
      if (name.startsWith(SOURCE_VARIABLE)) row[name.slice(SOURCE_VARIABLE.length)] = value;
    row.id = id;
    sourceRows.push(row);
    if (source.text !== null) textsById[id] = source.text;
    if (source.text !== null)
      sourceTexts[/\.(txt|md|markdown)$/i.test(id) || !/\.[A-Za-z0-9]+$/.test(id) ? id : `${stem(id)}.txt`] =
        source.text;
  }
  if (sameNamed.length > 0) report.renamed.push(`sources sharing a name were numbered: ${countedNames(sameNamed)}`);

  // Partnerships: the cases with a name, matched to the dataset's, or made from the cases.
  const partnershipOfCase = new Map<string, string>();
  const partnershipRows: Array<Record<string, string>> = [];
  for (const kase of project.cases) {
    if (kase.name === null) continue;
    const declared = kase.variables[`${PARTNERSHIP_VARIABLE}id`] ?? kase.name;
    if (into !== undefined) {
      const match = into.dataset.partnerships.find((row) => row.id === declared || row.id === slugify(declared));
      if (match !== undefined) partnershipOfCase.set(kase.guid, match.id);
      else if (kase.selectionRefs.length > 0 || kase.sourceRefs.length > 0)
        report.missing.push(
          `the case ${JSON.stringify(kase.name)} names no partnership of the dataset: name the case as a partnership's id in partnerships.csv`,
        );
      continue;
    }
    const id = slugify(declared);
    if (id !== declared)
      report.renamed.push(`the case ${JSON.stringify(kase.name)} is the partnership ${JSON.stringify(id)}`);
    partnershipOfCase.set(kase.guid, id);
    const row: Record<string, string> = { id };
    for (const [name, value] of Object.entries(kase.variables))
      if (name.startsWith(PARTNERSHIP_VARIABLE)) row[name.slice(PARTNERSHIP_VARIABLE.length)] = value;
    row.id = id;
    partnershipRows.push(row);
  }
  const caseOfSelection = new Map<string, string[]>();
  const casesOfSource = new Map<string, string[]>();
  for (const kase of project.cases) {
    const partnership = partnershipOfCase.get(kase.guid);
    if (partnership === undefined) continue;
    for (const ref of kase.selectionRefs) caseOfSelection.set(ref, [...(caseOfSelection.get(ref) ?? []), partnership]);
    for (const ref of kase.sourceRefs)
      casesOfSource.set(ref, [...new Set([...(casesOfSource.get(ref) ?? []), partnership])]);
  }

  const keys = new Set(into?.dataset.codings.map((coding) => codingKey(coding)) ?? []);
  const codingRows: Array<Record<string, string>> = [];
  const places: ProjectImport["places"] = {};
  const outside: string[] = [];
  let uncoded = 0;
  const noPartnership = new Map<string, number>();
  const noCoder: string[] = [];
  const noKind: string[] = [];
  const coderNames = new Map<string, string>();
  const coderOf = (guid: string | null) => {
    const name = guid === null ? undefined : project.users.get(guid);
    if (name === undefined || name.trim() === "") return null;
    const coder = asId(name);
    if (coder !== name && !coderNames.has(name))
      report.renamed.push(`the user ${JSON.stringify(name)} is the coder ${JSON.stringify(coder)}`);
    coderNames.set(name, coder);
    return coder;
  };
  const documentOf = (source: QdaTextSource) => {
    const text = source.text ?? "";
    const pageStarts = text.includes("\f") ? [0, ...[...text.matchAll(/\f/g)].map((match) => match.index + 1)] : [];
    return {
      text,
      pageStarts,
      headings: findHeadings(text, /\.(md|markdown)$/i.test(source.name) ? "markdown" : "text"),
      offsets: codePointOffsets(text),
    };
  };
  for (const source of project.sources) {
    const sourceId = sourceIds.get(source.guid);
    if (source.text === null) continue;
    const document = documentOf(source);
    for (const selection of source.selections) {
      if (selection.codings.length === 0) {
        uncoded++;
        continue;
      }
      for (const coding of selection.codings) {
        const code = codeOf(coding.codeGuid);
        if (code === null) {
          outside.push(project.codes.get(coding.codeGuid)?.name ?? coding.codeGuid);
          continue;
        }
        if (sourceId === undefined) continue;
        const cases = caseOfSelection.get(selection.guid) ?? casesOfSource.get(source.guid) ?? [];
        if (cases.length !== 1) {
          noPartnership.set(source.name, (noPartnership.get(source.name) ?? 0) + 1);
          continue;
        }
        const coder = coderOf(coding.creatingUser ?? selection.creatingUser);
        if (coder === null) {
          noCoder.push(source.name);
          continue;
        }
        const note = coding.noteRefs
          .map((guid) => project.notes.get(guid) ?? "")
          .find((text) => CODING_NOTE_FIELDS.every((field) => new RegExp(`^${field}: "`, "m").test(text)));
        const noted = (field: (typeof CODING_NOTE_FIELDS)[number]) => {
          const value = note === undefined ? undefined : new RegExp(`^${field}: (".*")$`, "m").exec(note)?.[1];
          try {
            return value === undefined ? undefined : String(JSON.parse(value));
          } catch {
            return undefined;
          }
        };
        const start = document.offsets.toUtf16(selection.start);
        const end = document.offsets.toUtf16(selection.end);
        const kind = noted("evidence_kind") || options.evidenceKind || "";
        if (kind === "") noKind.push(source.name);
        const row = {
          partnership: cases[0]!,
          framework: code.framework,
          indicator: code.indicator,
          score: String(code.score),
          coder,
          // Without page numbers, a page break as a line break: the format's text has no form feeds.
          evidence: passageText(document, start, end),
          evidence_kind: kind,
          source: sourceId,
          locator: noted("locator") ?? locatorOf(document, start, end),
          note: selection.description?.trim() ?? "",
          note_indonesian: noted("note_indonesian") ?? "",
        };
        const key = codingKey(row);
        if (keys.has(key)) {
          report.conflicts.push(
            `${key}: ${into?.dataset.codings.some((other) => codingKey(other) === key) ? "the dataset has this coding already" : "the project codes it twice"}; kept as it was, the selection "${Array.from(row.evidence.replace(/\s+/g, " ")).slice(0, 60).join("")}" not imported`,
          );
          continue;
        }
        keys.add(key);
        codingRows.push(row);
        places[key] = { source: sourceId, start, end };
      }
    }
  }
  if (outside.length > 0)
    report.leftOut.push(`${outside.length} codings with codes outside the codebook: ${countedNames(outside)}`);
  if (uncoded > 0) report.leftOut.push(`${uncoded} selections with no code (a comment or memo only), not codings`);
  for (const [kind, count] of project.otherSelections)
    report.leftOut.push(`${count} ${kind} elements: only text selections become codings`);
  for (const problem of project.problems) report.leftOut.push(problem);
  for (const [name, count] of noPartnership)
    report.missing.push(
      `the partnership of ${count} coding${count === 1 ? "" : "s"} in the source ${JSON.stringify(name)}: no case names the selection, and not exactly one case names the source (give the source, or each selection, one case named as the partnership)`,
    );
  if (noCoder.length > 0)
    report.missing.push(
      `the coder of ${noCoder.length} codings (no user made them): ${countedNames(noCoder)}; set the coding's user in the QDA program`,
    );
  if (noKind.length > 0)
    report.missing.push(
      `the evidence kind of ${noKind.length} codings (the project says none): give --evidence-kind ${evidenceKinds.codes.join("|")}, or fill the column`,
    );

  const files: DatasetFileTexts = {};
  const table = (resource: ResourceName, rows: Array<Record<string, string>>) => {
    const fields = fieldsOf(resource);
    return formatCsv(
      fields,
      rows.map((row) => fields.map((field) => row[field] ?? "")),
      { escapeFormulae: false },
    );
  };
  if (into !== undefined) {
    Object.assign(files, into.files);
    const base = into.files[RESOURCES.codings.path] ?? table("codings", []);
    // The rows are appended in the columns and with the delimiter of the dataset's own header: its file is otherwise kept byte for byte.
    const headerLine = /^[^\r\n]*/.exec(base.replace(/^\uFEFF/, ""))![0];
    const delimiter = headerLine.includes(";") && !headerLine.includes(",") ? ";" : ",";
    const header = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? fieldsOf("codings");
    const added = formatCsv(
      header,
      codingRows.map((row) => header.map((field) => row[field.trim()] ?? "")),
      { escapeFormulae: false, delimiter },
    ).replace(/^[^\r\n]*\r?\n/, "");
    files[RESOURCES.codings.path] = `${base}${/\n$/.test(base) || base === "" ? "" : "\r\n"}${added}`;
  } else {
    for (const resource of RESOURCE_NAMES) files[RESOURCES[resource].path] = table(resource, []);
    files[RESOURCES.partnerships.path] = table("partnerships", partnershipRows);
    files[RESOURCES.sources.path] = table("sources", sourceRows);
    files[RESOURCES.codings.path] = table("codings", codingRows);
    files["datapackage.json"] = `${JSON.stringify(
      newDatasetDescriptor(
        options.name ?? "imported",
        `Codings imported from a REFI-QDA project${project.origin ? ` written by ${project.origin}` : ""}.`,
      ),
      null,
      2,
    )}\n`;
  }
  return {
    files,
    sourceTexts: into === undefined ? sourceTexts : {},
    textsById: into === undefined ? textsById : {},
    added: codingRows.length,
    places,
    report,
  };
}
