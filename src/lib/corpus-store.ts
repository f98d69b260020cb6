/**
 * Keeps the analyst's own corpus in the browser (IndexedDB), so an import survives a reload. Every failure —
 * storage unavailable (private mode, disabled), full, or a corrupted record — comes back as a message to show, and
 * the bundled corpus stays usable: never a blank page, never a silent loss.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { validateCorpus, type Corpus, type Result } from '@/core/corpus';
import { toPlainCorpus } from '@/core/corpus';

const DB_NAME = 'briefing-atlas';
const STORE = 'corpus';
const KEY = 'current';

interface StoredCorpus {
  savedAt: string;
  corpus: unknown;
}

let dbPromise: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new Error('This browser offers no storage (IndexedDB).'));
  dbPromise ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'The browser’s storage is full, so the corpus could not be kept for next time.';
  if (name === 'InvalidStateError' || name === 'SecurityError')
    return 'This browser does not allow storage here (a private window?), so the corpus cannot be kept for next time.';
  return `The corpus could not be kept for next time: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads the kept corpus: `null` when there is none, or a message when what is kept cannot be used. */
export async function loadStoredCorpus(): Promise<Result<Corpus | null>> {
  let record: StoredCorpus | undefined;
  try {
    record = (await (await db()).get(STORE, KEY)) as StoredCorpus | undefined;
  } catch (error) {
    return {
      ok: false,
      reason: describeStorageError(error).replace(
        'could not be kept for next time',
        'kept in this browser could not be read',
      ),
    };
  }
  if (record === undefined) return { ok: true, data: null };
  const valid = validateCorpus(record?.corpus);
  if (!valid.ok) {
    return {
      ok: false,
      reason: `The corpus kept in this browser is damaged and was not used (${valid.reason}).`,
    };
  }
  return { ok: true, data: valid.data };
}

/** Keeps a corpus for next time. */
export async function saveStoredCorpus(corpus: Corpus): Promise<Result<null>> {
  try {
    // IndexedDB copies own properties only: briefings whose tags decode on first read are made plain first.
    const record: StoredCorpus = { savedAt: new Date().toISOString(), corpus: toPlainCorpus(corpus) };
    await (await db()).put(STORE, record, KEY);
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error) };
  }
}

/** Forgets the kept corpus (reset to the bundled one, or clearing a damaged record). */
export async function clearStoredCorpus(): Promise<Result<null>> {
  try {
    await (await db()).delete(STORE, KEY);
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error) };
  }
}
