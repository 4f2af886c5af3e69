import { filesToTexts } from "../../../src/workbench/draft.ts";
import { draftsFromTexts } from "../../../src/workbench/readDraftRows.ts";
import { SHIPPED_FILES } from "../../../web/shippedFiles.ts";
import type { PageContext, SiteData } from "../components/page.ts";
import { newId, session } from "../model/session.ts";
import type { SiteState } from "../model/state.ts";
import type { Texts } from "./texts.ts";

/** Opens a partnership of the shipped data or of an import as drafts (one per coder), asking before replacing a draft. */
export function openFromDataset(
  id: string,
  data: SiteData,
  state: SiteState,
  context: PageContext,
  texts: Texts,
): void {
  const stored = data.own.has(id)
    ? session.imports().find((entry) => filesToTexts(entry.files).resources.partnerships?.text.includes(id))
    : undefined;
  const files = stored?.files ?? SHIPPED_FILES;
  const opened = draftsFromTexts(filesToTexts(files), () => newId(), new Date().toISOString()).filter(
    (draft) => draft.partnership.id === id,
  );
  let first: string | undefined;
  for (const draft of opened) {
    const existing = session.drafts().find((other) => other.partnership.id === id && other.coder === draft.coder);
    if (existing !== undefined) {
      if (!window.confirm(texts.replace(existing.name))) {
        draft.name = `${draft.name} (2)`;
      } else draft.id = existing.id;
    }
    session.saveDraft(draft);
    first ??= draft.id;
  }
  if (first !== undefined) context.navigate({ ...state, draft: first });
}
