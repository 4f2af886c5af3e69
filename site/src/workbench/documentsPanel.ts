import type { Language } from "../../../src/language.ts";
import type { Registry } from "../../../src/frameworks/registry.ts";
import { codedPassages, codePassage, type DraftDocument } from "../../../src/workbench/codePassage.ts";
import type { Draft } from "../../../src/workbench/draft.ts";
import { element } from "../../../web/dom.ts";
import { storage } from "../model/storage.ts";
import type { DocumentMessage } from "../workers/documentWorker.ts";
import { quoteChecker } from "../workers/quoteChecker.ts";

const TEXTS = {
  id: {
    documents: "Dokumen sumber",
    open: "Buka dokumen (PDF, Word .docx, teks)",
    drop: "atau seret berkas ke sini",
    reading: (name: string) => `Membaca ${name}…`,
    remove: "Hapus",
    code: "Kodekan bagian ini",
    framework: "Kerangka",
    indicator: "Indikator",
    apply: "Kodekan",
    cancel: "Batal",
    select: "Pilih teks di dokumen, lalu kodekan.",
    page: (page: number) => `hlm. ${page}`,
    notFound: (coding: string, name: string, nearest: string) =>
      `${coding}: kutipan tidak ada di ${name} (bagian terdekat: “${nearest}”)`,
    coded: (count: number) => `${count} koding`,
  },
  en: {
    documents: "Source documents",
    open: "Open documents (PDF, Word .docx, text)",
    drop: "or drop files here",
    reading: (name: string) => `Reading ${name}…`,
    remove: "Remove",
    code: "Code this passage",
    framework: "Framework",
    indicator: "Indicator",
    apply: "Code",
    cancel: "Cancel",
    select: "Select text in the document, then code it.",
    page: (page: number) => `p. ${page}`,
    notFound: (coding: string, name: string, nearest: string) =>
      `${coding}: the quote is not in ${name} (nearest passage: “${nearest}”)`,
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
}

/**
 * The source documents of a draft, beside its coding form: open them (file
 * picker or drag and drop; read in a Web Worker, kept in this browser with
 * the draft), see each listed with its size and remove it, read one as text
 * with its page breaks, select a passage and code it with an indicator
 * (framework, then indicator; the score is chosen with its anchors in the
 * indicator's form). Coded passages are highlighted; clicking one shows its
 * coding. Text from documents is only ever set as text.
 */
export function documentsPanel(options: DocumentsPanelOptions): HTMLElement {
  const { draft, registry, language } = options;
  const texts = TEXTS[language];
  const opened: DraftDocument[] = [];
  let shown: DraftDocument | undefined;
  const status = element("p", { className: "document-status", attributes: { role: "status", "aria-live": "polite" } });
  const list = element("ul", { className: "document-list" });
  const viewer = element("div", { className: "document-viewer", attributes: { tabindex: "0" } });
  const chooser = element("div", { className: "passage-chooser", attributes: { hidden: "" } });
  const codeButton = element("button", { text: texts.code, attributes: { type: "button", disabled: "" } });
  const quoteProblems = element("ul", { className: "quote-problems", attributes: { role: "status" } });
  // Every quote of the draft whose source is an opened document is checked against it, as it is typed, in a worker:
  // preparing a long document for the search, and finding a missing quote's nearest passage, are too long for a task.
  const checker = quoteChecker();
  const checkQuotesNow = () => {
    const checked = draft.codings.flatMap((row) => {
      const item = opened.find((candidate) => candidate.sourceId === row.source);
      return item === undefined || (row.evidence ?? "").trim() === "" ? [] : [{ row, item }];
    });
    void checker.check(checked.map(({ row, item }) => ({ document: item, quote: row.evidence! }))).then((results) => {
      if (results === null) return;
      const problems = results.flatMap((result, index) => {
        const { row, item } = checked[index]!;
        return result === null
          ? []
          : [texts.notFound(`${row.framework}/${row.indicator}`, item.document.name, result.nearest)];
      });
      quoteProblems.replaceChildren(...problems.map((problem) => element("li", { text: problem })));
    });
  };
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (event: Event) => {
    if (!root.isConnected) {
      checker.close();
      return document.removeEventListener("input", onInput);
    }
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute("name") !== "evidence") return;
    clearTimeout(checkTimer);
    checkTimer = setTimeout(checkQuotesNow, 150);
  };
  document.addEventListener("input", onInput);

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

  type Passage = ReturnType<typeof codedPassages>[number];
  const titleOf = (passage: Passage) =>
    passage.rows.map((row) => `${row.framework}/${row.indicator}=${row.score || "?"}`).join(", ");
  /** The text of a page (from `start` to `end`) as text nodes, coded passages as marks (several codings may share one). */
  const pageBody = (text: string, start: number, end: number, passages: Passage[]) => {
    const body = element("div", { className: "page-text", attributes: { "data-start": String(start) } });
    let at = start;
    for (const passage of passages) {
      const from = Math.max(passage.start, at);
      const to = Math.min(passage.end, end);
      if (to <= from) continue;
      if (from > at) body.append(document.createTextNode(text.slice(at, from)));
      const mark = element("mark", {
        text: text.slice(from, to),
        attributes: {
          tabindex: "0",
          title: titleOf(passage),
          "data-codings": passage.rows.map((row) => `${row.framework}/${row.indicator}`).join(" "),
        },
      });
      const show = () => options.onShowCoding(passage.rows[0]!.framework!, passage.rows[0]!.indicator!);
      mark.addEventListener("click", show);
      mark.addEventListener("keydown", (event) => {
        if (event.key === "Enter") show();
      });
      body.append(mark);
      at = to;
    }
    if (at < end) body.append(document.createTextNode(text.slice(at, end)));
    return body;
  };

  let drawings = 0;
  // The document on the viewer: the pages built so far, and for each page the passages marked in it, so that drawing
  // the same document again (a passage coded) replaces only the pages whose marks changed: the reader stays where they
  // were reading. Pages are built and put on the page a few a task, so that the page stays responsive while it fills.
  type Drawn = { item: DraftDocument; pages: HTMLElement[]; marked: string[]; passages: Passage[] };
  let drawn: Drawn | undefined;
  const drawViewer = () => {
    if (shown === undefined) {
      drawn = undefined;
      return viewer.replaceChildren(element("p", { className: "note", text: texts.select }));
    }
    const { text, pageStarts } = shown.document;
    const starts = pageStarts.length > 0 ? pageStarts : [0];
    const ends = starts.map((_, index) => (index + 1 < starts.length ? starts[index + 1]! - 1 : text.length));
    const passages = codedPassages(draft, shown.id);
    const marked = starts.map((start, index) =>
      passages
        .filter((passage) => passage.start < ends[index]! && passage.end > start)
        .map((passage) => `${passage.start}:${passage.end}:${titleOf(passage)}`)
        .join(" "),
    );
    if (drawn?.item === shown) {
      const before = drawn;
      before.pages.forEach((page, index) => {
        if (marked[index] !== before.marked[index])
          page.lastElementChild!.replaceWith(pageBody(text, starts[index]!, ends[index]!, passages));
      });
      // Pages not built yet are built with these passages.
      before.marked = marked;
      before.passages = passages;
      return checkQuotesNow();
    }
    const current: Drawn = { item: shown, pages: [], marked, passages };
    drawn = current;
    const drawing = ++drawings;
    const appendPages = () => {
      if (drawing !== drawings) return;
      const from = current.pages.length;
      const pages = starts
        .slice(from, from + 4)
        .map((start, offset) =>
          element("section", { className: "page", attributes: { "data-page": String(from + offset + 1) } }, [
            ...(pageStarts.length > 0
              ? [element("h5", { className: "page-number", text: texts.page(from + offset + 1) })]
              : []),
            pageBody(text, start, ends[from + offset]!, current.passages),
          ]),
        );
      current.pages.push(...pages);
      viewer.append(...pages);
      if (current.pages.length < starts.length) setTimeout(appendPages, 0);
    };
    viewer.replaceChildren();
    appendPages();
    checkQuotesNow();
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

  // Framework, then indicator: the indicator's form then offers the scores with their anchors.
  codeButton.addEventListener("click", () => {
    const passage = selectedPassage();
    if (passage === null || shown === undefined) return;
    const target = shown;
    const frameworkSelect = element("select", { attributes: { "aria-label": texts.framework } });
    const indicatorSelect = element("select", { attributes: { "aria-label": texts.indicator } });
    const codable = Object.entries(registry).filter(([, framework]) => framework.reads.includes("codings"));
    frameworkSelect.append(...codable.map(([id, framework]) => new Option(framework.name[language], id)));
    const fillIndicators = () =>
      indicatorSelect.replaceChildren(
        ...registry[frameworkSelect.value]!.indicators.map(
          (indicator) => new Option(indicator.name[language], indicator.id),
        ),
      );
    frameworkSelect.addEventListener("change", fillIndicators);
    fillIndicators();
    const apply = element("button", { text: texts.apply, attributes: { type: "button" } });
    const cancel = element("button", { text: texts.cancel, attributes: { type: "button" } });
    apply.addEventListener("click", () => {
      codePassage(draft, target, passage.start, passage.end, frameworkSelect.value, indicatorSelect.value);
      chooser.setAttribute("hidden", "");
      drawViewer();
      options.onCoded(frameworkSelect.value, indicatorSelect.value);
    });
    cancel.addEventListener("click", () => chooser.setAttribute("hidden", ""));
    chooser.replaceChildren(
      element("label", {}, [element("span", { text: `${texts.framework} ` }), frameworkSelect]),
      element("label", {}, [element("span", { text: `${texts.indicator} ` }), indicatorSelect]),
      apply,
      cancel,
    );
    chooser.removeAttribute("hidden");
    frameworkSelect.focus();
  });

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
    quoteProblems,
    viewer,
  ]);
  drawViewer();
  return root;
}
