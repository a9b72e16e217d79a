import { isRuleFolderFiles, type Workspace } from "./model.js";

/*
 * Work kept in this browser (IndexedDB) as it is made, so that a reload, a closed tab or a crash
 * loses nothing: the folder as opened, the changed files and where they came from. Nothing leaves
 * the browser; the undo steps are not kept (they would hold the whole folder once per step).
 */

/** The work as it is kept: enough to open the workspace again as it was. */
export interface SavedWork {
  readonly source: string;
  readonly baseline: Workspace["baseline"];
  readonly files: Workspace["files"];
  /** When it was kept, as an ISO timestamp. */
  readonly savedAt: string;
}

const DATABASE = "regel-werkstatt";
const STORE = "arbeit";
const KEY = "aktuell";

/** The work of a workspace as it is kept. */
export function workToSave(workspace: Workspace, savedAt: Date): SavedWork {
  return { source: workspace.source, baseline: workspace.baseline, files: workspace.files, savedAt: savedAt.toISOString() };
}

/** The workspace of kept work: as it was left, without undo steps. */
export function restoredWorkspace(work: SavedWork): Workspace {
  return { source: work.source, baseline: work.baseline, files: work.files, history: [] };
}

/** What was kept, if it has the shape of kept work (another version of the page may have written it); else undefined. */
export function savedWorkFrom(value: unknown): SavedWork | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { source, baseline, files, savedAt } = value as Record<string, unknown>;
  if (typeof source !== "string" || typeof savedAt !== "string" || !isRuleFolderFiles(baseline) || !isRuleFolderFiles(files)) return undefined;
  return { source, baseline, files, savedAt };
}

/** The page's database, opened (and made on the first visit). */
function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB"));
  });
}

/** One request on the store, answered when its transaction is done. */
async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB"));
    });
  } finally {
    db.close();
  }
}

/** The work kept by an earlier visit, if any. */
export async function loadSavedWork(): Promise<SavedWork | undefined> {
  return savedWorkFrom(await withStore("readonly", (store) => store.get(KEY)));
}

/** Keeps the work, replacing what was kept. */
export async function saveWork(work: SavedWork): Promise<void> {
  await withStore("readwrite", (store) => store.put(work, KEY));
}

/** Forgets the kept work (after it was discarded, or when nothing is changed any more). */
export async function forgetWork(): Promise<void> {
  await withStore("readwrite", (store) => store.delete(KEY));
}
