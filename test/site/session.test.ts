import { describe, expect, it } from "vitest";
import { newDraft } from "../../src/workbench/draft.ts";
import { Session, type SessionStorage } from "../../site/src/model/session.ts";
import type { Resolution, StoredImport } from "../../site/src/model/storage.ts";

/** A browser's storage as the session sees it, kept in memory: what one session writes, the next one reads. */
function memoryStorage(): SessionStorage {
  const stores = { drafts: new Map(), imports: new Map(), resolutions: new Map() };
  const all =
    <T>(store: Map<string, T>) =>
    async () =>
      [...store.values()].map((value) => structuredClone(value));
  return {
    drafts: all(stores.drafts),
    saveDraft: async (draft) => void stores.drafts.set(draft.id, structuredClone(draft)),
    deleteDraft: async (id) => void stores.drafts.delete(id),
    imports: all(stores.imports),
    saveImport: async (stored) => void stores.imports.set(stored.id, structuredClone(stored)),
    deleteImport: async (id) => void stores.imports.delete(id),
    resolutions: all(stores.resolutions),
    saveResolution: async (resolution) => void stores.resolutions.set(resolution.unit, structuredClone(resolution)),
  };
}

const resolution: Resolution = {
  unit: "p2\u0000ringrose\u0000reciprocity",
  score: "coder:budi",
  note: "joint programme",
};

describe("Session", () => {
  it("keeps the agreement page's resolutions across a reload (a new session on the same storage)", async () => {
    const storage = memoryStorage();
    const before = new Session(storage);
    expect((await before.resolutions()).size).toBe(0);
    before.resolve(resolution);
    before.resolve({ ...resolution, note: "joint programme, 2019" });
    await Promise.resolve();
    const after = new Session(storage);
    expect([...(await after.resolutions()).values()]).toEqual([{ ...resolution, note: "joint programme, 2019" }]);
  });

  it("keeps drafts across a reload, lists the last changed first, and restores a deleted one with its undo", async () => {
    const storage = memoryStorage();
    const session = new Session(storage);
    await session.loadDrafts();
    const first = newDraft("a", "first", "2026-01-01T00:00:00Z");
    const second = newDraft("b", "second", "2026-01-01T00:00:00Z");
    session.saveDraft(first);
    await new Promise((resolve) => setTimeout(resolve, 2));
    session.saveDraft(second);
    expect(session.drafts().map((draft) => draft.id)).toEqual(["b", "a"]);
    session.deleteDraft(second);
    expect(session.drafts().map((draft) => draft.id)).toEqual(["a"]);
    expect(session.undoDelete()?.id).toBe("b");
    expect(session.lastDeleted).toBeUndefined();
    await Promise.resolve();
    const reloaded = new Session(storage);
    await reloaded.loadDrafts();
    expect(
      reloaded
        .drafts()
        .map((draft) => draft.id)
        .sort(),
    ).toEqual(["a", "b"]);
  });

  it("tells the listeners of imports when they change, and stops when asked", async () => {
    const session = new Session(memoryStorage());
    let heard = 0;
    const stop = session.subscribe("imports", () => heard++);
    const stored: StoredImport = { id: "x", name: "x", imported: "", files: {}, problems: 0, rejectedRows: 0 };
    await session.addImport(stored);
    expect(session.imports().map((entry) => entry.id)).toEqual(["x"]);
    expect(heard).toBe(1);
    stop();
    await session.removeImport("x");
    expect(session.imports()).toEqual([]);
    expect(heard).toBe(1);
  });
});
