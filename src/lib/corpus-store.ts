/**
 * Keeps the analyst's own corpus in the browser (IndexedDB), so an import survives a reload, and keeps every open
 * tab on the same corpus (decision 017). The corpus is stored compact and in chunks (stored-corpus.ts), written and
 * read in one transaction each, so a half-written corpus is never read and a failed write leaves the previous one
 * as it was. An import is merged into the latest stored corpus inside the transaction that writes the result, so
 * two tabs never overwrite each other's work; every write and reset is announced to the other tabs.
 *
 * Every failure — storage unavailable (private mode, disabled), full, or a damaged record — comes back as a message
 * to show, and the page stays usable: never a blank page, never a silent loss.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
  decodeCompactCorpus,
  isStoredManifest,
  joinStoredCorpus,
  readCorpusJson,
  splitStoredCorpus,
  validateCorpus,
  type Corpus,
  type Result,
} from '@/core/corpus';

const DB_NAME = 'briefing-atlas';
const STORE = 'corpus';
/** The corpus as one plain record, as versions before decision 017 kept it: still read, replaced on next write. */
const LEGACY_KEY = 'current';
const MANIFEST_KEY = 'manifest';
/** Counts every write and reset; survives a reset, so a generation number is never reused. */
const GENERATION_KEY = 'generation';
const chunkKey = (k: number) => `chunk:${String(k).padStart(6, '0')}`;
const allChunks = () => IDBKeyRange.bound('chunk:', 'chunk;', false, true);
const CHANNEL = 'briefing-atlas:corpus';
const MB = 1024 * 1024;

/** A request whose failure is reported elsewhere (by its transaction's `done`): its own needs no handler. */
const quietly = (request: Promise<unknown>) => void request.catch(() => undefined);

/** The corpus kept in this browser, and which write of it this is. */
export interface StoredCorpus {
  corpus: Corpus;
  generation: number;
}

type Opener = () => Promise<IDBPDatabase>;

const openBrowserStorage: Opener = async () => {
  if (typeof indexedDB === 'undefined') throw new Error('This browser offers no storage (IndexedDB).');
  const db = await openDB(DB_NAME, 1, {
    upgrade(database) {
      // Idempotent: a later version that opens this database finds the store already there.
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE);
    },
    // A newer version of the app in another tab wants to upgrade: let it, and reopen on next use.
    blocking() {
      db.close();
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  });
  return db;
};

let opener: Opener = openBrowserStorage;
let dbPromise: Promise<IDBPDatabase> | null = null;

/**
 * Replaces how the storage is opened (for tests: a fake database, or an open that never settles); null restores
 * the browser's.
 */
export function setStorageOpener(next: Opener | null): void {
  opener = next ?? openBrowserStorage;
  dbPromise = null;
}

