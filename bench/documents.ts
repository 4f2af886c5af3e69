// Source-document figures for `npm run bench`: reading a 300-page PDF in Node (check-evidence, export-qdpx), and opening
// it in a workbench draft in Chromium (read in a Web Worker): time until its text is shown, and the main thread's tasks.
import { fileURLToPath } from "node:url";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { launchChromium } from "../scripts/chromium.ts";
import { previewSite } from "../scripts/previewSite.ts";
import { readDocument } from "../src/documents/readDocument.ts";
import { formatTable } from "../src/format/formatTable.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The page's window, with the long tasks the bench records on it. */
type WindowWithTasks = Window & { longTasks?: number[] };

/** A PDF of `pages` pages of 50 lines of Indonesian-like text each, made with pdf-lib. */
async function longPdf(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number++) {
    const page = document.addPage([595, 842]);
    for (let line = 0; line < 50; line++)
      page.drawText(
        `Kerja sama sister city ${number}.${line}: pertukaran pelajar, acara-acara budaya dan perdagangan.`,
        {
          x: 50,
          y: 800 - line * 14,
          size: 10,
          font,
        },
      );
    page.drawText(String(number), { x: 290, y: 30, size: 9, font });
  }
  return document.save();
}

export async function documentsBench(pages = 300): Promise<string> {
  const pdf = await longPdf(pages);
  const started = performance.now();
  const read = await readDocument("long.pdf", pdf);
  const nodeMs = performance.now() - started;
  const server = await previewSite(root);
  const browser = await launchChromium();
  let shownMs: number;
  let tasks: number[];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      (window as WindowWithTasks).longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => (window as WindowWithTasks).longTasks?.push(entry.duration)),
      ).observe({ type: "longtask", buffered: true });
    });
    await page.goto(new URL("./?page=workbench&lang=en", server.url).href);
    await page.click("button.new-draft");
    await page.waitForSelector(".draft-editor");
    await page.evaluate(() => ((window as WindowWithTasks).longTasks = []));
    const before = await page.evaluate(() => performance.now());
    await page.setInputFiles("input[data-documents]", {
      name: "long.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdf),
    });
    await page.waitForSelector(`.document-viewer .page[data-page="${pages}"]`, { timeout: 120_000 });
    shownMs = (await page.evaluate(() => performance.now())) - before;
    tasks = (await page.evaluate(() => (window as WindowWithTasks).longTasks)) ?? [];
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return formatTable(
    ["document", "MB", "characters", "read in Node ms", "shown in the workbench ms", "main-thread tasks > 50 ms"],
    [
      [
        `${pages}-page PDF`,
        (pdf.length / 1e6).toFixed(1),
        String(read.text.length),
        nodeMs.toFixed(0),
        shownMs.toFixed(0),
        `${tasks.length}, longest ${tasks.length ? Math.max(...tasks).toFixed(0) : 0} ms`,
      ],
    ],
  );
}
