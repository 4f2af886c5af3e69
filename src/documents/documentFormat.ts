import { DocumentError } from "./documentError.ts";
import type { DocumentFormat } from "./sourceDocument.ts";

/** File name endings the toolkit reads as source documents, and their formats. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".pdf": "pdf",
  ".docx": "docx",
};

/**
 * The format of a source document, from its file name's ending (any case;
 * a name without an ending is plain text); an unknown ending throws a `DocumentError` naming it and the endings read.
 * @example documentFormat("000_3d052c1bdfd84016.PDF") // "pdf"
 */
export function documentFormat(name: string): DocumentFormat {
  const match = /\.[A-Za-z][A-Za-z0-9]*$/.exec(name);
  // A file named by a source id without any extension is plain text, as the toolkit always read it.
  if (match === null) return "text";
  const format = DOCUMENT_EXTENSIONS[match[0].toLowerCase()];
  if (format === undefined)
    throw new DocumentError(
      "unsupported",
      name,
      `not a format the toolkit reads (expected a file ending in ${Object.keys(DOCUMENT_EXTENSIONS).join(", ")}; a .doc or .odt can be saved as .docx, a web page as .txt)`,
    );
  return format;
}
