import { fieldTitle } from "../../../src/dataset/fieldTitles.ts";
import type { Language } from "../../../src/language.ts";
import { RESOURCES, type ResourceName } from "../../../src/dataset/schemas.ts";
import type { FieldSchema as Field } from "../../../src/schema/tableSchema.ts";
import { frameworks, type Registry } from "../../../src/frameworks/registry.ts";
import { formatProblem } from "../../../src/problem.ts";
import { scoreDataset } from "../../../src/score/scoreDataset.ts";
import {
  draftFiles,
  emptyRow,
  filesToTexts,
  newDraft,
  type DatasetFiles,
  type Draft,
} from "../../../src/workbench/draft.ts";
import { usableRows } from "../../../src/workbench/importFiles.ts";
import { validateDataset } from "../../../src/validate/validateDataset.ts";
import { draftsFromTexts } from "../../../src/workbench/readDraftRows.ts";
import { zipDataset } from "../../../src/workbench/zipDataset.ts";
import { slugify } from "../../../src/schema/slugify.ts";
import { casePage } from "../components/caseView.ts";
import { SHIPPED_FILES } from "../../../web/data.ts";
import { downloadFile, element, dataTable } from "../../../web/dom.ts";
import type { ImportMessage } from "../workers/importWorker.ts";
import { documentsPanel, qdpxExportButton, qdpxImportControl } from "./workbenchDocuments.ts";
import { addImport, currentImports, removeImport } from "../model/ownData.ts";
import type { PageContext, PageView, SiteData } from "../components/page.ts";
import type { SiteState } from "../model/state.ts";
import { storage, type SaveStatus } from "../model/storage.ts";

