import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Corpus } from '@/core/corpus';
import { toPlainCorpus } from '@/core/corpus';
import {
  type BriefingIndex,
  type LoadedSearchIndex,
  type SynonymTable,
  EMPTY_SYNONYMS,
  buildSearchIndexAsync,
  buildSynonymTable,
  corpusKey,
  corpusTextKey,
  loadSearchIndex,
} from '@/core/search';
import { dataFileUrl, IS_OFFLINE_FILE, loadDataFile } from '@/lib/load-data';
import { queryClient } from '@/lib/query-client';
import { HAND_OVER_ABOVE, SEARCH_APART_FROM } from '../search-sizes';
import { warmUp } from '../warm-up';
import { SearchRemote } from './search-remote';
import type {
  SearchIndexLoadRequest,
  SearchIndexLoadResponse,
  SearchIndexRequest,
  SearchIndexResponse,
} from '../worker/search-index-protocol';

export const SEARCH_INDEX_URL = dataFileUrl('search-index.json');

/**
 * The search index of the page's corpus: on the page (`index`), or, for a large corpus, in the worker that loaded
 * or built it and answers its searches (`remote`; `index` is then null, so the page never parses it). `local()`
 * gives an index on the page in any case (built here if need be): the way on when the worker stops.
 */
export interface PageSearchIndex {
  index: BriefingIndex | null;
  synonyms: SynonymTable;
  remote: SearchRemote | null;
  local: () => Promise<LoadedSearchIndex>;
}

/** Runs `run` when the page is idle (or soon, where the browser cannot tell). */
const whenIdle = (run: () => void) =>
  void (typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 0));

const canStartWorkers = () => !IS_OFFLINE_FILE && typeof Worker !== 'undefined';

/** Last resort without workers: build on the main thread in chunks; the dictionaries are loaded on demand. */
async function buildOnMainThread(corpus: Corpus): Promise<LoadedSearchIndex> {
  const [{ ALIAS_GROUPS }, index] = await Promise.all([
    import('@/core/tagging'),
    buildSearchIndexAsync(corpus),
  ]);
  return { index, synonyms: buildSynonymTable(ALIAS_GROUPS) };
}

/** An index on the page. */
function onPage(loaded: LoadedSearchIndex): PageSearchIndex {
  return { ...loaded, remote: null, local: () => Promise.resolve(loaded) };
}

/** A worker's index: the page builds its own only if the worker stops. */
function inWorker(remote: SearchRemote, corpus: Corpus): PageSearchIndex {
  let local: Promise<LoadedSearchIndex> | null = null;
  return {
    index: null,
    synonyms: EMPTY_SYNONYMS,
    remote,
    local: () => (local ??= buildOnMainThread(corpus)),
  };
}

/**
 * Builds the index in a worker (imported corpora, or no matching prebuilt index): for a large corpus the worker
 * stays to answer searches, otherwise it sends the index back serialised for the page to load.
 */
export function buildSearchIndexOffMainThread(
  corpus: Corpus,
  signal?: AbortSignal,
): Promise<PageSearchIndex> {
  // The offline file has no worker script to start (and file:// forbids one); its index comes prebuilt anyway.
  if (!canStartWorkers()) return buildOnMainThread(corpus).then(onPage);
  let worker: Worker;
  try {
    worker = new Worker(new URL('../worker/search-index-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return buildOnMainThread(corpus).then(onPage);
  }
  const serve = corpus.briefings.length >= SEARCH_APART_FROM;
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<SearchIndexResponse>) => {
      const message = event.data;
      if (message.type === 'built' && message.serving) {
        signal?.removeEventListener('abort', onAbort);
        return resolve(inWorker(new SearchRemote(worker), corpus));
      }
      stop();
      if (message.type === 'error') return reject(new Error(message.message));
      loadSearchIndex(message.file, corpus).then(
        (loaded) =>
          loaded.ok
            ? resolve(onPage(loaded.data))
            : reject(new Error(`The search index could not be built: ${loaded.reason}`)),
        reject,
      );
    };
    worker.onerror = () => {
      stop();
      // A worker that cannot start (CSP, old browser) must not leave search broken: build here instead.
      buildOnMainThread(corpus).then(onPage).then(resolve, reject);
    };
    // postMessage copies own properties only: briefings whose tags decode on first read are made plain first.
    const request: SearchIndexRequest = {
      serve,
      corpus: {
        name: corpus.name,
        generatedAt: corpus.generatedAt,
        briefings: toPlainCorpus(corpus).briefings,
        ...(corpus.corrections ? { corrections: corpus.corrections } : {}),
      },
    };
    worker.postMessage(request);
  });
}

/**
 * The index for a corpus: the prebuilt one shipped with the bundled corpus when it matches (same options, same
 * corpus), loaded on the page or, for a large corpus, in a worker that then serves the searches; otherwise built
 * off the main thread. Never fails for a missing or stale prebuilt index.
 */
