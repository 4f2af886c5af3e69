import type { Language } from "../../../src/language.ts";
import type { Registry } from "../../../src/frameworks/registry.ts";
import { codePassage, type DraftDocument } from "../../../src/workbench/codePassage.ts";
import { passageSegments, passagesSignature, placeCodings } from "../../../src/workbench/placeCodings.ts";
import type { Draft, DraftRow } from "../../../src/workbench/draft.ts";
import { element } from "../../../web/dom.ts";
import { storage } from "../model/storage.ts";
import type { DocumentMessage } from "../workers/documentWorker.ts";
import { quoteChecker, type CheckedQuotes } from "../workers/quoteChecker.ts";
import { documentPages } from "./documentPages.ts";
import { indicatorChooser } from "./indicatorChooser.ts";
import { keyboardSelection } from "./keyboardSelection.ts";
import { passageMark, revealPassage, showCodingsMenu } from "./passageMarks.ts";

const TEXTS = {
  id: {
    documents: "Dokumen sumber",
    open: "Buka dokumen (PDF, Word .docx, teks)",
    drop: "atau seret berkas ke sini",
    reading: (name: string) => `Membaca ${name}…`,
    remove: "Hapus",
    code: "Kodekan bagian ini",
    select: "Pilih teks di dokumen, lalu kodekan.",
    how: "Pilih bagian teks dengan tetikus, sentuhan, atau Shift dan tombol panah di dokumen, lalu “Kodekan bagian ini” (atau Enter).",
    page: (page: number) => `hlm. ${page}`,
    notFound: (coding: string, name: string, nearest: string) =>
      `${coding}: kutipan tidak ada di ${name} (bagian terdekat: “${nearest}”)`,
    checkFailed: (reason: string) =>
      `Kutipan tidak dapat diperiksa terhadap dokumen (${reason}). Muat ulang halaman untuk mencoba lagi; draf dan dokumennya tetap tersimpan.`,
    coded: (count: number) => `${count} koding`,
  },
  en: {
    documents: "Source documents",
    open: "Open documents (PDF, Word .docx, text)",
    drop: "or drop files here",
    reading: (name: string) => `Reading ${name}…`,
    remove: "Remove",
    code: "Code this passage",
    select: "Select text in the document, then code it.",
    how: "Select a passage with the mouse, by touch, or with Shift and the arrow keys in the document, then “Code this passage” (or Enter).",
    page: (page: number) => `p. ${page}`,
    notFound: (coding: string, name: string, nearest: string) =>
      `${coding}: the quote is not in ${name} (nearest passage: “${nearest}”)`,
    checkFailed: (reason: string) =>
      `The quotes could not be checked against the documents (${reason}). Reload the page to try again; the draft and its documents stay saved.`,
    coded: (count: number) => `${count} codings`,
  },
} as const;

const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(0)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file name as a source id of the format (`[A-Za-z0-9._-]+`). */
const sourceIdOf = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "document";

