import { element } from "../../../web/dom.ts";
import type { PageView } from "../components/page.ts";
import { session } from "../model/session.ts";
import { draftEditor } from "../workbench/draftEditor.ts";
import { draftsList } from "../workbench/draftsList.ts";
import { importSection } from "../workbench/importSection.ts";
import { saveStatus } from "../workbench/saveStatus.ts";
import { TEXTS } from "../workbench/texts.ts";
import { toolbar, undoBar } from "../workbench/toolbar.ts";

/** The workbench: drafts, the editor of the open draft with its live scores, export and import. */
export const workbenchPage: PageView = (state, data, context) => {
  const texts = TEXTS[state.language];
  const root = element("div", { className: "workbench" }, [
    element("h2", { text: texts.title }),
    element("p", { className: "note", text: texts.intro }),
  ]);
  root.append(saveStatus(texts, root));
  const body = element("div", { className: "workbench-body" }, [element("p", { text: "…" })]);
  root.append(body);
  void session.loadDrafts().then(() => {
    root.dataset.mounted = "1";
    const open = state.draft === null ? undefined : session.draft(state.draft);
    const list = () =>
      draftsList(state, context, texts, (draft) => {
        session.deleteDraft(draft);
        context.navigate({ ...state, draft: state.draft === draft.id ? null : state.draft });
      });
    let drafts = list();
    const refreshList = () => {
      const next = list();
      drafts.replaceWith(next);
      drafts = next;
    };
    // The list follows every change of a draft (its name or coder typed in the editor), a moment after typing stops.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = session.subscribe("drafts", () => {
      clearTimeout(pending);
      pending = setTimeout(() => (root.isConnected ? refreshList() : unsubscribe()), 300);
    });
    body.replaceChildren(
      undoBar(state, context, texts),
      toolbar(data, state, context, texts),
      element("h3", { text: texts.drafts }),
      drafts,
      ...(state.draft !== null && open === undefined
        ? [element("p", { className: "error", text: texts.notFound })]
        : []),
      ...(open === undefined ? [] : [draftEditor(open, state, context, texts)]),
      // Drafts opened by an import join the list at once.
      importSection(texts, state.language, refreshList),
    );
  });
  return root;
};