const TEXTS = {
  id: {
    title: "Meja koding",
    intro:
      "Kode kerja sama baru atau buka yang sudah ada. Setiap ketikan disimpan di peramban ini (IndexedDB) dan tidak pernah dikirim ke mana pun.",
    saved: (at: string) => `Tersimpan di peramban ini${at ? ` (${new Date(at).toLocaleTimeString("id")})` : ""}.`,
    saving: "Menyimpan…",
    failed: (reason: string) => `Penyimpanan gagal: ${reason}. Unduh pekerjaan Anda sekarang agar tidak hilang.`,
    drafts: "Draf",
    noDrafts: "Belum ada draf.",
    newDraft: "Draf baru",
    openFrom: "Buka dari dataset",
    open: "Buka",
    duplicate: "Gandakan",
    blind: "Pengode kedua (buta)",
    delete: "Hapus",
    undo: "Batalkan",
    deleted: (name: string) => `Draf “${name}” dihapus.`,
    columns: ["Nama", "Pengode", "Kerja sama", "Perubahan terakhir", "Tindakan"],
    name: "Nama draf",
    coder: "Pengode",
    blindNote: "Koding buta: skor pengode lain untuk kerja sama ini tidak ditampilkan.",
    registry: "Data kerja sama",
    sources: "Sumber",
    addSource: "Tambah sumber",
    events: "Peristiwa bertanggal",
    addEvent: "Tambah peristiwa",
    remove: "Hapus baris",
    codings: "Koding",
    notCoded: "belum dikode",
    na: "NA — sumber tidak membahas",
    evidence: "Kutipan bukti",
    kind: "Jenis bukti",
    source: "Sumber",
    locator: "Lokasi (bagian, halaman)",
    note: "Catatan",
    scope: "Cakupan pernyataan",
    scopePartnership: "kerja sama ini",
    scopePortfolio: "semua kerja sama pemerintah daerah ini (portofolio)",
    live: "Skor langsung",
    problems: (count: number) => `${count} masalah (baris bermasalah tidak ikut dinilai):`,
    noScores: "Isi data kerja sama (lihat masalah di atas) agar skor muncul.",
    export: "Ekspor",
    exportPartnership: "Unduh kerja sama ini, semua pengode (ZIP)",
    exportAll: "Unduh semua draf (ZIP)",
    import: "Impor dataset",
    importIntro:
      "ZIP dataset, berkas-berkas satu folder, atau satu CSV. Baris yang tidak valid didaftar; baris yang valid tetap dapat dipakai.",
    chooseFiles: "Pilih berkas",
    chooseFolder: "Pilih folder",
    drop: "Atau letakkan berkas di sini",
    imported: (partnerships: number, codings: number, rejected: number) =>
      `Diimpor: ${partnerships} kerja sama, ${codings} koding; ${rejected} baris ditinggalkan.`,
    imports: "Impor di peramban ini",
    replace: (name: string) => `Sudah ada draf “${name}” untuk kerja sama dan pengode ini. Ganti draf itu?`,
    secondCoder: "pengode kedua",
    notFound: "Draf ini tidak ada di peramban ini.",
  },
  en: {
    title: "Coding workbench",
    intro:
      "Code a new partnership or open an existing one. Every keystroke is saved in this browser (IndexedDB) and never sent anywhere.",
    saved: (at: string) => `Saved in this browser${at ? ` (${new Date(at).toLocaleTimeString("en")})` : ""}.`,
    saving: "Saving…",
    failed: (reason: string) => `Saving failed: ${reason}. Download your work now so that it is not lost.`,
    drafts: "Drafts",
    noDrafts: "No drafts yet.",
    newDraft: "New draft",
    openFrom: "Open from a dataset",
    open: "Open",
    duplicate: "Duplicate",
    blind: "Second coder (blind)",
    delete: "Delete",
    undo: "Undo",
    deleted: (name: string) => `Draft “${name}” deleted.`,
    columns: ["Name", "Coder", "Partnership", "Last change", "Actions"],
    name: "Draft name",
    coder: "Coder",
    blindNote: "Blind coding: the other coders' scores of this partnership are not shown.",
    registry: "The partnership",
    sources: "Sources",
    addSource: "Add a source",
    events: "Dated events",
    addEvent: "Add an event",
    remove: "Remove row",
    codings: "Codings",
    notCoded: "not coded",
    na: "NA — the source is silent",
    evidence: "Evidence quote",
    kind: "Kind of evidence",
    source: "Source",
    locator: "Locator (section, page)",
    note: "Note",
    scope: "What the statement is about",
    scopePartnership: "this partnership",
    scopePortfolio: "all of the local government's partnerships (portfolio)",
    live: "Live scores",
    problems: (count: number) => `${count} problem${count === 1 ? "" : "s"} (rows with a problem are not scored):`,
    noScores: "Fill in the partnership (see the problems above) to see its scores.",
    export: "Export",
    exportPartnership: "Download this partnership, every coder (ZIP)",
    exportAll: "Download every draft (ZIP)",
    import: "Import a dataset",
    importIntro:
      "A dataset ZIP, a folder's files, or a single CSV. Invalid rows are listed; the valid rows stay usable.",
    chooseFiles: "Choose files",
    chooseFolder: "Choose a folder",
    drop: "Or drop files here",
    imported: (partnerships: number, codings: number, rejected: number) =>
      `Imported: ${partnerships} partnerships, ${codings} codings; ${rejected} rows left out.`,
    imports: "Imports in this browser",
    replace: (name: string) => `A draft “${name}” of this partnership by this coder exists. Replace it?`,
    secondCoder: "second coder",
    notFound: "This draft is not in this browser.",
  },
} as const;

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

/** The drafts of this browser, read once per page load; the page's edits change them here and in storage. */
let drafts: Map<string, Draft> | undefined;
async function loadDrafts(): Promise<Map<string, Draft>> {
  drafts ??= new Map((await storage.drafts().catch(() => [])).map((draft) => [draft.id, draft]));
  return drafts;
}

const newId = () =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const now = () => new Date().toISOString();

/** Saves a changed draft at once (the write queues; typing never waits for it). */
function touch(draft: Draft): void {
  draft.updated = now();
  void storage.saveDraft(draft).catch(() => {});
}

function exportDrafts(list: Draft[], name: string): void {
  const folder = slugify(name) || "workbench";
  downloadFile(`${folder}.zip`, zipDataset(draftFiles(list, { name: folder }), folder) as BlobPart, "application/zip");
}

