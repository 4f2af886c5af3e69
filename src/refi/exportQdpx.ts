import { strToU8, zipSync } from "fflate";
import { refiQdaCodeGuid, refiQdaCodeKey, refiQdaCodes, stableGuid } from "../codebook/refiQdaCodebook.ts";
import type { Coding, Partnership, Source } from "../dataset/types.ts";
import { findQuote } from "../documents/findQuote.ts";
import { pageNumberLines } from "../documents/pageNumberLines.ts";
import { searchableText } from "../documents/searchableText.ts";
import type { SourceDocument } from "../documents/sourceDocument.ts";
import { frameworks, type Registry } from "../frameworks/registry.ts";
import type { Language } from "../language.ts";
import { quoteValue, type Problem } from "../problem.ts";
import type { Table } from "../schema/readTable.ts";
import { codePointOffsets } from "./codePointOffsets.ts";
import { xmlText } from "./xmlText.ts";

export interface ExportQdpxOptions {
  /** The project's name (default "paradiplomacy"). */
  name?: string;
  /** Language of the codes' names and descriptions (default "en"). */
  language?: Language;
  /** The frameworks (default: the toolkit's). */
  registry?: Registry;
}

/** What goes into the project: the dataset's rows, its codings table (for rows and columns in reports), and the sources' documents by id. */
export interface QdpxContent {
  partnerships: readonly Partnership[];
  sources: readonly Source[];
  codings: Table<Coding>;
  documents: Readonly<Record<string, SourceDocument>>;
}

/** A REFI-QDA project made from a dataset: the `.qdpx` bytes, and the codings that are not in it, each with why. */
export interface QdpxExport {
  bytes: Uint8Array;
  /** `project.qde`, as written into the ZIP. */
  project: string;
  /** Codings with a quote that could not be placed in their source (each at its row and column), and sources without a document. */
  unplaced: Problem[];
  /** The number of codings exported as coded selections. */
  exported: number;
  /** The number of codings without a quote (nothing to select). */
  withoutQuote: number;
}

/** The variables a case and a text source carry: every column of partnerships.csv and sources.csv but the id. */
export const PARTNERSHIP_VARIABLE = "partnership: ";
export const SOURCE_VARIABLE = "source: ";
/** The name of the note a coding carries its evidence kind and locator in. */
export const CODING_NOTE = "paradiplomacy coding";

/** The fields of a coding its note carries, which a REFI-QDA project has no place for. */
export const CODING_NOTE_FIELDS = ["evidence_kind", "locator", "note_indonesian"] as const;

/** The GUID of a thing of the project, the same in every export of the same dataset. */
export const projectGuid = (kind: string, key: string) => stableGuid(`paradiplomacy:${kind}:${key}`);

/** A coding's key: its primary key in codings.csv. */
export const codingKey = (coding: Pick<Coding, "partnership" | "framework" | "indicator" | "coder">) =>
  `${coding.partnership}/${coding.framework}/${coding.indicator}/${coding.coder}`;

const valueText = (value: unknown) => (value === null || value === undefined ? null : String(value));

function variableValues(prefix: string, row: object, indent: string): string[] {
  return Object.entries(row)
    .filter(([field, value]) => field !== "id" && valueText(value) !== null)
    .flatMap(([field, value]) => [
      `${indent}<VariableValue>`,
      `${indent}  <VariableRef targetGUID="${projectGuid("variable", prefix + field)}"/>`,
      `${indent}  <TextValue>${xmlText(valueText(value)!)}</TextValue>`,
      `${indent}</VariableValue>`,
    ]);
}

/**
 * A dataset as a REFI-QDA project (`.qdpx`: a ZIP holding `project.qde`
 * and `Sources/`), as ATLAS.ti, NVivo, MAXQDA and QualCoder import it: the
 * codebook (the codes and GUIDs of `codebook --format qdc`), the coders as
 * Users, each source with a document as a TextSource holding its plain text
 * (`Sources/<guid>.txt`), each coding whose quote is found in its source as
 * a PlainTextSelection (Unicode code points from 0, end exclusive) coded
 * with its code, its note as the selection's Description and its evidence
 * kind and locator in a Note, and each partnership as a Case naming its
 * sources and selections. The columns of partnerships.csv and sources.csv
 * travel as Variables. Quotes that cannot be placed are returned, each at
 * its row and column, never dropped silently. Deterministic: the same
 * dataset gives the same bytes.
 */
