import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { DatasetFiles, Draft } from "../../../src/workbench/draft.ts";
import type { DraftDocument } from "../../../src/workbench/codePassage.ts";

/** A dataset imported into this browser: its usable files (rows with problems left out) and how the import went. */
export interface StoredImport {
  id: string;
  name: string;
  imported: string;
  files: DatasetFiles;
  problems: number;
  rejectedRows: number;
}

/** How one disagreement between coders was resolved on the agreement page: the score chosen and a note. */
export interface Resolution {
  /** The coding unit (partnership, framework, indicator), as the agreement page keys it. */
  unit: string;
  /** `coder:NAME` to take that coder's coding, "NA", or a score as text; "" while unresolved. */
  score: string;
  note: string;
}

interface Schema extends DBSchema {
  drafts: { key: string; value: Draft };
  imports: { key: string; value: StoredImport };
  resolutions: { key: string; value: Resolution };
  documents: { key: string; value: DraftDocument; indexes: { draftId: string } };
}

/** How saving stands, for the page to show: saved, saving, or failed with the browser's reason. */
export type SaveStatus = { state: "saved"; at: string } | { state: "saving" } | { state: "failed"; reason: string };

/**
 * This browser's own storage of drafts, imports and resolutions (IndexedDB, through
 * `idb`). Nothing is ever sent anywhere. Every change is written at once, in
 * its own transaction, without blocking typing: writes queue, and the status
 * says when the last one is on disk, or why it failed (storage full,
 * private mode, storage disabled).
 */
class Storage {
  #db: Promise<IDBPDatabase<Schema>>;
  #queue: Promise<unknown> = Promise.resolve();
  #pending = 0;
  #listeners = new Set<(status: SaveStatus) => void>();
  status: SaveStatus = { state: "saved", at: "" };

  constructor(name = "paradiplomacy") {
    // Opened inside a promise: a browser that throws on opening (storage disabled) makes a rejected promise, not a broken page.
    this.#db = Promise.resolve().then(() =>
      // Version 2 adds the agreement page's resolutions beside the drafts and imports of version 1; version 3 the
      // source documents opened in drafts.
      openDB<Schema>(name, 3, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            db.createObjectStore("drafts", { keyPath: "id" });
            db.createObjectStore("imports", { keyPath: "id" });
          }
          if (oldVersion < 2) db.createObjectStore("resolutions", { keyPath: "unit" });
          // Version 3: the source documents opened in drafts, kept with them.
          if (oldVersion < 3) db.createObjectStore("documents", { keyPath: "id" }).createIndex("draftId", "draftId");
        },
      }),
    );
    // A database that cannot open (storage disabled) is said at once.
    this.#db.catch((error: Error) => this.#set({ state: "failed", reason: error.message || String(error) }));
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.#listeners.add(listener);
    listener(this.status);
    return () => this.#listeners.delete(listener);
  }

  #set(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.#listeners) listener(status);
  }

  /** Queues a write; the status follows it. Resolves when the write is on disk, rejects if it failed. */
  #write(run: (db: IDBPDatabase<Schema>) => Promise<unknown>): Promise<void> {
    this.#pending++;
    this.#set({ state: "saving" });
    const done = this.#queue.then(async () => run(await this.#db));
    this.#queue = done.then(
      () => {
        if (--this.#pending === 0 && this.status.state !== "failed")
          this.#set({ state: "saved", at: new Date().toISOString() });
      },
      (error: Error) => {
        this.#pending--;
        this.#set({
          state: "failed",
          reason: error.name === "QuotaExceededError" ? "storage is full" : error.message || String(error),
        });
      },
    );
    return done.then(() => undefined);
  }

  async drafts(): Promise<Draft[]> {
    return (await this.#db).getAll("drafts");
  }

  saveDraft(draft: Draft): Promise<void> {
    // A structured clone of the draft as it is now: later edits do not change what this write stores.
    const copy = structuredClone(draft);
    return this.#write((db) => db.put("drafts", copy));
  }

  deleteDraft(id: string): Promise<void> {
    return this.#write((db) => db.delete("drafts", id));
  }

  async imports(): Promise<StoredImport[]> {
    return (await this.#db).getAll("imports");
  }

  saveImport(stored: StoredImport): Promise<void> {
    return this.#write((db) => db.put("imports", stored));
  }

  deleteImport(id: string): Promise<void> {
    return this.#write((db) => db.delete("imports", id));
  }

  async resolutions(): Promise<Resolution[]> {
    return (await this.#db).getAll("resolutions");
  }

  saveResolution(resolution: Resolution): Promise<void> {
    const copy = { ...resolution };
    return this.#write((db) => db.put("resolutions", copy));
  }

  /** The source documents opened in a draft. */
  async documents(draftId: string): Promise<DraftDocument[]> {
    return (await this.#db).getAllFromIndex("documents", "draftId", draftId);
  }

  saveDocument(stored: DraftDocument): Promise<void> {
    return this.#write((db) => db.put("documents", stored));
  }

  deleteDocument(id: string): Promise<void> {
    return this.#write((db) => db.delete("documents", id));
  }
}

/** The one storage of the page. */
export const storage = new Storage();