/** The ids of the open draft's sources, offered wherever a source is cited (kept up to date as sources are added). */
const sourceList = element("datalist", { attributes: { id: "draft-sources" } });
function refreshSourceList(draft: Draft): void {
  const ids = draft.sources.map((source) => source.id ?? "").filter(Boolean);
  if ([...sourceList.options].map((option) => option.value).join("\u0000") === ids.join("\u0000")) return;
  sourceList.replaceChildren(...ids.map((id) => element("option", { attributes: { value: id } })));
}

/** A labelled control for one field of a row: a list of its allowed values, or a text box (a source offers the draft's sources). */
function fieldControl(
  field: Field,
  row: Record<string, string>,
  onChange: () => void,
  optionLabels: Record<string, string> = {},
): HTMLElement {
  const allowed = (field.constraints?.enum as string[] | undefined) ?? [];
  const id = `f-${newId()}`;
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (allowed.length > 0) {
    control = element("select", { attributes: { id, name: field.name } }, [
      element("option", { text: optionLabels[""] ?? "—", attributes: { value: "" } }),
      ...allowed.map((value) => element("option", { text: optionLabels[value] ?? value, attributes: { value } })),
    ]);
    // A value typed elsewhere that is not in the list is kept and shown, never dropped.
    const current = row[field.name] ?? "";
    if (current !== "" && !allowed.includes(current))
      control.append(element("option", { text: current, attributes: { value: current } }));
  } else if (["description", "notes", "note", "citation", "evidence"].includes(field.name.replace(/_indonesian$/, "")))
    control = element("textarea", { attributes: { id, name: field.name, rows: "2" } });
  else
    control = element("input", {
      attributes: { id, name: field.name, type: "text", ...(field.name === "source" ? { list: "draft-sources" } : {}) },
    });
  control.value = row[field.name] ?? "";
  control.addEventListener(allowed.length > 0 ? "change" : "input", () => {
    row[field.name] = control.value;
    onChange();
  });
  return element("div", { className: "field" }, [
    element("label", { text: field.title ?? field.name, attributes: { for: id } }),
    control,
  ]);
}

/** The editor of a table of rows (sources, events): each row's fields, a remove button, and an add button. */
function rowsEditor(
  resource: ResourceName,
  rows: Array<Record<string, string>>,
  leaveOut: string[],
  texts: Texts,
  addLabel: string,
  onChange: () => void,
  language: Language,
): HTMLElement {
  const holder = element("div", { className: "rows-editor" });
  const fields = RESOURCES[resource].schema.fields.filter((field) => !leaveOut.includes(field.name));
  const draw = () => {
    holder.replaceChildren(
      ...rows.map((row, index) => {
        const remove = element("button", { text: texts.remove, attributes: { type: "button" } });
        remove.addEventListener("click", () => {
          rows.splice(index, 1);
          onChange();
          draw();
        });
        return element("fieldset", { className: "row" }, [
          element("legend", { text: `${index + 1}. ${row.id ?? ""}` }),
          ...fields.map((field) =>
            fieldControl({ ...field, title: fieldTitle(resource, field.name, language) }, row, onChange),
          ),
          remove,
        ]);
      }),
      (() => {
        const add = element("button", { text: addLabel, attributes: { type: "button" } });
        add.addEventListener("click", () => {
          rows.push(emptyRow(resource, { id: `${resource === "sources" ? "source" : "event"}-${rows.length + 1}` }));
          onChange();
          draw();
        });
        return add;
      })(),
    );
  };
  draw();
  return holder;
}

