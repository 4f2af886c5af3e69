import type { Draft } from "../../../src/workbench/draft.ts";
import { dataTable, element } from "../../../web/dom.ts";
import type { PageContext } from "../components/page.ts";
import { newId, session } from "../model/session.ts";
import type { SiteState } from "../model/state.ts";
import type { Texts } from "./texts.ts";

/** The list of drafts, with what one can do to each. */
export function draftsList(
  state: SiteState,
  context: PageContext,
  texts: Texts,
  onDelete: (draft: Draft) => void,
): HTMLElement {
  const list = session.drafts();
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
          const copy: Draft = { ...structuredClone(draft), id: newId(), name: `${draft.name} (2)` };
          session.saveDraft(copy);
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
          };
          session.saveDraft(second);
          context.navigate({ ...state, draft: second.id });
        }),
        action(texts.delete, () => onDelete(draft)),
      ]),
    ]),
  );
  return dataTable(texts.drafts, texts.columns, rows, "drafts");
}