/** Reads a file in the document worker: pdf.js and mammoth never run on the page's thread. */
function readInWorker(file: File): Promise<DocumentMessage> {
  return file.arrayBuffer().then(
    (buffer) =>
      new Promise((resolve) => {
        const worker = new Worker(new URL("../workers/documentWorker.ts", import.meta.url), { type: "module" });
        worker.onmessage = (event: MessageEvent<DocumentMessage>) => {
          // pdf.js, loaded in the worker, announces itself on the worker's port too: only this worker's answers count.
          if (event.data?.type !== "done" && event.data?.type !== "error") return;
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (event) => {
          worker.terminate();
          resolve({ type: "error", message: `${file.name}: ${event.message}` });
        };
        const bytes = new Uint8Array(buffer);
        worker.postMessage({ name: file.name, bytes }, [bytes.buffer]);
      }),
  );
}

export interface DocumentsPanelOptions {
  draft: Draft;
  registry: Registry;
  language: Language;
  /** Called after a passage was coded with an indicator: the editor shows that indicator's coding, its score to choose. */
  onCoded: (framework: string, indicator: string) => void;
  /** Called when a highlighted passage is clicked: the editor shows its coding. */
  onShowCoding: (framework: string, indicator: string) => void;
  /** Called whenever the codings placed in the draft's documents may have changed, with their `framework/indicator` keys. */
  onPlaced?: (keys: ReadonlySet<string>) => void;
}

/** The documents panel, and the way from a coding back to its passage. */
export interface DocumentsPanel {
  element: HTMLElement;
  /**
   * Shows the passage of a coding (`framework/indicator`): the document that
   * holds it opened, the passage scrolled to, focused and marked as current.
   * Resolves whether it was found.
   */
  showPassage: (key: string) => Promise<boolean>;
}

/**
 * The source documents of a draft, beside its coding form: open them (file
 * picker or drag and drop; read in a Web Worker, kept in this browser with
 * the draft), see each listed with its size and remove it, read one as text
 * with its page breaks, select a passage and code it with an indicator
 * (framework, then indicator; the score is chosen with its anchors in the
 * indicator's form). A passage is selected with the mouse, by touch, or with
 * Shift and the arrow keys (`keyboardSelection`). Coded passages are
 * highlighted, codings with no place (from a `.qdpx` or a dataset) where
 * their quotes are found (`placeCodings`); clicking one shows its coding, or
 * the list of its codings when it carries several; `showPassage` goes back.
 * Text from documents is only ever set as text.
 */
export function documentsPanel(options: DocumentsPanelOptions): DocumentsPanel {
  const { draft, registry, language } = options;
  const texts = TEXTS[language];
  const opened: DraftDocument[] = [];
  let shown: DraftDocument | undefined;
  const status = element("p", { className: "document-status", attributes: { role: "status", "aria-live": "polite" } });
  const list = element("ul", { className: "document-list" });
  const viewer = element("div", { className: "document-viewer", attributes: { tabindex: "0" } });
  const chooser = element("div", { className: "passage-chooser", attributes: { hidden: "" } });
  const codeButton = element("button", { text: texts.code, attributes: { type: "button", disabled: "" } });
  const menuPlace = element("div", { className: "passage-codings-place" });
  const quoteProblems = element("ul", { className: "quote-problems", attributes: { role: "status" } });
  // Every quote of the draft whose source is an opened document is checked against it, as it is typed, in a worker
  // (`quoteChecker`): preparing a long document for the search, and finding a missing quote's nearest passage, take
  // longer than a task of the page may. The codings coded here are marked at once, at their passages; the others
  // (from a .qdpx, a dataset, or typed by hand) where the worker's last answer found their quotes.
  const checker = quoteChecker();
  let checked: CheckedQuotes | undefined;
  /** The marks of the shown document: its codings' passages, cut where they overlap. */
  const segmentsOf = (item: DraftDocument) =>
    passageSegments(placeCodings(draft.codings, item, (row) => checked?.placeOf(item, row) ?? null));
  let drawnSignature = "";
  const checkQuotesNow = async (): Promise<void> => {
    const answer = await checker.check(draft.codings, opened).catch((error: Error) => {
      // Never a silent pass: a check that could not run says so where its problems would be listed.
      quoteProblems.replaceChildren(element("li", { text: texts.checkFailed(error.message) }));
      return null;
    });
    if (answer === null) return;
    checked = answer;
    options.onPlaced?.(new Set(answer.placed.keys()));
    quoteProblems.replaceChildren(
      ...answer.missing.map(({ row, document: item, nearest }) =>
        element("li", { text: texts.notFound(`${row.framework}/${row.indicator}`, item.document.name, nearest) }),
      ),
    );
    if (shown !== undefined && passagesSignature(segmentsOf(shown)) !== drawnSignature) drawViewer({ check: false });
  };
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  // A quote, source or score edited in the draft: its problems listed again, its highlight moved if it moved.
  const onInput = (event: Event) => {
    if (!root.isConnected) {
      checker.close();
      document.removeEventListener("input", onInput);
      return document.removeEventListener("change", onInput);
    }
    if (
      !(event.target instanceof HTMLElement) ||
      event.target.closest(".draft-editor") !== root.closest(".draft-editor")
    )
      return;
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => {
      // Marks of codings coded here change at once (their quote edited away from the passage); the check follows.
      if (shown !== undefined && passagesSignature(segmentsOf(shown)) !== drawnSignature) drawViewer();
      else void checkQuotesNow();
    }, 150);
  };
  document.addEventListener("input", onInput);
  document.addEventListener("change", onInput);

  /** The selected passage of the shown document, as offsets into its text. */
  const selectedPassage = (): { start: number; end: number } | null => {
    const selection = document.getSelection();
    if (shown === undefined || selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const offsetOf = (node: Node, offset: number): number | null => {
      const page = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(".page-text");
      if (page === null || page === undefined || !viewer.contains(page)) return null;
      const before = document.createRange();
      before.setStart(page, 0);
      before.setEnd(node, offset);
      return Number(page.dataset.start) + before.toString().length;
    };
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    return start === null || end === null || end <= start ? null : { start, end };
  };
  // Listeners on the page's document are removed once this panel is gone (another draft opened).
  const onSelection = () => {
    if (!root.isConnected) {
      checker.close();
      return document.removeEventListener("selectionchange", onSelection);
    }
    if (selectedPassage() === null) codeButton.setAttribute("disabled", "");
    else codeButton.removeAttribute("disabled");
  };
  document.addEventListener("selectionchange", onSelection);

  // A passage that carries several codings, clicked: the list of them, each a way to its coding.
  const showCodings = (rows: readonly DraftRow[], mark: HTMLElement) =>
    rows.length === 1
      ? options.onShowCoding(rows[0]!.framework!, rows[0]!.indicator!)
      : showCodingsMenu(menuPlace, rows, mark, {
          registry,
          language,
          onChoose: (row) => options.onShowCoding(row.framework!, row.indicator!),
        });

  const pages = documentPages(viewer, {
    pageLabel: texts.page,
    mark: (text, passage) => passageMark(text, passage, { registry, language, onActivate: showCodings }),
  });
  /** Draws the shown document, or its changed marks; then checks the quotes again, unless drawn on a check's answer. */
  const drawViewer = ({ check = true } = {}) => {
    menuPlace.replaceChildren();
    if (shown === undefined) {
      pages.clear();
      drawnSignature = "";
      return viewer.replaceChildren(element("p", { className: "note", text: texts.select }));
    }
    const passages = segmentsOf(shown);
    drawnSignature = passagesSignature(passages);
    pages.draw(shown, passages);
    if (check) void checkQuotesNow();
  };

  const drawList = () => {
    list.replaceChildren(
      ...opened.map((item) => {
        const show = element("button", {
          text: item.document.name,
          attributes: { type: "button", "aria-pressed": String(item === shown), "data-document": item.id },
        });
        show.addEventListener("click", () => {
          shown = item;
          drawList();
          drawViewer();
        });
        const remove = element("button", {
          text: texts.remove,
          attributes: { type: "button", "aria-label": `${texts.remove} ${item.document.name}` },
        });
        remove.addEventListener("click", () => {
          opened.splice(opened.indexOf(item), 1);
          if (shown === item) shown = opened[0];
          checker.forget(item.id);
          void storage.deleteDocument(item.id).catch(() => {});
          drawList();
          drawViewer();
        });
        return element("li", {}, [
          show,
          element("span", { className: "size", text: ` ${sizeText(item.size)} ` }),
          remove,
        ]);
      }),
    );
  };

  const open = async (files: Iterable<File>) => {
    for (const file of files) {
      status.textContent = texts.reading(file.name);
      const message = await readInWorker(file);
      if (message.type === "error") {
        status.textContent = message.message;
        continue;
      }
      const item: DraftDocument = {
        id: `${draft.id}:${crypto.randomUUID()}`,
        draftId: draft.id,
        sourceId: sourceIdOf(file.name),
        size: file.size,
        document: message.document,
      };
      opened.push(item);
      shown = item;
      await storage.saveDocument(item).catch(() => {});
      status.textContent = "";
      drawList();
      drawViewer();
    }
  };

  const input = element("input", {
    // One file a pick (the import of CSV files above takes several), several at once by dropping them.
    attributes: { type: "file", accept: ".pdf,.docx,.txt,.md,.markdown", "data-documents": "" },
  });
  input.addEventListener("change", () => void open(input.files ?? []));
  const dropZone = element("div", { className: "drop-zone" }, [
    element("label", {}, [element("span", { text: `${texts.open} ` }), input]),
    element("span", { className: "note", text: ` ${texts.drop}` }),
  ]);
  dropZone.addEventListener("dragover", (event) => event.preventDefault());
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    void open(event.dataTransfer?.files ?? []);
  });

  // Pressing the button leaves the selection as it is (as an editor's toolbar does), and the passage is taken as it was
  // pressed: a touch screen may clear a selection when the finger is lifted, before the click.
  let pressed: ReturnType<typeof selectedPassage> = null;
  codeButton.addEventListener("mousedown", (event) => event.preventDefault());
  codeButton.addEventListener("pointerdown", () => (pressed = selectedPassage()));
  // Framework, then indicator: the indicator's form then offers the scores with their anchors.
  const openChooser = () => {
    const passage = selectedPassage() ?? pressed;
    pressed = null;
    if (passage === null || shown === undefined) return;
    const target = shown;
    chooser.replaceChildren(
      ...indicatorChooser({
        registry,
        language,
        onApply: (framework, indicator) => {
          codePassage(draft, target, passage.start, passage.end, framework, indicator);
          chooser.setAttribute("hidden", "");
          drawViewer();
          options.onCoded(framework, indicator);
        },
        onCancel: () => chooser.setAttribute("hidden", ""),
      }),
    );
    chooser.removeAttribute("hidden");
    chooser.querySelector("select")?.focus();
  };
  codeButton.addEventListener("click", openChooser);
  keyboardSelection(viewer, { textSelector: ".page-text", onEnter: openChooser });

  void storage
    .documents(draft.id)
    .then((stored) => {
      opened.push(...stored);
      shown ??= opened[0];
      drawList();
      drawViewer();
    })
    .catch(() => {});
  const root = element("section", { className: "draft-documents", attributes: { "aria-label": texts.documents } }, [
    element("h4", { text: texts.documents }),
    dropZone,
    status,
    list,
    element("div", { className: "passage-actions" }, [codeButton, chooser]),
    element("p", { className: "note", text: texts.how, attributes: { id: `${draft.id}-passage-how` } }),
    menuPlace,
    quoteProblems,
    viewer,
  ]);
  viewer.setAttribute("aria-describedby", `${draft.id}-passage-how`);
  drawViewer();

  const showPassage = async (key: string): Promise<boolean> => {
    // The documents that hold it, as the worker finds them now (the quote may have just been typed).
    await checkQuotesNow();
    const holding = checked?.placed.get(key) ?? [];
    const item = shown !== undefined && holding.includes(shown) ? shown : holding[0];
    if (item === undefined) return false;
    if (item !== shown) {
      shown = item;
      drawList();
      drawViewer();
    }
    return revealPassage(viewer, key);
  };
  return { element: root, showPassage };
}
