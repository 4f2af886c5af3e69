/** Why a source document could not be read: the kinds a reader reports, each with what to do. */
export type DocumentErrorKind = "no-text-layer" | "password" | "broken" | "unsupported" | "not-utf8";

/**
 * A source document that cannot be read, with the reason in words and what
 * to do about it. The message names the file; `kind` lets a caller report
 * a scanned PDF differently from a broken one.
 */
export class DocumentError extends Error {
  readonly kind: DocumentErrorKind;
  readonly file: string;
  constructor(kind: DocumentErrorKind, file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "DocumentError";
    this.kind = kind;
    this.file = file;
  }
}
