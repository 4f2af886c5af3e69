/** The formats a source document may have, by what its file name ends with. */
export type DocumentFormat = "text" | "markdown" | "pdf" | "docx";

/** A heading found in a document's text: where it starts (a UTF-16 offset into `text`) and its words. */
export interface DocumentHeading {
  offset: number;
  text: string;
}

/**
 * A source document as the toolkit reads it: its one plain-text
 * representation (what REFI-QDA calls the representation of a formatted
 * source), from which quotes are checked and locators derived. Offsets are
 * UTF-16 offsets into `text`, as JavaScript counts; REFI-QDA's code points
 * are computed from them (`codePointOffset`).
 */
export interface SourceDocument {
  /** The file name it was read from. */
  name: string;
  format: DocumentFormat;
  /** The plain text. In a PDF, pages are separated by a form feed (`\f`), as `pdftotext` writes them. */
  text: string;
  /** Where each page starts in `text` (PDF only; empty for formats without pages). */
  pageStarts: number[];
  /** Section headings, in order of their offsets. */
  headings: DocumentHeading[];
}