export async function getSearchIndex(
  corpus: Corpus,
  url: string,
  signal?: AbortSignal,
): Promise<PageSearchIndex> {
  try {
    const early = prefetched.get(url);
    prefetched.delete(url);
    const bytes = await (early ?? readIndexBytes(url, signal));
    if (bytes !== null) {
      const shipped =
        corpus.briefings.length >= SEARCH_APART_FROM && canStartWorkers()
          ? await loadInWorker(bytes, corpus, url, signal)
          : await loadHere(bytes, corpus);
      if (shipped.ok) {
        performance.mark('briefing-atlas:index-ready');
        return shipped.data;
      }
      console.info(`Search index rebuilt: ${shipped.reason}`);
    }
  } catch (error) {
    if (signal?.aborted) throw error;
  }
  return buildSearchIndexOffMainThread(corpus, signal);
}

type Shipped = { ok: true; data: PageSearchIndex } | { ok: false; reason: string };

/** The shipped index loaded on this page (MiniSearch's async loader yields between chunks of terms). */
async function loadHere(bytes: ArrayBuffer, corpus: Corpus): Promise<Shipped> {
  const loaded = await loadSearchIndex(new TextDecoder().decode(bytes), corpus);
  if (!loaded.ok) return loaded;
  if (corpus.briefings.length >= HAND_OVER_ABOVE) warmUp(loaded.data, whenIdle);
  return { ok: true, data: onPage(loaded.data) };
}

/**
 * The shipped index loaded in a worker (its bytes transferred there), which stays to answer searches: parsing and
 * loading tens of megabytes of JSON never blocks the page.
 */
function loadInWorker(
  bytes: ArrayBuffer,
  corpus: Corpus,
  url: string,
  signal?: AbortSignal,
): Promise<Shipped> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../worker/search-index-load-worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return loadHere(bytes, corpus);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      worker.terminate();
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<SearchIndexLoadResponse>) => {
      signal?.removeEventListener('abort', onAbort);
      const message = event.data;
      if (message.type === 'loaded')
        return resolve({ ok: true, data: inWorker(new SearchRemote(worker), corpus) });
      worker.terminate();
      if (message.type === 'refused') resolve({ ok: false, reason: message.reason });
      else reject(new Error(message.message));
    };
    worker.onerror = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      // A worker that cannot start (CSP, old browser) must not leave search without its index: load it here. The
      // bytes went to the worker, so they are read again.
      readIndexBytes(url, signal)
        .then((again): Promise<Shipped> | Shipped =>
          again ? loadHere(again, corpus) : { ok: false, reason: 'The search index is gone.' },
        )
        .then(resolve, reject);
    };
    const request: SearchIndexLoadRequest = { bytes, corpus: corpusKey(corpus) };
    worker.postMessage(request, [bytes]);
  });
}

/** The shipped index file's bytes; null when there is none. */
async function readIndexBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer | null> {
  const response = await loadDataFile(url, { signal });
  return response.ok ? response.arrayBuffer() : null;
}

/** Index files requested before the corpus finished loading, by address; each is taken once. */
const prefetched = new Map<string, Promise<ArrayBuffer | null>>();

/**
 * Starts downloading the shipped index now, alongside the corpus, instead of after it (the page preloads it:
 * index.html). `getSearchIndex` takes it over.
 */
export function prefetchSearchIndex(url: string = SEARCH_INDEX_URL): void {
  if (prefetched.has(url)) return;
  prefetched.set(
    url,
    readIndexBytes(url).catch(() => null),
  );
}

// The page needs the index as soon as it has a corpus; ask for it with the corpus (this module loads with the page).
if (typeof window !== 'undefined') prefetchSearchIndex();

/** How long the index of a corpus no longer shown is kept (a correction undone, a reset) before it is let go. */
const KEEP_UNUSED_INDEX_MS = 5 * 60_000;

export const searchIndexQueryOptions = (corpus: Corpus, url: string = SEARCH_INDEX_URL) =>
  queryOptions({
    queryKey: ['search-index', url, corpusTextKey(corpus), corpusKey(corpus)],
    queryFn: ({ signal }) => getSearchIndex(corpus, url, signal),
    staleTime: Infinity,
    gcTime: KEEP_UNUSED_INDEX_MS,
    // While the index of a corrected corpus is rebuilt (a correction changes the tags the index reads), the index of
    // the same briefings before it keeps answering: nothing but a corrected tag's name differs.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === url && previousQuery.queryKey[2] === corpusTextKey(corpus)
        ? previous
        : undefined,
    refetchOnWindowFocus: false,
    // Holds an index instance: nothing to compare structurally, and comparing it would walk the whole index.
    structuralSharing: false,
  });

// An index let go takes the worker that keeps a copy of it along.
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'removed' && event.query.queryKey[0] === 'search-index')
    (event.query.state.data as PageSearchIndex | undefined)?.remote?.close();
});

export function useSearchIndex(corpus: Corpus, url?: string) {
  return useQuery(searchIndexQueryOptions(corpus, url));
}
