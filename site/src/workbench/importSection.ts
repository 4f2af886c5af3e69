import type { Language } from "../../../src/language.ts";
import type { Problem } from "../../../src/problem.ts";
import { formatProblemIn, problemWords } from "../../../src/problemTexts.ts";
import { codingsOfKnownPartnerships } from "../../../src/workbench/codingsOfKnownPartnerships.ts";
import { element } from "../../../web/dom.ts";
import { SHIPPED_FILES } from "../../../web/shippedFiles.ts";
import { newId, session, type ImportReport } from "../model/session.ts";
import type { ImportMessage } from "../workers/importWorker.ts";
import type { Texts } from "./texts.ts";

/**
 * Importing files: a file picker, a folder picker and a drop zone; parsing runs in a Web Worker with a progress bar.
 * `onDraftsAdded` is called when imported codings of the site's own partnerships were opened as drafts.
 */
export function importSection(texts: Texts, language: Language, onDraftsAdded: () => void = () => {}): HTMLElement {
  const progress = element("progress", { attributes: { max: "1", value: "0", hidden: "" } });
  const stage = element("p", { className: "import-stage", attributes: { role: "status" } });
  const results = element("div", { className: "import-results" });
  // A problem of a whole file (a file left aside, say) is said by the file's name, without row and column.
  // In the page's language where the problem's words are known (src/problemTexts.ts), else as the CLI says it.
  const say = (problem: Problem) => {
    if (!(problem.row === 0 && problem.column === 0)) return formatProblemIn(problem, language);
    const { message, expected } = problemWords(problem, language);
    const expecting = language === "id" ? "diharapkan" : "expected";
    return `${problem.file ? `${problem.file}: ` : ""}${message}${expected === undefined ? "" : ` (${expecting} ${expected})`}`;
  };
  const showResult = (message: ImportReport) => {
    const placed = message.placed?.codings ?? 0;
    const unknown = Object.values(message.unknown ?? {}).reduce((sum, count) => sum + count, 0);
    const codings = message.codings - placed - unknown;
    stage.textContent =
      message.partnerships + message.codings + message.portfolioCodings === 0 && message.ignored.length > 0
        ? texts.nothingImported
        : texts.imported(message.partnerships, codings, message.rejectedRows);
    results.replaceChildren(
      ...(message.placed !== undefined && placed > 0
        ? [element("p", { className: "import-placed", text: texts.placed(placed, message.placed.drafts) })]
        : []),
      ...(unknown > 0 ? [element("p", { className: "import-unknown", text: texts.unknown(message.unknown!) })] : []),
      element(
        "ul",
        { className: "problems import-problems" },
        message.problems.slice(0, 500).map((problem) => element("li", { text: say(problem) })),
      ),
      ...(message.problems.length > 500 ? [element("p", { text: `… ${message.problems.length - 500}` })] : []),
    );
  };
  // The last import's report stays on the page when the page is drawn again (as it is once the import is stored).
  if (session.lastImport !== undefined) showResult(session.lastImport);
  const run = async (fileList: File[]) => {
    if (fileList.length === 0) return;
    progress.hidden = false;
    progress.value = 0;
    results.replaceChildren();
    const files = await Promise.all(
      fileList.map(async (file) => ({
        name: file.webkitRelativePath || file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    const worker = new Worker(new URL("../workers/importWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = async (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        progress.value = message.fraction;
        stage.textContent = message.stage;
        return;
      }
      worker.terminate();
      progress.hidden = true;
      if (message.type === "error") {
        stage.textContent = message.message;
        return;
      }
      // Codings of the site's own partnerships (codings.csv imported alone) are opened as drafts, where they are shown.
      const known = codingsOfKnownPartnerships(message.files, SHIPPED_FILES, () => newId(), new Date().toISOString());
      for (const draft of known.drafts) {
        draft.name = `${draft.name} (${texts.importedDraft})`;
        session.saveDraft(draft);
      }
      if (known.drafts.length > 0) onDraftsAdded();
      message.placed = { codings: known.placed, drafts: known.drafts.map((draft) => draft.name) };
      message.unknown = known.unknown;
      session.lastImport = message;
      showResult(message);
      if (message.partnerships > 0 || message.codings - known.placed > 0 || message.portfolioCodings > 0)
        await session.addImport({
          id: newId(),
          name: files
            .map((file) => file.name)
            .join(", ")
            .slice(0, 120),
          imported: new Date().toISOString(),
          files: message.files,
          problems: message.problems.length,
          rejectedRows: message.rejectedRows,
        });
    };
    worker.postMessage(
      { files },
      files.map((file) => file.bytes.buffer),
    );
  };
  const picker = element("input", {
    attributes: { type: "file", multiple: "", accept: ".zip,.csv,.json", "aria-label": texts.chooseFiles },
  });
  picker.addEventListener("change", () => void run([...(picker.files ?? [])]));
  const folder = element("input", {
    attributes: { type: "file", webkitdirectory: "", "aria-label": texts.chooseFolder },
  });
  folder.addEventListener("change", () => void run([...(folder.files ?? [])]));
  const zone = element("div", { className: "drop-zone", text: texts.drop });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    void run([...(event.dataTransfer?.files ?? [])]);
  });
  const importsList = element(
    "ul",
    { className: "imports" },
    session.imports().map((entry) => {
      const remove = element("button", { text: texts.delete, attributes: { type: "button" } });
      remove.addEventListener("click", () => void session.removeImport(entry.id));
      return element("li", {}, [
        element("span", { text: `${entry.name} (${new Date(entry.imported).toLocaleString()}) ` }),
        remove,
      ]);
    }),
  );
  return element("section", { className: "import" }, [
    element("h3", { text: texts.import }),
    element("p", { className: "note", text: texts.importIntro }),
    element("label", { className: "file-choice" }, [element("span", { text: `${texts.chooseFiles}: ` }), picker]),
    element("label", { className: "file-choice" }, [element("span", { text: `${texts.chooseFolder}: ` }), folder]),
    zone,
    progress,
    stage,
    results,
    ...(session.imports().length > 0 ? [element("h4", { text: texts.imports }), importsList] : []),
  ]);
}