export function exportQdpx(content: QdpxContent, options: ExportQdpxOptions = {}): QdpxExport {
  const registry = options.registry ?? frameworks;
  const unplaced: Problem[] = [];
  const codingsFile = content.codings.file;
  const evidenceColumn = content.codings.columns.evidence ?? 0;
  const selectionsBySource = new Map<string, string[]>();
  const notes: string[] = [];
  const casesOf = new Map<string, { sources: Set<string>; selections: string[] }>();
  const users = new Set<string>();
  let exported = 0;
  let withoutQuote = 0;
  const searchables = new Map<string, ReturnType<typeof searchableText>>();
  const offsets = new Map<string, ReturnType<typeof codePointOffsets>>();
  content.codings.rows.forEach((coding, index) => {
    if (coding.evidence === null) {
      withoutQuote++;
      return;
    }
    const at = {
      file: codingsFile,
      row: content.codings.rowNumbers[index]!,
      column: evidenceColumn,
      field: "evidence",
    };
    if (coding.score === null) {
      unplaced.push({
        ...at,
        message: "a quote for NA is not exported: NA has no code in the codebook (the source is silent)",
      });
      return;
    }
    const document = coding.source === null ? undefined : content.documents[coding.source];
    if (document === undefined) {
      unplaced.push({
        ...at,
        message: `the quote is not exported: no document of its source ${quoteValue(coding.source ?? "")}`,
        expected: "the source's document in the sources folder",
      });
      return;
    }
    let start = document.text.indexOf(coding.evidence);
    let end = start + coding.evidence.length;
    if (start < 0) {
      let searchable = searchables.get(coding.source!);
      if (searchable === undefined)
        searchables.set(coding.source!, (searchable = searchableText(document.text, pageNumberLines(document))));
      const place = findQuote(searchable, coding.evidence);
      if (!("start" in place)) {
        unplaced.push({
          ...at,
          message: `the quote is not exported: ${"missing" in place ? `it is not in ${document.name}` : `its parts are not in the order of ${document.name}`}`,
          found: quoteValue("missing" in place ? place.missing : coding.evidence, 120),
        });
        return;
      }
      [start, end] = [place.start, place.end];
    }
    let codePoints = offsets.get(coding.source!);
    if (codePoints === undefined) offsets.set(coding.source!, (codePoints = codePointOffsets(document.text)));
    const key = codingKey(coding);
    const user = projectGuid("user", coding.coder);
    users.add(coding.coder);
    const selection = projectGuid("selection", key);
    const note = projectGuid("note", key);
    const lines = [
      `        <PlainTextSelection guid="${selection}" name="${xmlText(Array.from(document.text.slice(start, end)).slice(0, 200).join(""), true)}" startPosition="${codePoints.toCodePoint(start)}" endPosition="${codePoints.toCodePoint(end)}" creatingUser="${user}">`,
      ...(coding.note === null ? [] : [`          <Description>${xmlText(coding.note)}</Description>`]),
      `          <Coding guid="${projectGuid("coding", key)}" creatingUser="${user}">`,
      `            <CodeRef targetGUID="${refiQdaCodeGuid(refiQdaCodeKey(coding.framework, coding.indicator, coding.score))}"/>`,
      `            <NoteRef targetGUID="${note}"/>`,
      "          </Coding>",
      "        </PlainTextSelection>",
    ];
    const list = selectionsBySource.get(coding.source!) ?? [];
    list.push(...lines);
    selectionsBySource.set(coding.source!, list);
    // One line a field, each value as a JSON string, so that any text (line breaks included) comes back as it was.
    const noteText = CODING_NOTE_FIELDS.map((field) => `${field}: ${JSON.stringify(coding[field] ?? "")}`).join("\n");
    notes.push(
      `    <Note guid="${note}" name="${CODING_NOTE} ${xmlText(key, true)}">`,
      `      <PlainTextContent>${xmlText(noteText)}</PlainTextContent>`,
      "    </Note>",
    );
    const kase = casesOf.get(coding.partnership) ?? { sources: new Set<string>(), selections: [] };
    kase.sources.add(coding.source!);
    kase.selections.push(selection);
    casesOf.set(coding.partnership, kase);
    exported++;
  });

  const files: Record<string, Uint8Array> = {};
  const sourceLines: string[] = [];
  for (const source of content.sources) {
    const document = content.documents[source.id];
    if (document === undefined) continue;
    const guid = projectGuid("source", source.id);
    files[`Sources/${guid}.txt`] = strToU8(document.text);
    sourceLines.push(
      `    <TextSource guid="${guid}" name="${xmlText(source.id, true)}" plainTextPath="internal://${guid}.txt">`,
      `      <Description>${xmlText(source.citation)}</Description>`,
      ...(selectionsBySource.get(source.id) ?? []),
      ...variableValues(SOURCE_VARIABLE, source, "      "),
      "    </TextSource>",
    );
  }
  const caseLines = content.partnerships.flatMap((partnership) => {
    const kase = casesOf.get(partnership.id);
    return [
      `    <Case guid="${projectGuid("case", partnership.id)}" name="${xmlText(partnership.id, true)}">`,
      `      <Description>${xmlText(`${partnership.local_government} – ${partnership.partner}`)}</Description>`,
      ...variableValues(PARTNERSHIP_VARIABLE, partnership, "      "),
      ...[...(kase?.sources ?? [])].map((id) => `      <SourceRef targetGUID="${projectGuid("source", id)}"/>`),
      ...(kase?.selections ?? []).map((guid) => `      <SelectionRef targetGUID="${guid}"/>`),
      "    </Case>",
    ];
  });
  const variableNames = [
    ...new Set([
      ...content.partnerships.flatMap((row) => Object.keys(row).map((field) => PARTNERSHIP_VARIABLE + field)),
      ...content.sources.flatMap((row) => Object.keys(row).map((field) => SOURCE_VARIABLE + field)),
    ]),
  ].filter((name) => !name.endsWith(": id"));
  const project = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${xmlText(options.name ?? "paradiplomacy", true)}" origin="paradiplomacy">`,
    ...(users.size === 0
      ? []
      : [
          "  <Users>",
          ...[...users]
            .sort()
            .map((user) => `    <User guid="${projectGuid("user", user)}" name="${xmlText(user, true)}"/>`),
          "  </Users>",
        ]),
    "  <CodeBook>",
    "    <Codes>",
    ...refiQdaCodes({ language: options.language ?? "en", registry }, "      "),
    "    </Codes>",
    "  </CodeBook>",
    ...(variableNames.length === 0
      ? []
      : [
          "  <Variables>",
          ...variableNames.map(
            (name) =>
              `    <Variable guid="${projectGuid("variable", name)}" name="${xmlText(name, true)}" typeOfVariable="Text"/>`,
          ),
          "  </Variables>",
        ]),
    ...(caseLines.length === 0 ? [] : ["  <Cases>", ...caseLines, "  </Cases>"]),
    ...(sourceLines.length === 0 ? [] : ["  <Sources>", ...sourceLines, "  </Sources>"]),
    ...(notes.length === 0 ? [] : ["  <Notes>", ...notes, "  </Notes>"]),
    "</Project>",
    "",
  ].join("\n");
  const mtime = new Date("2000-01-01T00:00:00Z");
  const bytes = zipSync(
    Object.fromEntries(
      [["project.qde", strToU8(project)] as const, ...Object.entries(files)].map(([path, data]) => [
        path,
        [data, { mtime }],
      ]),
    ),
    { level: 6 },
  );
  return { bytes, project, unplaced, exported, withoutQuote };
}