/** One indicator's coding: the score with each level's anchor beside it, then the evidence, its kind, source, locator and note. */
function indicatorEditor(
  draft: Draft,
  frameworkId: string,
  registry: Registry,
  indicatorIndex: number,
  language: SiteState["language"],
  texts: Texts,
  onChange: () => void,
): HTMLElement {
  const framework = registry[frameworkId]!;
  const indicator = framework.indicators[indicatorIndex]!;
  const find = () => draft.codings.find((row) => row.framework === frameworkId && row.indicator === indicator.id);
  const ensure = () => {
    let row = find();
    if (row === undefined) {
      row = { ...emptyRow("codings", { framework: frameworkId, indicator: indicator.id }) };
      delete row.partnership;
      delete row.coder;
      draft.codings.push(row);
    }
    return row;
  };
  const group = `score-${frameworkId}-${indicator.id}`;
  const current = find()?.score ?? "";
  const choices = [
    { value: "", label: texts.notCoded, anchor: "" },
    { value: "NA", label: texts.na, anchor: "" },
    ...framework.scale.levels.map((level) => ({
      value: String(level.value),
      label: `${level.value} — ${level.label[language]}`,
      anchor: indicator.anchors[level.value]?.[language] ?? "",
    })),
  ];
  const radios = choices.map((choice) => {
    const radio = element("input", { attributes: { type: "radio", name: group, value: choice.value } });
    radio.checked = choice.value === current;
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      const row = find();
      if (choice.value === "") {
        // "Not coded" removes the row only when nothing else was written in it: nothing typed is ever lost.
        if (row !== undefined) {
          const empty = ["evidence", "evidence_kind", "source", "locator", "note"].every(
            (field) => (row[field] ?? "") === "",
          );
          if (empty) draft.codings.splice(draft.codings.indexOf(row), 1);
          else row.score = "";
        }
      } else ensure().score = choice.value;
      onChange();
    });
    return element("label", { className: "choice" }, [
      radio,
      element("span", { className: "level", text: ` ${choice.label}` }),
      ...(choice.anchor ? [element("span", { className: "anchor", text: choice.anchor })] : []),
    ]);
  });
  const fields = RESOURCES.codings.schema.fields.filter((field) =>
    ["evidence", "evidence_kind", "source", "locator", "note"].includes(field.name),
  );
  // Typing evidence before choosing a score keeps the row (its score still to choose is listed as a problem).
  const proxy = new Proxy({} as Record<string, string>, {
    get: (_target, key: string) => find()?.[key] ?? "",
    set: (_target, key: string, value: string) => {
      ensure()[key] = value;
      return true;
    },
  });
  const labels: Record<string, string> = {
    evidence: texts.evidence,
    evidence_kind: texts.kind,
    source: texts.source,
    locator: texts.locator,
    note: texts.note,
  };
  return element(
    "fieldset",
    { className: "indicator", attributes: { "data-indicator": `${frameworkId}/${indicator.id}` } },
    [
      element("legend", { text: indicator.name[language] }),
      element("p", { className: "definition", text: indicator.definition[language] }),
      element(
        "div",
        { className: "choices", attributes: { role: "radiogroup", "aria-label": indicator.name[language] } },
        radios,
      ),
      ...fields.map((field) => fieldControl({ ...field, title: labels[field.name] }, proxy, onChange)),
      fieldControl(
        {
          name: "scope",
          type: "string",
          title: texts.scope,
          constraints: { enum: ["portfolio"] },
        },
        proxy,
        onChange,
        { "": texts.scopePartnership, portfolio: texts.scopePortfolio },
      ),
    ],
  );
}

/** The live scores of a draft: its problems, and the case page drawn from its rows without a problem. */
function liveScores(draft: Draft, state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  const files = filesToTexts(draftFiles([draft]));
  const first = validateDataset(files);
  const { reading } = usableRows(files, first);
  const scores = reading.dataset.partnerships.length > 0 ? scoreDataset(reading.dataset) : [];
  const data: SiteData = { reading, scores, own: new Set() };
  return element("div", { className: "live" }, [
    ...(first.problems.length === 0
      ? []
      : [
          element("p", { className: "problems-title", text: texts.problems(first.problems.length) }),
          element(
            "ul",
            { className: "problems" },
            first.problems.slice(0, 50).map((problem) => element("li", { text: formatProblem(problem) })),
          ),
        ]),
    scores.length === 0
      ? element("p", { className: "note", text: texts.noScores })
      : casePage({ ...state, page: "case", caseId: draft.partnership.id ?? "" }, data, context),
  ]);
}

