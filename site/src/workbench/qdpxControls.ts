import type { Language } from "../../../src/language.ts";
import { findHeadings } from "../../../src/documents/findHeadings.ts";
import { codingKey, exportQdpx } from "../../../src/refi/exportQdpx.ts";
import { importProject } from "../../../src/refi/importProject.ts";
import { QdpxError, readQdpx } from "../../../src/refi/readQdpx.ts";
import { validateDataset } from "../../../src/validate/validateDataset.ts";
import { draftFiles, filesToTexts, type DatasetFiles, type Draft } from "../../../src/workbench/draft.ts";
import { downloadFile, element } from "../../../web/dom.ts";
import { storage } from "../model/storage.ts";

const QDPX_TEXTS = {
  id: {
    exportQdpx: "Unduh sebagai proyek REFI-QDA (.qdpx)",
    importQdpx: "Buka proyek REFI-QDA (.qdpx) sebagai draf baru",
    unplaced: (count: number) => `${count} kutipan tidak ditemukan di dokumennya dan tidak ikut diekspor.`,
  },
  en: {
    exportQdpx: "Download as a REFI-QDA project (.qdpx)",
    importQdpx: "Open a REFI-QDA project (.qdpx) as new drafts",
    unplaced: (count: number) => `${count} quotes were not found in their documents and are not in the project.`,
  },
} as const;

/**
 * The button that downloads a draft as a REFI-QDA project: its codings,
 * partnership and sources, with the documents opened in it as the sources'
 * texts (`exportQdpx`, as `paradiplomacy export-qdpx` writes it). Quotes not
 * found in their documents are said beside it.
 */
export function qdpxExportButton(draft: Draft, language: Language): HTMLElement {
  const texts = QDPX_TEXTS[language];
  const note = element("span", { className: "note", attributes: { role: "status" } });
  const button = element("button", { text: texts.exportQdpx, attributes: { type: "button", "data-export": "qdpx" } });
  button.addEventListener("click", async () => {
    const reading = validateDataset(filesToTexts(draftFiles([draft])));
    const stored = await storage.documents(draft.id).catch(() => []);
    const result = exportQdpx(
      {
        partnerships: reading.dataset.partnerships,
        sources: reading.dataset.sources,
        codings: reading.tables.codings!,
        documents: Object.fromEntries(stored.map((item) => [item.sourceId, item.document])),
      },
      { name: draft.name, language },
    );
    note.textContent = result.unplaced.length === 0 ? "" : ` ${texts.unplaced(result.unplaced.length)}`;
    downloadFile(
      `${draft.partnership.id || "draft"}.qdpx`,
      new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
      "application/zip",
    );
  });
  return element("span", {}, [button, note]);
}

/**
 * A file picker that opens a REFI-QDA project (`.qdpx`) as new drafts: its
 * codings by partnership and coder (`readQdpx`, `importProject`), and its
 * sources' texts as the drafts' documents, each coding's passage where the
 * project's selection is (highlighted in the document as a passage coded in
 * the workbench is). Problems (a missing evidence kind, a partnership's
 * registry fields) show in each draft as it is edited.
 */
export function qdpxImportControl(
  language: Language,
  makeDrafts: (files: DatasetFiles) => Draft[],
  onOpened: (opened: Draft[]) => void,
): HTMLElement {
  const texts = QDPX_TEXTS[language];
  const status = element("span", { className: "note", attributes: { role: "status" } });
  const input = element("input", { attributes: { type: "file", accept: ".qdpx", "data-qdpx": "" } });
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const imported = importProject(readQdpx(new Uint8Array(await file.arrayBuffer())));
      const opened = makeDrafts(imported.files);
      for (const draft of opened) {
        // The document of a source is stored as `draft:source` (below): a passage names it so.
        for (const row of draft.codings) {
          const key = codingKey({
            partnership: draft.partnership.id ?? "",
            framework: row.framework ?? "",
            indicator: row.indicator ?? "",
            coder: draft.coder,
          });
          const place = imported.places[key];
          if (place !== undefined && place.source === row.source && imported.textsById[place.source] !== undefined)
            row.passage = `${draft.id}:${place.source}:${place.start}:${place.end}`;
        }
        for (const source of draft.sources) {
          const text = imported.textsById[source.id ?? ""];
          if (text === undefined) continue;
          await storage
            .saveDocument({
              id: `${draft.id}:${source.id}`,
              draftId: draft.id,
              sourceId: source.id!,
              size: new TextEncoder().encode(text).length,
              document: {
                name: source.id!,
                format: "text",
                text,
                pageStarts: [],
                headings: findHeadings(text, "text"),
              },
            })
            .catch(() => {});
        }
      }
      status.textContent = [...imported.report.leftOut, ...imported.report.missing].join(" ");
      onOpened(opened);
    } catch (error) {
      status.textContent = error instanceof QdpxError ? `${file.name}: ${error.message}` : String(error);
    }
  });
  return element("label", { className: "qdpx-import" }, [
    element("span", { text: `${texts.importQdpx} ` }),
    input,
    status,
  ]);
}
