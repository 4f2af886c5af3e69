import { fieldTitle } from "../../../src/dataset/fieldTitles.ts";
import { RESOURCES } from "../../../src/dataset/schemas.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { draftFiles, type DatasetFiles, type Draft } from "../../../src/workbench/draft.ts";
import { downloadFile, element } from "../../../web/dom.ts";
import type { PageContext } from "../components/page.ts";
import { session } from "../model/session.ts";
import type { SiteState } from "../model/state.ts";
import { documentsPanel } from "./documentsPanel.ts";
import { qdpxExportButton } from "./qdpxControls.ts";
import { exportDrafts } from "./exportDrafts.ts";
import { codeWords, fieldControl, rowsEditor } from "./fields.ts";
import { indicatorEditor } from "./indicatorEditor.ts";
import { liveScores } from "./liveScores.ts";
import { showInDocumentButton, updateShowInDocument } from "./showInDocument.ts";
import type { Texts } from "./texts.ts";

/** The editor of one draft. */
export function draftEditor(draft: Draft, state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  const registry: Registry = frameworks;
  // The ids of the draft's sources, offered wherever a source is cited (kept up to date as sources are added).
  const sourceList = element("datalist", { attributes: { id: "draft-sources" } });
  const refreshSourceList = () => {
    const ids = draft.sources.map((source) => source.id ?? "").filter(Boolean);
    if ([...sourceList.options].map((option) => option.value).join("\u0000") === ids.join("\u0000")) return;
    sourceList.replaceChildren(...ids.map((id) => element("option", { attributes: { value: id } })));
  };
  const live = element("section", { className: "live-scores", attributes: { "aria-labelledby": "live-title" } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const redrawLive = () => {
    live.replaceChildren(
      element("h3", { text: texts.live, attributes: { id: "live-title" } }),
      liveScores(draft, state, context, texts),
    );
  };
  // Saving is immediate; the live scores follow a moment after typing stops, so typing never waits for them.
  const onChange = () => {
    session.saveDraft(draft);
    refreshSourceList();
    clearTimeout(timer);
    timer = setTimeout(redrawLive, 400);
  };
  // The draft's name and coder, edited as the fields of a row are.
  const metaRow: Record<string, string> = {
    get name() {
      return draft.name;
    },
    set name(value: string) {
      draft.name = value;
    },
    get coder() {
      return draft.coder;
    },
    set coder(value: string) {
      draft.coder = value;
    },
  };
  const meta = element("div", { className: "draft-meta" }, [
    fieldControl({ name: "name", type: "string", title: texts.name }, metaRow, onChange),
    fieldControl({ name: "coder", type: "string", title: texts.coder }, metaRow, onChange),
  ]);
  const registryFields = element("fieldset", { className: "registry" }, [
    element("legend", { text: texts.registry }),
    ...RESOURCES.partnerships.schema.fields.map((field) =>
      fieldControl(
        { ...field, title: fieldTitle("partnerships", field.name, state.language) },
        draft.partnership,
        onChange,
        codeWords(field, state.language),
      ),
    ),
  ]);
  // The codings placed in the draft's documents (the documents panel says which): their forms offer the way back.
  let placed: ReadonlySet<string> = new Set();
  // The documents panel, made below: an indicator's "show in the document" asks it for the passage.
  let showPassage: (key: string) => Promise<boolean> = async () => false;
  // One indicator's coding, with its way back to its passage in the documents, after its quote.
  const indicatorForm = (frameworkId: string, index: number) => {
    const fieldset = indicatorEditor(draft, frameworkId, registry, index, state.language, texts, onChange);
    const indicator = registry[frameworkId]!.indicators[index]!;
    const button = showInDocumentButton(
      `${frameworkId}/${indicator.id}`,
      indicator.name[state.language],
      state.language,
      (key) => void showPassage(key),
    );
    const evidence = fieldset.querySelector('[name="evidence"]')?.closest(".field");
    if (evidence) evidence.after(button);
    else fieldset.append(button);
    updateShowInDocument(fieldset, placed);
    return fieldset;
  };
  const codingSections = Object.entries(registry)
    .filter(([, framework]) => framework.reads.includes("codings"))
    .map(([id, framework]) =>
      element("details", { className: "framework-coding", attributes: { "data-framework": id } }, [
        element("summary", { text: framework.name[state.language] }),
        ...framework.indicators.map((_, index) => indicatorForm(id, index)),
      ]),
    );
  let sourcesEditor = rowsEditor("sources", draft.sources, [], texts, texts.addSource, onChange, state.language);
  const editorOf = () => document.querySelector<HTMLElement>(`.draft-editor[data-draft="${draft.id}"]`);
  // A coded or clicked passage shows its indicator's coding: the framework opened, the score to choose with its anchors.
  const showCoding = (frameworkId: string, indicatorId: string, redraw: boolean) => {
    const editor = editorOf();
    if (editor === null) return;
    const details = editor.querySelector<HTMLDetailsElement>(`details[data-framework="${frameworkId}"]`);
    if (details !== null) details.open = true;
    let fieldset = editor.querySelector<HTMLElement>(`fieldset[data-indicator="${frameworkId}/${indicatorId}"]`);
    const index = registry[frameworkId]?.indicators.findIndex((indicator) => indicator.id === indicatorId) ?? -1;
    if (redraw && fieldset !== null && index >= 0) {
      const fresh = indicatorForm(frameworkId, index);
      fieldset.replaceWith(fresh);
      fieldset = fresh;
      // The sources' rows, drawn again: coding a passage adds its document's source.
      const sources = rowsEditor("sources", draft.sources, [], texts, texts.addSource, onChange, state.language);
      sourcesEditor.replaceWith(sources);
      sourcesEditor = sources;
      onChange();
    }
    fieldset?.scrollIntoView({ block: "center" });
    fieldset?.querySelector<HTMLInputElement>("input[type=radio]:checked, input[type=radio]")?.focus();
  };
  const documents = documentsPanel({
    draft,
    registry,
    language: state.language,
    onCoded: (frameworkId, indicatorId) => showCoding(frameworkId, indicatorId, true),
    onShowCoding: (frameworkId, indicatorId) => showCoding(frameworkId, indicatorId, false),
    onPlaced: (keys) => {
      placed = keys;
      const editor = editorOf();
      if (editor !== null) updateShowInDocument(editor, keys);
      else for (const section of codingSections) updateShowInDocument(section, keys);
    },
  });
  showPassage = documents.showPassage;
  const documentsSection = documents.element;
  const exportButtons = [
    [
      texts.exportPartnership,
      () =>
        exportDrafts(
          session.drafts().filter((other) => other.partnership.id === draft.partnership.id),
          draft.partnership.id || draft.name,
        ),
    ],
    [texts.exportAll, () => exportDrafts(session.drafts(), "workbench")],
  ] as const;
  const fileLinks = ["partnerships.csv", "events.csv", "codings.csv", "sources.csv", "datapackage.json"].map((file) => {
    const button = element("button", { text: file, attributes: { type: "button", "data-file": file } });
    button.addEventListener("click", () => {
      const files: DatasetFiles = draftFiles(
        session.drafts().filter((other) => other.partnership.id === draft.partnership.id),
      );
      downloadFile(file, files[file]!, file.endsWith(".json") ? "application/json" : "text/csv");
    });
    return button;
  });
  const editor = element("div", { className: "draft-editor", attributes: { "data-draft": draft.id } }, [
    element("h3", { text: draft.name }),
    ...(draft.blind ? [element("p", { className: "note blind", text: texts.blindNote })] : []),
    meta,
    registryFields,
    element("h4", { text: texts.sources }),
    sourcesEditor,
    element("h4", { text: texts.events }),
    rowsEditor("events", draft.events, ["partnership"], texts, texts.addEvent, onChange, state.language),
    documentsSection,
    element("h4", { text: texts.codings }),
    ...codingSections,
    element("div", { className: "export" }, [
      element("h4", { text: texts.export }),
      ...exportButtons.map(([label, run]) => {
        const button = element("button", { text: label, attributes: { type: "button" } });
        button.addEventListener("click", run);
        return button;
      }),
      qdpxExportButton(draft, state.language),
      element("div", { className: "file-links" }, fileLinks),
    ]),
  ]);
  redrawLive();
  refreshSourceList();
  return element("div", { className: "draft-layout" }, [editor, live, sourceList]);
}
