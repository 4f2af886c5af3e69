import { element } from "../../../web/dom.ts";
import { session } from "../model/session.ts";
import { storage, type SaveStatus } from "../model/storage.ts";
import { exportDrafts } from "./exportDrafts.ts";
import type { Texts } from "./texts.ts";

/**
 * How saving stands, said in words as it changes: saved (and when), saving, or failed with the browser's reason and,
 * at once, the way out (the drafts as they are in this tab, downloaded). It stops listening once `root` has been on
 * the page and left it.
 */
export function saveStatus(texts: Texts, root: HTMLElement): HTMLElement {
  const status = element("p", {
    className: "save-status",
    attributes: { role: "status", "data-state": storage.status.state },
  });
  const show = (saveStatus: SaveStatus) => {
    status.dataset.state = saveStatus.state;
    status.textContent =
      saveStatus.state === "saved"
        ? texts.saved(saveStatus.at)
        : saveStatus.state === "saving"
          ? texts.saving
          : texts.failed(saveStatus.reason);
    status.classList.toggle("error", saveStatus.state === "failed");
    if (saveStatus.state === "failed") {
      const rescue = element("button", { text: texts.exportAll, attributes: { type: "button", class: "rescue" } });
      rescue.addEventListener("click", () => exportDrafts(session.drafts(), "workbench"));
      status.append(" ", rescue);
    }
  };
  const unsubscribe = storage.onStatus((saveStatus) => {
    if (!root.isConnected && root.dataset.mounted === "1") return unsubscribe();
    show(saveStatus);
  });
  return status;
}
