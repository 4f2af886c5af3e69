import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { codePointOffsets } from "./codePointOffsets.ts";
import type { QdaCase, QdaProject, QdaSelection, QdaTextSource } from "./qdaProject.ts";

/** A file that is not a REFI-QDA project the toolkit can read (not a ZIP, no `.qde`, XML that is not well-formed); its message says which. */
export class QdpxError extends Error {}

const elements = (parent: Element, name?: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (name === undefined || (node as Element).localName === name),
  );
const child = (parent: Element, name: string) => elements(parent, name)[0];
const textOf = (element: Element | undefined) => (element === undefined ? null : (element.textContent ?? ""));

/**
 * Reads a REFI-QDA project (`.qdpx`) as different programs write it: the
 * `.qde` file whatever its name, the `Sources` or `sources` folder, any
 * version of the project namespace (elements are matched by local name),
 * text in `plainTextPath` files or in `PlainTextContent`, a PDF source's
 * text representation with its selections, cases without a name (MAXQDA's
 * carriers of variables), and selections made by `creatingUser` or, failing
 * that, `modifyingUser`. A source text with Windows line ends written by
 * ATLAS.ti, which counts CR LF as one character, is read with LF only, so
 * that its positions fall where ATLAS.ti put them (QualCoder's importer
 * makes the same correction). Throws a `QdpxError` for a file that is not
 * a ZIP or holds no `.qde`.
 */
export function readQdpx(bytes: Uint8Array): QdaProject {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new QdpxError(`not a .qdpx (a ZIP file): ${(error as Error).message}`);
  }
  const qde =
    Object.keys(entries).find((path) => path === "project.qde") ??
    Object.keys(entries).find((path) => /\.qde$/i.test(path));
  if (qde === undefined) throw new QdpxError("no project.qde in the .qdpx (a REFI-QDA project holds one)");
  let root: Element | null;
  try {
    root = new DOMParser().parseFromString(strFromU8(entries[qde]!), "text/xml").documentElement;
  } catch (error) {
    throw new QdpxError(`${qde} is not well-formed XML: ${(error as Error).message}`);
  }
  if (root === null || root.localName !== "Project")
    throw new QdpxError(`${qde} is not a REFI-QDA project (its root element is not Project)`);
  const origin = root.getAttribute("origin");
  const countsCrLfAsOne = /atlas/i.test(origin ?? "");
  const project: QdaProject = {
    origin,
    users: new Map(),
    codes: new Map(),
    cases: [],
    sources: [],
    notes: new Map(),
    otherSelections: new Map(),
    problems: [],
  };
  const file = (path: string | null): string | null => {
    const name = path?.replace(/^internal:\/\/\/?/, "");
    if (name === undefined || name === path) return null;
    const found = [`Sources/${name}`, `sources/${name}`, name].find((candidate) => entries[candidate] !== undefined);
    return found === undefined ? null : strFromU8(entries[found]!);
  };
  const variableNames = new Map<string, string>();
  const variablesOf = (element: Element) =>
    Object.fromEntries(
      elements(element, "VariableValue").flatMap((value) => {
        const name = variableNames.get(child(value, "VariableRef")?.getAttribute("targetGUID") ?? "");
        const data = elements(value).find((node) => node.localName !== "VariableRef");
        return name === undefined || data === undefined ? [] : [[name, data.textContent ?? ""]];
      }),
    );
  const maker = (element: Element) => element.getAttribute("creatingUser") ?? element.getAttribute("modifyingUser");

  for (const user of elements(child(root, "Users") ?? root, "User"))
    project.users.set(user.getAttribute("guid") ?? "", user.getAttribute("name") ?? user.getAttribute("id") ?? "");
  const visitCodes = (parent: Element) => {
    for (const code of elements(parent, "Code")) {
      project.codes.set(code.getAttribute("guid") ?? "", {
        name: code.getAttribute("name") ?? "",
        codable: code.getAttribute("isCodable") !== "false",
      });
      visitCodes(code);
    }
  };
  const codebook = child(root, "CodeBook");
  if (codebook !== undefined) visitCodes(child(codebook, "Codes") ?? codebook);
  for (const variable of elements(child(root, "Variables") ?? root, "Variable"))
    variableNames.set(variable.getAttribute("guid") ?? "", variable.getAttribute("name") ?? "");
  for (const note of elements(child(root, "Notes") ?? root, "Note"))
    project.notes.set(
      note.getAttribute("guid") ?? "",
      textOf(child(note, "PlainTextContent")) ?? file(note.getAttribute("plainTextPath")) ?? "",
    );
  for (const kase of elements(child(root, "Cases") ?? root, "Case")) {
    const item: QdaCase = {
      guid: kase.getAttribute("guid") ?? "",
      name: kase.getAttribute("name"),
      variables: variablesOf(kase),
      sourceRefs: elements(kase, "SourceRef").map((ref) => ref.getAttribute("targetGUID") ?? ""),
      selectionRefs: elements(kase, "SelectionRef").map((ref) => ref.getAttribute("targetGUID") ?? ""),
    };
    project.cases.push(item);
  }

  const readText = (
    element: Element,
    name: string,
    kind: QdaTextSource["kind"],
    guid: string,
    variables: Record<string, string>,
  ) => {
    let text =
      textOf(child(element, "PlainTextContent")) ??
      file(element.getAttribute("plainTextPath") ?? element.getAttribute("path"));
    if (text === null) project.problems.push(`the text of the source ${JSON.stringify(name)} is not in the project`);
    else if (countsCrLfAsOne) text = text.replace(/\r\n/g, "\n");
    const length = text === null ? 0 : codePointOffsets(text).length;
    const selections: QdaSelection[] = [];
    for (const selection of elements(element, "PlainTextSelection")) {
      const start = Number(selection.getAttribute("startPosition"));
      const end = Number(selection.getAttribute("endPosition"));
      if (
        text !== null &&
        !(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)
      ) {
        project.problems.push(
          `a selection of ${JSON.stringify(name)} (${start}–${end}) lies outside its text of ${length} characters`,
        );
        continue;
      }
      selections.push({
        guid: selection.getAttribute("guid") ?? "",
        start,
        end,
        creatingUser: maker(selection),
        description: textOf(child(selection, "Description")),
        codings: elements(selection, "Coding").map((coding) => ({
          codeGuid: child(coding, "CodeRef")?.getAttribute("targetGUID") ?? "",
          creatingUser: maker(coding),
          noteRefs: elements(coding, "NoteRef").map((ref) => ref.getAttribute("targetGUID") ?? ""),
        })),
      });
    }
    project.sources.push({ guid, name, kind, text, selections, variables });
  };
  for (const source of elements(child(root, "Sources") ?? root)) {
    const name = source.getAttribute("name") ?? source.getAttribute("guid") ?? "";
    const guid = source.getAttribute("guid") ?? "";
    if (source.localName === "TextSource") readText(source, name, "TextSource", guid, variablesOf(source));
    else if (source.localName === "PDFSource") {
      const representation = child(source, "Representation");
      if (representation !== undefined) readText(representation, name, "PDFSource", guid, variablesOf(source));
      for (let regions = elements(source, "PDFSelection").length; regions > 0; regions--)
        count(project, "PDFSelection");
    } else
      for (const selection of elements(source).filter((node) => (node.localName ?? "").endsWith("Selection")))
        count(project, selection.localName ?? "Selection");
  }
  return project;
}

function count(project: QdaProject, kind: string): void {
  project.otherSelections.set(kind, (project.otherSelections.get(kind) ?? 0) + 1);
}
