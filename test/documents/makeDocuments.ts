import { PDFDocument, StandardFonts } from "pdf-lib";
import { strToU8, zipSync } from "fflate";

/** Options of a generated test PDF. */
export interface PdfOptions {
  /** Print each page's number as its last line (default false). */
  pageNumbers?: boolean;
  /** Lines set larger, as headings (default none). */
  headings?: readonly string[];
}

/**
 * A PDF with a text layer made with pdf-lib: each page a list of lines, set
 * in Helvetica (WinAnsi: Latin text, curly quotes and dashes). Used to test
 * reading PDFs without shipping binary fixtures.
 */
export async function makePdf(pages: readonly (readonly string[])[], options: PdfOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  pages.forEach((lines, index) => {
    const page = document.addPage([595, 842]);
    let y = 800;
    for (const line of lines) {
      const heading = options.headings?.includes(line) ?? false;
      page.drawText(line, { x: 50, y, size: heading ? 14 : 10, font: heading ? bold : font });
      y -= heading ? 20 : 13;
    }
    if (options.pageNumbers) page.drawText(String(index + 1), { x: 290, y: 30, size: 9, font });
  });
  return document.save({ useObjectStreams: false });
}

/** A PDF whose pages hold only a drawn rectangle: no text layer, as a scan has none. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return document.save();
}

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A minimal .docx (Office Open XML) made with fflate: paragraphs, each
 * either body text or a heading (style Heading1).
 */
export function makeDocx(paragraphs: ReadonlyArray<{ text: string; heading?: boolean }>): Uint8Array {
  const body = paragraphs
    .map(
      ({ text, heading }) =>
        `<w:p>${heading ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : ""}<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`,
    )
    .join("");
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/_rels/document.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    "word/styles.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${w}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/**
 * A one-page PDF protected by a user password (the standard security
 * handler, revision 2): written by hand, because pdf-lib does not encrypt.
 * Its O and U entries fit no empty password, so a reader must ask for one.
 */
export function makePasswordPdf(): Uint8Array {
  const hex32 = "a1".repeat(32);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${"5b".repeat(32)}> /P -4 >>`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"00".repeat(16)}> <${"00".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * A text set into pages of lines as a typesetter would: lines of at most
 * `width` characters, a long word that does not fit hyphenated at the line
 * end, a hyphenated word (`people-to-people`) broken after one of its
 * hyphens; paragraphs (blank lines) kept as empty lines; `linesPerPage`
 * lines a page.
 */
export function setInPages(text: string, width = 90, linesPerPage = 55): string[][] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\t/g, " ").split("\n")) {
    let line = "";
    for (let word of paragraph.split(/ +/).filter(Boolean)) {
      while (line.length + (line ? 1 : 0) + word.length > width) {
        const room = width - line.length - (line ? 1 : 0);
        const hyphen = word.lastIndexOf("-", room - 1);
        const cut = hyphen > 0 ? hyphen + 1 : word.length >= 8 && room >= 4 ? room - 1 : 0;
        if (cut > 0) {
          lines.push(`${line}${line ? " " : ""}${word.slice(0, cut)}${hyphen > 0 ? "" : "-"}`);
          word = word.slice(cut);
        } else lines.push(line);
        line = "";
      }
      line += `${line ? " " : ""}${word}`;
    }
    lines.push(line);
  }
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += linesPerPage) pages.push(lines.slice(start, start + linesPerPage));
  return pages;
}
