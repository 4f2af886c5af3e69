import { DOCUMENT_EXTENSIONS } from "./documentFormat.ts";

/** Which file of a folder holds a source: the file, none, or several that could (which the caller reports). */
export type SourceFileMatch = { file: string } | { missing: true } | { ambiguous: string[] };

/**
 * The file holding the source with a given id among a folder's file names:
 * the file named exactly as the id, or else the id with or without its
 * extension followed by a readable one (`000_x.txt` may be `000_x.pdf`,
 * `000_x.txt.pdf` or `000_x.docx`). The id is compared as it is, the
 * extension in any case; when several files could hold the source, all are returned so
 * that the caller can ask for one to be kept.
 * @example sourceFileName("000_x.txt", ["000_x.pdf", "notes.md"]) // { file: "000_x.pdf" }
 */
export function sourceFileName(id: string, fileNames: readonly string[]): SourceFileMatch {
  if (fileNames.includes(id)) return { file: id };
  const stem = id.replace(/\.[A-Za-z]+$/, "");
  const extensions = Object.keys(DOCUMENT_EXTENSIONS);
  const startsWithThen = (name: string, prefix: string) =>
    name.startsWith(prefix) && extensions.includes(name.slice(prefix.length).toLowerCase());
  const candidates = fileNames.filter(
    (name) => startsWithThen(name, id) || (stem !== id && startsWithThen(name, stem)),
  );
  if (candidates.length === 0) return { missing: true };
  return candidates.length === 1 ? { file: candidates[0]! } : { ambiguous: [...candidates].sort() };
}
