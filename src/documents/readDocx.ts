import { DocumentError } from "./documentError.ts";
import { findHeadings } from "./findHeadings.ts";
import type { DocumentHeading, SourceDocument } from "./sourceDocument.ts";

/** A node of mammoth's document tree, as far as reading its text needs. */
interface DocxNode {
  type: string;
  value?: string;
  styleName?: string | null;
  children?: DocxNode[];
}

const textOf = (node: DocxNode): string =>
  node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");

/**
 * A Word (.docx) source document from its bytes, read with mammoth: the
 * raw text of its paragraphs (each followed by a blank line, as mammoth
 * writes it), and as headings the paragraphs styled as headings or title,
 * besides numbered section lines. Runs alike in Node and in a browser. A
 * file that is not a .docx (an old .doc, or one saved with a password,
 * which Word stores as an encrypted compound file) or is damaged throws a
 * `DocumentError` saying what to do.
 * @example await readDocx(new TextEncoder().encode("not a docx"), "a.docx").catch((error) => error.message.split(" (")[0])
 * // "a.docx: not a readable .docx"
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  // Word saves a password-protected .docx, and every old .doc, as a compound file (OLE2), not as a ZIP.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new DocumentError(
      "password",
      name,
      "this is a password-protected Word file or an old .doc, not a .docx; open it in Word or LibreOffice, remove the password if any, and save it as .docx",
    );
  // Loaded when a .docx is read, not when the toolkit starts.
  const { default: mammoth } = await import("mammoth");
  const copy = bytes.slice();
  // mammoth reads a `buffer` in Node and an `arrayBuffer` in the browser; each build ignores the other key.
  const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer };
  const headingTexts: string[] = [];
  let text: string;
  try {
    text = (await mammoth.extractRawText(input)).value;
    await mammoth.convertToHtml(input, {
      transformDocument: (document: DocxNode) => {
        const visit = (node: DocxNode) => {
          if (node.type === "paragraph" && /^(heading|title)/i.test(node.styleName ?? "")) {
            const words = textOf(node).trim();
            if (words !== "") headingTexts.push(words);
          }
          node.children?.forEach(visit);
        };
        visit(document);
        return document;
      },
    });
  } catch (error) {
    throw new DocumentError(
      "broken",
      name,
      `not a readable .docx (${(error as Error).message}); open it in Word or LibreOffice and save it again as .docx`,
    );
  }
  const styled: DocumentHeading[] = [];
  let from = 0;
  for (const heading of headingTexts) {
    const offset = text.indexOf(heading, from);
    if (offset < 0) continue;
    styled.push({ offset, text: heading });
    from = offset + heading.length;
  }
  const numbered = findHeadings(text, "docx").filter(
    (heading) => !styled.some((other) => other.offset === heading.offset),
  );
  return {
    name,
    format: "docx",
    text,
    pageStarts: [],
    headings: [...styled, ...numbered].sort((a, b) => a.offset - b.offset),
  };
}
