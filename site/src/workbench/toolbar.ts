import { filesToTexts, newDraft } from "../../../src/workbench/draft.ts";
import { draftsFromTexts } from "../../../src/workbench/readDraftRows.ts";
import { qdpxImportControl } from "./qdpxControls.ts";
import { element } from "../../../web/dom.ts";
import type { PageContext, SiteData } from "../components/page.ts";
import { newId, session } from "../model/session.ts";
import type { SiteState } from "../model/state.ts";
import { openFromDataset } from "./openFromDataset.ts";
import type { Texts } from "./texts.ts";

/** The undo of the last deletion, while there is one. */
export function undoBar(state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  const bar = element("div", { className: "undo", attributes: { role: "status" } });
  const deleted = session.lastDeleted;
  if (deleted !== undefined) {
    const undo = element("button", { text: texts.undo, attributes: { type: "button" } });
    undo.addEventListener("click", () => {
      session.undoDelete();
      context.navigate({ ...state, draft: deleted.id });
    });
    bar.append(element("span", { text: `${texts.deleted(deleted.name)} ` }), undo);
  }
  return bar;
}

/** A new draft, or one opened from a partnership of the data (shipped or imported). */
export function toolbar(data: SiteData, state: SiteState, context: PageContext, texts: Texts): HTMLElement {
  const create = element("button", { text: texts.newDraft, attributes: { type: "button", class: "new-draft" } });
  create.addEventListener("click", () => {
    const draft = newDraft(newId(), "", new Date().toISOString(), "", texts.untitledDraft);
    session.saveDraft(draft);
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
  // A REFI-QDA project coded in another program opens as new drafts, its sources' texts as their documents.
  const qdpx = qdpxImportControl(
    state.language,
    (files) => draftsFromTexts(filesToTexts(files), () => newId(), new Date().toISOString()),
    (opened) => {
      for (const draft of opened) session.saveDraft(draft);
      if (opened[0] !== undefined) context.navigate({ ...state, draft: opened[0].id });
    },
  );
  return element("div", { className: "toolbar" }, [create, choose, qdpx]);
}