function db(): Promise<IDBPDatabase> {
  dbPromise ??= opener().catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

/** How long a write or reset waits for the storage to open before it gives up (the corpus stays in use). */
const OPEN_DEADLINE_MS = 4_000;

/** The database, or a rejection once it has not opened within the deadline: an import never waits for good. */
function dbWithin(ms = OPEN_DEADLINE_MS): Promise<IDBPDatabase> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the storage did not answer within ${Math.round(ms / 1000)} seconds`)),
      ms,
    );
  });
  return Promise.race([db(), late]).finally(() => clearTimeout(timer));
}

/**
 * The database and the one object store the corpus is kept in, for the other records kept beside it (the analysts'
 * corrections: src/lib/corrections-store.ts). Opened once; gives up after the deadline.
 */
export const openStorage = (): Promise<{ database: IDBPDatabase; store: typeof STORE }> =>
  dbWithin().then((database) => ({ database, store: STORE }));

const errorName = (error: unknown) =>
  error instanceof DOMException || error instanceof Error ? error.name : '';
const errorText = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));
const mb = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);

function describeStorageError(error: unknown, doing: string): string {
  const name = errorName(error);
  if (name === 'InvalidStateError' || name === 'SecurityError')
    return `This browser does not allow storage here (a private window?), so the corpus ${doing}.`;
  return `The corpus ${doing}: ${errorText(error)}`;
}

/**
 * The message for a write that failed: when storage is full (or the browser aborted the write and there is not
 * room for it), how much was needed against how much this browser allows here.
 */
export async function describeWriteError(error: unknown, bytes: number): Promise<string> {
  const name = errorName(error);
  let estimate: StorageEstimate | undefined;
  try {
    estimate = await navigator.storage?.estimate?.();
  } catch {
    estimate = undefined;
  }
  const quota = estimate?.quota;
  const usage = estimate?.usage ?? 0;
  const noRoom = quota !== undefined && bytes > quota - usage;
  if (name === 'QuotaExceededError' || (name === 'AbortError' && noRoom)) {
    const allowance =
      quota === undefined
        ? 'this browser window has no room left for it'
        : `this browser window can keep at most ${mb(quota)} MB for this page${usage > 0 ? ` (${mb(usage)} MB already in use)` : ''}`;
    return `The corpus needs about ${mb(bytes)} MB of storage, but ${allowance}, so it could not be kept for next time. The corpus kept before is unchanged.`;
  }
  return `${describeStorageError(error, 'could not be kept for next time')}. The corpus kept before is unchanged.`;
}

/** Reads what is stored, in one transaction; `legacy` is a corpus kept by an older version. */
async function readRaw(
  database: IDBPDatabase,
): Promise<{ manifest: unknown; chunks: unknown[]; legacy: unknown; generation: number }> {
  const tx = database.transaction(STORE, 'readonly');
  quietly(tx.done);
  const [manifest, legacy, generation] = await Promise.all([
    tx.store.get(MANIFEST_KEY),
    tx.store.get(LEGACY_KEY),
    tx.store.get(GENERATION_KEY),
  ]);
  const chunks = isStoredManifest(manifest)
    ? await Promise.all(Array.from({ length: manifest.chunks }, (_, k) => tx.store.get(chunkKey(k))))
    : [];
  await tx.done;
  return { manifest, chunks, legacy, generation: typeof generation === 'number' ? generation : 0 };
}

const damaged = (why: string): Result<never> => ({
  ok: false,
  reason: `The corpus kept in this browser is damaged and was not used (${why}).`,
});

/** Reads the kept corpus: `null` when there is none, or a message when what is kept cannot be used. */
export async function loadStoredCorpus(): Promise<Result<StoredCorpus | null>> {
  let raw: Awaited<ReturnType<typeof readRaw>>;
  try {
    raw = await readRaw(await db());
  } catch (error) {
    return { ok: false, reason: describeStorageError(error, 'kept in this browser could not be read') };
  }
  if (raw.manifest !== undefined) {
    if (!isStoredManifest(raw.manifest)) return damaged('its description is unreadable');
    const joined = joinStoredCorpus(raw.manifest, raw.chunks);
    if (!joined.ok) return damaged(joined.reason);
    const corpus = await readCorpusJson(joined.data);
    if (!corpus.ok) return damaged(corpus.reason);
    return { ok: true, data: { corpus: corpus.data, generation: raw.manifest.generation } };
  }
  if (raw.legacy === undefined) return { ok: true, data: null };
  const valid = validateCorpus((raw.legacy as { corpus?: unknown } | null)?.corpus);
  return valid.ok
    ? { ok: true, data: { corpus: valid.data, generation: raw.generation } }
    : damaged(valid.reason);
}

/** What a write did: the corpus to show, its generation if it was kept, and what went wrong if it was not. */
export interface CommitOutcome {
  corpus: Corpus;
  generation: number | null;
  problem: string | null;
}

export interface CommitRequest {
  /** Makes the corpus to keep from the latest one (the stored corpus, else the fallback). Must not wait. */
  build: (latest: Corpus) => Corpus;
  /**
   * The corpus this tab shows, its generation (null when it is not the stored one) and whether it is the bundled
   * corpus: used as is when nothing newer was stored meanwhile.
   */
  shown: { corpus: Corpus; generation: number | null; bundled: boolean };
  /** The corpus to build on when none is stored (the bundled one). */
  fallback: () => Promise<Corpus>;
}

const NEEDS_FALLBACK = Symbol('needs fallback');

/**
 * Builds and keeps a corpus from the latest stored one, in one transaction: another tab's write cannot slip
 * between the read and the write, and a failed write leaves the stored corpus as it was. When storage cannot be
 * used at all, the corpus is built from the one shown and `problem` says why it was not kept.
 */
export async function commitStoredCorpus(request: CommitRequest): Promise<CommitOutcome> {
  let fallback: Corpus | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    let database: IDBPDatabase;
    try {
      database = await dbWithin();
    } catch (error) {
      return {
        corpus: request.build(request.shown.corpus),
        generation: null,
        problem: describeStorageError(error, 'could not be kept for next time'),
      };
    }
    const outcome = await writeOnce(database, request, fallback);
    if (outcome !== NEEDS_FALLBACK) {
      if (outcome.generation !== null) {
        announce(outcome.generation);
        void requestPersistence();
      }
      return outcome;
    }
    fallback = await request.fallback();
  }
  throw new Error('The corpus store kept changing under this import; try again.');
}

async function writeOnce(
  database: IDBPDatabase,
  request: CommitRequest,
  fallback: Corpus | null,
): Promise<CommitOutcome | typeof NEEDS_FALLBACK> {
  let built: Corpus | null = null;
  let bytes = 0;
  let tx: IDBPTransaction<unknown, [typeof STORE], 'readwrite'> | null = null;
  try {
    tx = database.transaction(STORE, 'readwrite');
    quietly(tx.done);
    const store = tx.store;
    const [manifest, legacy, storedGeneration] = await Promise.all([
      store.get(MANIFEST_KEY),
      store.get(LEGACY_KEY),
      store.get(GENERATION_KEY),
    ]);
    const generation = Math.max(
      typeof storedGeneration === 'number' ? storedGeneration : 0,
      isStoredManifest(manifest) ? manifest.generation : 0,
    );
    let latest: Corpus | null;
    if (isStoredManifest(manifest)) {
      if (manifest.generation === request.shown.generation) latest = request.shown.corpus;
      else {
        const chunks = await Promise.all(
          Array.from({ length: manifest.chunks }, (_, k) => store.get(chunkKey(k))),
        );
        // Synchronous from here to the writes: the transaction stays open only while requests are pending.
        const joined = joinStoredCorpus(manifest, chunks);
        const decoded = joined.ok ? decodeCompactCorpus(joined.data) : joined;
        latest = decoded.ok ? decoded.data : null;
      }
    } else if (legacy !== undefined) {
      const valid = validateCorpus((legacy as { corpus?: unknown } | null)?.corpus);
      latest = valid.ok ? valid.data : null;
    } else latest = null;
    if (latest === null) {
      // Nothing usable is stored (or another tab reset it): build on the bundled corpus.
      if (request.shown.bundled && manifest === undefined && legacy === undefined)
        latest = request.shown.corpus;
      else if (fallback) latest = fallback;
      else {
        tx.abort();
        return NEEDS_FALLBACK;
      }
    }
    built = request.build(latest);
    const next = generation + 1;
    const layout = splitStoredCorpus(built, next, new Date().toISOString());
    bytes = layout.bytes;
    // Queued in order, answered by `tx.done`: if any fails (storage full), the whole write is undone.
    quietly(store.delete(allChunks()));
    quietly(store.delete(LEGACY_KEY));
    layout.chunks.forEach((chunk, k) => quietly(store.put(chunk, chunkKey(k))));
    quietly(store.put(layout.manifest, MANIFEST_KEY));
    quietly(store.put(next, GENERATION_KEY));
    await tx.done;
    return { corpus: built, generation: next, problem: null };
  } catch (error) {
    // Whatever failed (a value the browser cannot store, a full disk), nothing of this write may land.
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted: nothing was written.
    }
    return {
      corpus: built ?? request.build(request.shown.corpus),
      generation: null,
      problem: await describeWriteError(error, bytes),
    };
  }
}

/** Forgets the kept corpus (reset to the bundled one); the other tabs hear of it. */
export async function clearStoredCorpus(): Promise<Result<null>> {
  try {
    const tx = (await dbWithin()).transaction(STORE, 'readwrite');
    quietly(tx.done);
    const current = await tx.store.get(GENERATION_KEY);
    const manifest = await tx.store.get(MANIFEST_KEY);
    const next =
      Math.max(
        typeof current === 'number' ? current : 0,
        isStoredManifest(manifest) ? manifest.generation : 0,
      ) + 1;
    quietly(tx.store.delete(allChunks()));
    quietly(tx.store.delete(MANIFEST_KEY));
    quietly(tx.store.delete(LEGACY_KEY));
    quietly(tx.store.put(next, GENERATION_KEY));
    await tx.done;
    announce(next);
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error, 'kept in this browser could not be removed') };
  }
}

/** Asks once for storage the browser will not evict under pressure; a refusal changes nothing else. */
let persistenceAsked = false;
async function requestPersistence(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  try {
    if (!(await navigator.storage?.persisted?.())) await navigator.storage?.persist?.();
  } catch {
    // Not offered here (an older browser, a file:// page): the corpus is kept all the same, only evictable.
  }
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/** This tab's name on the channel: a tab hears its own channels' messages too, and ignores them. */
const TAB = Math.random().toString(36).slice(2);

function announce(generation: number): void {
  const c = channel();
  c?.postMessage({ type: 'corpus-changed', generation, tab: TAB });
  c?.close();
}

/**
 * Calls `listener` with the new generation whenever another tab of this page writes or resets the kept corpus.
 * Returns the unsubscribe function.
 */
export function onStoredCorpusChange(listener: (generation: number) => void): () => void {
  const c = channel();
  if (!c) return () => undefined;
  c.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; generation?: unknown; tab?: unknown } | null;
    if (data?.type === 'corpus-changed' && data.tab !== TAB && typeof data.generation === 'number')
      listener(data.generation);
  };
  return () => c.close();
}
