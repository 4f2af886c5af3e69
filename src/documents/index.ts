/**
 * Source documents (`paradiplomacy/documents`): reading a source's text from plain text, Markdown, PDF or Word
 * `.docx`, finding a quote in it across line and page breaks, and the locator (page, section) of a passage. The
 * same functions run in Node, in the browser and in a Web Worker; docs/documents.md describes them.
 *
 * @module paradiplomacy/documents
 */
export * from "./sourceDocument.ts";
export * from "./documentError.ts";
export * from "./documentFormat.ts";
export * from "./sourceFileName.ts";
export * from "./findHeadings.ts";
export * from "./readPlainText.ts";
export * from "./readPdf.ts";
export * from "./readDocx.ts";
export * from "./readDocument.ts";
export * from "./searchableText.ts";
export * from "./findQuote.ts";
export * from "./locate.ts";
export * from "./pageNumberLines.ts";