/** The editor of one draft. */
function draftEditor(draft: Draft, state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  const registry: Registry = frameworks;
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
    touch(draft);
    refreshSourceList(draft);
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
      ),
    ),
  ]);
  const codingSections = Object.entries(registry)
    .filter(([, framework]) => framework.reads.includes("codings"))
    .map(([id, framework]) =>
      element("details", { className: "framework-coding", attributes: { "data-framework": id } }, [
        element("summary", { text: framework.name[state.language] }),
        ...framework.indicators.map((_, index) =>
          indicatorEditor(draft, id, registry, index, state.language, texts, onChange),
        ),
      ]),
    );
  const exportButtons = [
    [
      texts.exportPartnership,
      () =>
        exportDrafts(
          [...(drafts?.values() ?? [])].filter((other) => other.partnership.id === draft.partnership.id),
          draft.partnership.id || draft.name,
        ),
    ],
    [texts.exportAll, () => exportDrafts([...(drafts?.values() ?? [])], "workbench")],
  ] as const;
  const fileLinks = ["partnerships.csv", "events.csv", "codings.csv", "sources.csv", "datapackage.json"].map((file) => {
    const button = element("button", { text: file, attributes: { type: "button", "data-file": file } });
    button.addEventListener("click", () => {
      const files: DatasetFiles = draftFiles(
        [...(drafts?.values() ?? [])].filter((other) => other.partnership.id === draft.partnership.id),
      );
      downloadFile(file, files[file]!, file.endsWith(".json") ? "application/json" : "text/csv");
    });
    return button;
  });
  // The sources' rows, drawn again when coding a passage adds its document's source.
  let sourcesEditor = rowsEditor("sources", draft.sources, [], texts, texts.addSource, onChange, state.language);
  // A coded or clicked passage shows its indicator's coding: the framework opened, the score to choose with its anchors.
  const showCoding = (frameworkId: string, indicatorId: string, redraw: boolean) => {
    const details = editor.querySelector<HTMLDetailsElement>(`details[data-framework="${frameworkId}"]`);
    if (details !== null) details.open = true;
    let fieldset = editor.querySelector<HTMLElement>(`fieldset[data-indicator="${frameworkId}/${indicatorId}"]`);
    const index = registry[frameworkId]?.indicators.findIndex((indicator) => indicator.id === indicatorId) ?? -1;
    if (redraw && fieldset !== null && index >= 0) {
      const fresh = indicatorEditor(draft, frameworkId, registry, index, state.language, texts, onChange);
      fieldset.replaceWith(fresh);
      fieldset = fresh;
      const sources = rowsEditor("sources", draft.sources, [], texts, texts.addSource, onChange, state.language);
      sourcesEditor.replaceWith(sources);
      sourcesEditor = sources;
      onChange();
    }
    fieldset?.scrollIntoView({ block: "center" });
    fieldset?.querySelector<HTMLInputElement>("input[type=radio]:checked, input[type=radio]")?.focus();
  };
  const documentsSection = documentsPanel({
    draft,
    registry,
    language: state.language,
    onCoded: (frameworkId, indicatorId) => showCoding(frameworkId, indicatorId, true),
    onShowCoding: (frameworkId, indicatorId) => showCoding(frameworkId, indicatorId, false),
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
  refreshSourceList(draft);
  return element("div", { className: "draft-layout" }, [editor, live, sourceList]);
}

/** The list of drafts, with what one can do to each. */
function draftsList(
  state: SiteState,
  context: PageContext,
  texts: Texts,
  onDelete: (draft: Draft) => void,
): HTMLElement {
  const list = [...(drafts?.values() ?? [])].sort((a, b) => (a.updated < b.updated ? 1 : -1));
  if (list.length === 0) return element("p", { className: "note", text: texts.noDrafts });
  const action = (label: string, run: () => void) => {
    const button = element("button", { text: label, attributes: { type: "button" } });
    button.addEventListener("click", run);
    return button;
  };
  const rows = list.map((draft) =>
    element("tr", { attributes: { "data-draft": draft.id } }, [
      element("td", { text: draft.name }),
      element("td", { text: draft.coder }),
      element("td", { text: draft.partnership.id ?? "" }),
      element("td", { text: new Date(draft.updated).toLocaleString(state.language) }),
      element("td", { className: "actions" }, [
        action(texts.open, () => context.navigate({ ...state, draft: draft.id })),
        action(texts.duplicate, () => {
          const copy: Draft = { ...structuredClone(draft), id: newId(), name: `${draft.name} (2)`, updated: now() };
          drafts!.set(copy.id, copy);
          touch(copy);
          context.navigate({ ...state, draft: copy.id });
        }),
        action(texts.blind, () => {
          const second: Draft = {
            ...structuredClone(draft),
            id: newId(),
            name: `${draft.partnership.id || draft.name} (${texts.secondCoder})`,
            coder: "",
            blind: true,
            codings: [],
            updated: now(),
          };
          drafts!.set(second.id, second);
          touch(second);
          context.navigate({ ...state, draft: second.id });
        }),
        action(texts.delete, () => onDelete(draft)),
      ]),
    ]),
  );
  return dataTable(texts.drafts, texts.columns, rows, "drafts");
}

/** Opens a partnership of the shipped data or of an import as drafts (one per coder), asking before replacing a draft. */
function openFromDataset(id: string, data: SiteData, state: SiteState, context: PageContext, texts: Texts): void {
  const stored = data.own.has(id)
    ? currentImports().find((entry) => filesToTexts(entry.files).resources.partnerships?.text.includes(id))
    : undefined;
  const files = stored?.files ?? SHIPPED_FILES;
  const opened = draftsFromTexts(filesToTexts(files), () => newId(), now()).filter(
    (draft) => draft.partnership.id === id,
  );
  let first: string | undefined;
  for (const draft of opened) {
    const existing = [...drafts!.values()].find((other) => other.partnership.id === id && other.coder === draft.coder);
    if (existing !== undefined) {
      if (!window.confirm(texts.replace(existing.name))) {
        draft.name = `${draft.name} (2)`;
      } else draft.id = existing.id;
    }
    drafts!.set(draft.id, draft);
    touch(draft);
    first ??= draft.id;
  }
  if (first !== undefined) context.navigate({ ...state, draft: first });
}

/** The report of the last import, shown until the next one. */
let lastImport: Extract<ImportMessage, { type: "done" }> | undefined;

/** Importing files: a file picker, a folder picker and a drop zone; parsing runs in a Web Worker with a progress bar. */
function importSection(texts: Texts): HTMLElement {
  const progress = element("progress", { attributes: { max: "1", value: "0", hidden: "" } });
  const stage = element("p", { className: "import-stage", attributes: { role: "status" } });
  const results = element("div", { className: "import-results" });
  const showResult = (message: Extract<ImportMessage, { type: "done" }>) => {
    stage.textContent = texts.imported(message.partnerships, message.codings, message.rejectedRows);
    results.replaceChildren(
      element(
        "ul",
        { className: "problems import-problems" },
        message.problems.slice(0, 500).map((problem) => element("li", { text: formatProblem(problem) })),
      ),
      ...(message.problems.length > 500 ? [element("p", { text: `… ${message.problems.length - 500}` })] : []),
    );
  };
  // The last import's report stays on the page when the page is drawn again (as it is once the import is stored).
  if (lastImport !== undefined) showResult(lastImport);
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
      lastImport = message;
      showResult(message);
      if (message.partnerships > 0 || message.codings > 0)
        await addImport({
          id: newId(),
          name: files
            .map((file) => file.name)
            .join(", ")
            .slice(0, 120),
          imported: now(),
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
    currentImports().map((entry) => {
      const remove = element("button", { text: texts.delete, attributes: { type: "button" } });
      remove.addEventListener("click", () => void removeImport(entry.id));
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
    ...(currentImports().length > 0 ? [element("h4", { text: texts.imports }), importsList] : []),
  ]);
}

/** The undo of the last deletion, kept across redraws of the page. */
let lastDeleted: Draft | undefined;

/** The workbench: drafts, the editor of the open draft with its live scores, export and import. */
export const workbenchPage: PageView = (state, data, context) => {
  const texts = TEXTS[state.language];
  const status = element("p", {
    className: "save-status",
    attributes: { role: "status", "data-state": storage.status.state },
  });
  const showStatus = (saveStatus: SaveStatus) => {
    status.dataset.state = saveStatus.state;
    status.textContent =
      saveStatus.state === "saved"
        ? texts.saved(saveStatus.at)
        : saveStatus.state === "saving"
          ? texts.saving
          : texts.failed(saveStatus.reason);
    status.classList.toggle("error", saveStatus.state === "failed");
    // When storage fails, the way out is offered at once: the drafts as they are in this tab, downloaded.
    if (saveStatus.state === "failed") {
      const rescue = element("button", { text: texts.exportAll, attributes: { type: "button", class: "rescue" } });
      rescue.addEventListener("click", () => exportDrafts([...(drafts?.values() ?? [])], "workbench"));
      status.append(" ", rescue);
    }
  };
  const root = element("div", { className: "workbench" }, [
    element("h2", { text: texts.title }),
    element("p", { className: "note", text: texts.intro }),
    status,
  ]);
  const unsubscribe = storage.onStatus((saveStatus) => {
    if (!root.isConnected && root.dataset.mounted === "1") return unsubscribe();
    showStatus(saveStatus);
  });
  const body = element("div", { className: "workbench-body" }, [element("p", { text: "…" })]);
  root.append(body);
  void loadDrafts().then(() => {
    root.dataset.mounted = "1";
    const undoBar = element("div", { className: "undo", attributes: { role: "status" } });
    const onDelete = (draft: Draft) => {
      drafts!.delete(draft.id);
      lastDeleted = draft;
      void storage.deleteDraft(draft.id).catch(() => {});
      context.navigate({ ...state, draft: state.draft === draft.id ? null : state.draft });
    };
    if (lastDeleted !== undefined) {
      const deleted = lastDeleted;
      const undo = element("button", { text: texts.undo, attributes: { type: "button" } });
      undo.addEventListener("click", () => {
        drafts!.set(deleted.id, deleted);
        lastDeleted = undefined;
        touch(deleted);
        context.navigate({ ...state, draft: deleted.id });
      });
      undoBar.append(element("span", { text: `${texts.deleted(deleted.name)} ` }), undo);
    }
    const create = element("button", { text: texts.newDraft, attributes: { type: "button", class: "new-draft" } });
    create.addEventListener("click", () => {
      const draft = newDraft(newId(), "", now());
      drafts!.set(draft.id, draft);
      touch(draft);
      context.navigate({ ...state, draft: draft.id });
    });
    const choose = element("select", { attributes: { "aria-label": texts.openFrom, name: "open-from" } }, [
      element("option", { text: `${texts.openFrom}…`, attributes: { value: "" } }),
      ...data.reading.dataset.partnerships.map((partnership) =>
        element("option", {
          text: `${partnership.local_government} – ${partnership.partner}`,
          attributes: { value: partnership.id },
        }),
      ),
    ]);
    choose.addEventListener("change", () => {
      if (choose.value !== "") openFromDataset(choose.value, data, state, context, texts);
    });
    const open = state.draft === null ? undefined : drafts!.get(state.draft);
    body.replaceChildren(
      undoBar,
      element("div", { className: "toolbar" }, [
        create,
        choose,
        qdpxImportControl(
          state.language,
          (files) => draftsFromTexts(filesToTexts(files), () => newId(), now()),
          (opened) => {
            for (const draft of opened) {
              drafts!.set(draft.id, draft);
              touch(draft);
            }
            if (opened[0] !== undefined) context.navigate({ ...state, draft: opened[0].id });
          },
        ),
      ]),
      element("h3", { text: texts.drafts }),
      draftsList(state, context, texts, onDelete),
      ...(state.draft !== null && open === undefined
        ? [element("p", { className: "error", text: texts.notFound })]
        : []),
      ...(open === undefined ? [] : [draftEditor(open, state, context, texts)]),
      importSection(texts),
    );
  });
  return root;
};
