/** A coding of a selection in a REFI-QDA project: the code it refers to, who made it, the notes it points to. */
export interface QdaCoding {
  codeGuid: string;
  creatingUser: string | null;
  noteRefs: string[];
}

/** A selection of a text source: its place (code points from 0, end exclusive), its maker, description and codings. */
export interface QdaSelection {
  guid: string;
  start: number;
  end: number;
  creatingUser: string | null;
  description: string | null;
  codings: QdaCoding[];
}

/** A text source, or the plain-text representation of a PDF source, with its text when the project holds it. */
export interface QdaTextSource {
  guid: string;
  name: string;
  kind: "TextSource" | "PDFSource";
  /** The plain text, or null when the project does not hold it (a path outside the project). */
  text: string | null;
  selections: QdaSelection[];
  /** Variable values by variable name. */
  variables: Record<string, string>;
}

/** A case: its name (MAXQDA and Quirkos write cases without one, to carry a source's variables), variables and references. */
export interface QdaCase {
  guid: string;
  name: string | null;
  variables: Record<string, string>;
  sourceRefs: string[];
  selectionRefs: string[];
}

/** What the toolkit reads of a REFI-QDA project (`.qdpx`). */
export interface QdaProject {
  /** The program that wrote it (the Project's `origin`), or null. */
  origin: string | null;
  /** User names by GUID. */
  users: Map<string, string>;
  /** Codes by GUID: name and whether it is codable. */
  codes: Map<string, { name: string; codable: boolean }>;
  cases: QdaCase[];
  sources: QdaTextSource[];
  /** Note texts by GUID. */
  notes: Map<string, string>;
  /** Selections of other kinds (pictures, PDF regions, audio, video, transcripts), counted by element name. */
  otherSelections: Map<string, number>;
  /** What could not be read, in words (a source whose text is missing, a selection out of its text's range). */
  problems: string[];
}
