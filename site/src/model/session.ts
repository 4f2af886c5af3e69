import type { Draft } from "../../../src/workbench/draft.ts";
import type { ImportMessage } from "../workers/importWorker.ts";
import type { Navigate, SiteState } from "./state.ts";
import { storage, type Resolution, type StoredImport } from "./storage.ts";

/** The report of an import, as the import worker sends it. */
export type ImportReport = Extract<ImportMessage, { type: "done" }>;

/** The presentation on screen, for the one keyboard listener of the deck. */
export interface Deck {
  state: SiteState;
  navigate: Navigate;
  count: number;
  /** Draws every slide for printing the deck as a handout, and removes them after. */
  handout?: { draw: () => void; clear: () => void };
  /** Whether the reader has opened the deck builder (kept open as the deck they build changes). */
  builderOpen?: boolean;
}

/** What the session's listeners subscribe to. */
export type SessionTopic = "drafts" | "imports" | "resolutions";

/** The part of `Storage` the session reads and writes (a test gives its own). */
export type SessionStorage = Pick<
  typeof storage,
  "drafts" | "saveDraft" | "deleteDraft" | "imports" | "saveImport" | "deleteImport" | "resolutions" | "saveResolution"
>;

/** A new id for a draft or an import. */
export const newId = (): string =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * What the reader has made in this browser that the URL does not hold, beside the URL model (`state.ts`): the
 * workbench's drafts, the imported datasets, the agreement page's resolutions of disagreements (all three kept in
 * the browser's storage, so that they survive a reload), and for this page load only the deck on screen, the last
 * deleted draft (for its undo) and the last import's report. Pages read and change it here, never in variables of
 * their own; a listener hears of every change to drafts, imports or resolutions.
 */
export class Session {
  readonly #storage: SessionStorage;
  readonly #listeners = new Map<SessionTopic, Set<() => void>>();
  #drafts: Map<string, Draft> | undefined;
  #draftsLoading: Promise<void> | undefined;
  #imports: StoredImport[] = [];
  #resolutions: Map<string, Resolution> | undefined;
  #resolutionsLoading: Promise<void> | undefined;
  /** The draft deleted last, until it is restored or another is deleted (for the workbench's undo). */
  lastDeleted: Draft | undefined;
  /** The report of the last import, shown until the next one. */
  lastImport: ImportReport | undefined;
  /** The presentation on screen, if any. */
  deck: Deck | undefined;

  constructor(store: SessionStorage = storage) {
    this.#storage = store;
  }

  /** Calls `listener` after each change of `topic`; returns the function that stops it. */
  subscribe(topic: SessionTopic, listener: () => void): () => void {
    const listeners = this.#listeners.get(topic) ?? new Set();
    this.#listeners.set(topic, listeners);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  #emit(topic: SessionTopic): void {
    for (const listener of this.#listeners.get(topic) ?? []) listener();
  }

  /** Reads the drafts from storage once per page load (none if storage cannot be read). */
  loadDrafts(): Promise<void> {
    this.#draftsLoading ??= this.#storage
      .drafts()
      .catch(() => [])
      .then((list) => {
        this.#drafts = new Map(list.map((draft) => [draft.id, draft]));
      });
    return this.#draftsLoading;
  }

  /** The drafts read so far (none before `loadDrafts` has finished), the last changed first. */
  drafts(): Draft[] {
    return [...(this.#drafts?.values() ?? [])].sort((a, b) => (a.updated < b.updated ? 1 : -1));
  }

  draft(id: string): Draft | undefined {
    return this.#drafts?.get(id);
  }

  /** Keeps a new or changed draft, dated now, and writes it at once (the write queues; typing never waits for it). */
  saveDraft(draft: Draft): void {
    draft.updated = new Date().toISOString();
    (this.#drafts ??= new Map()).set(draft.id, draft);
    void this.#storage.saveDraft(draft).catch(() => {});
    this.#emit("drafts");
  }

  /** Deletes a draft; it stays restorable with `undoDelete` until another is deleted. */
  deleteDraft(draft: Draft): void {
    this.#drafts?.delete(draft.id);
    this.lastDeleted = draft;
    void this.#storage.deleteDraft(draft.id).catch(() => {});
    this.#emit("drafts");
  }

  /** Restores the draft deleted last, and returns it. */
  undoDelete(): Draft | undefined {
    const deleted = this.lastDeleted;
    this.lastDeleted = undefined;
    if (deleted !== undefined) this.saveDraft(deleted);
    return deleted;
  }

  /** Reads this browser's imports from storage; the listeners hear of it if they changed. */
  async loadImports(): Promise<void> {
    const before = this.#imports.map((entry) => entry.id).join();
    this.#imports = await this.#storage.imports().catch(() => []);
    if (this.#imports.map((entry) => entry.id).join() !== before) this.#emit("imports");
  }

  /** The datasets imported into this browser; the site shows their partnerships beside the shipped ones. */
  imports(): readonly StoredImport[] {
    return this.#imports;
  }

  async addImport(stored: StoredImport): Promise<void> {
    await this.#storage.saveImport(stored);
    await this.loadImports();
  }

  async removeImport(id: string): Promise<void> {
    await this.#storage.deleteImport(id);
    await this.loadImports();
  }

  /** The resolutions of disagreements, by coding unit, read from storage once per page load. */
  async resolutions(): Promise<ReadonlyMap<string, Resolution>> {
    this.#resolutionsLoading ??= this.#storage
      .resolutions()
      .catch(() => [])
      .then((list) => {
        this.#resolutions = new Map(list.map((resolution) => [resolution.unit, resolution]));
      });
    await this.#resolutionsLoading;
    return this.#resolutions!;
  }

  /** Keeps a resolution (after `resolutions()` has been read) and writes it at once. */
  resolve(resolution: Resolution): void {
    (this.#resolutions ??= new Map()).set(resolution.unit, { ...resolution });
    void this.#storage.saveResolution(resolution).catch(() => {});
    this.#emit("resolutions");
  }
}

/** The one session of the page. */
export const session = new Session();
