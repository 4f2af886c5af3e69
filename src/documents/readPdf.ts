import { DocumentError } from "./documentError.ts";
import { findHeadings } from "./findHeadings.ts";
import type { DocumentHeading, SourceDocument } from "./sourceDocument.ts";

/** What to do with a scanned PDF, said once wherever one is met. */
export const NO_TEXT_LAYER_ADVICE =
  "it has no text layer (a scan, or text drawn as pictures); run text recognition on it (for example `ocrmypdf in.pdf out.pdf`) and use the result, or give its text as a .txt file of the same name";

/** A line of a PDF page: where it starts in the page's text, its words, and the height of its largest glyphs. */
interface PdfLine {
  offset: number;
  text: string;
  height: number;
}

/**
 * A PDF source document from its bytes, read with pdf.js (Mozilla's PDF
 * reader, the one Firefox uses) from its text layer: each page's text in
 * reading order as pdf.js gives it, one line per line of the page, pages
 * separated by a form feed, and the page each offset falls on. Headings are
 * numbered section lines and lines set clearly larger than the body text.
 * Runs alike in Node and in a browser (in a Web Worker on the site). A
 * password-protected or broken file, or a PDF with no text at all (a scan),
 * throws a `DocumentError` saying what to do. Nothing is sent anywhere.
 * @example await readPdf(new TextEncoder().encode("not a pdf"), "a.pdf").catch((error) => error.message)
 * // "a.pdf: not a readable PDF (Invalid PDF structure.); download or export it again, or give its text as a .txt file of the same name"
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  // Loaded when a PDF is read, not when the toolkit starts: pdf.js is large.
  const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of the buffer it is given: it gets a copy, so the caller's bytes stay usable.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw pdfError(error, name);
    });
    const pageStarts: number[] = [];
    const lines: PdfLine[] = [];
    let text = "";
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      if (number > 1) text += "\f";
      pageStarts.push(text.length);
      let line: PdfLine = { offset: text.length, text: "", height: 0 };
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const y = item.transform[5] as number;
        const height = Math.abs((item.transform[3] as number) || item.height);
        // pdf.js marks most line ends; text further down the page without one (a page number under a short last line) starts a line.
        if (
          item.str.trim() !== "" &&
          lastY !== null &&
          Math.abs(y - lastY) > Math.max(1, height / 2) &&
          line.text !== ""
        ) {
          text += "\n";
          lines.push(line);
          line = { offset: text.length, text: "", height: 0 };
        }
        if (item.str.trim() !== "") lastY = y;
        text += item.str;
        line.text += item.str;
        if (item.str.trim() !== "") line.height = Math.max(line.height, height);
        if (item.hasEOL) {
          text += "\n";
          lines.push(line);
          line = { offset: text.length, text: "", height: 0 };
        }
      }
      lines.push(line);
      page.cleanup();
    }
    if (pdf.numPages > 0 && text.replace(/\s/g, "") === "")
      throw new DocumentError("no-text-layer", name, NO_TEXT_LAYER_ADVICE);
    return {
      name,
      format: "pdf",
      text,
      pageStarts,
      headings: mergeHeadings(findHeadings(text, "pdf"), largeLines(lines)),
    };
  } finally {
    await task.destroy();
  }
}

/** The lines set at least 1.2 times the height of most of the text (the body), as headings. */
function largeLines(lines: PdfLine[]): DocumentHeading[] {
  const heights = lines
    .filter((line) => line.height > 0)
    .flatMap((line) => Array<number>(line.text.length).fill(line.height));
  if (heights.length === 0) return [];
  heights.sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)]!;
  return lines
    .filter((line) => line.height >= body * 1.2 && line.text.trim().length > 1 && line.text.length <= 120)
    .map((line) => ({ offset: line.offset, text: line.text.trim() }));
}

function mergeHeadings(a: DocumentHeading[], b: DocumentHeading[]): DocumentHeading[] {
  const byOffset = new Map([...a, ...b].map((heading) => [heading.offset, heading]));
  return [...byOffset.values()].sort((x, y) => x.offset - y.offset);
}

/** pdf.js's errors in words: a password, a file that is not a PDF or is damaged. */
function pdfError(error: unknown, name: string): DocumentError {
  const { name: kind, message } = error as Error;
  if (kind === "PasswordException")
    return new DocumentError(
      "password",
      name,
      "the PDF is password-protected; open it with its password and save an unprotected copy (for example `qpdf --decrypt --password=… in.pdf out.pdf`), then use the copy",
    );
  return new DocumentError(
    "broken",
    name,
    `not a readable PDF (${message}); download or export it again, or give its text as a .txt file of the same name`,
  );
}
