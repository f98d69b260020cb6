import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Corpus, Result } from '@/core/corpus';
import { toPlainCorpus } from '@/core/corpus';
import {
  type DecodedSearchIndex,
  type LoadedSearchIndex,
  buildSearchIndexAsync,
  corpusKey,
  corpusTextKey,
  decodeSearchIndex,
  openSearchIndex,
} from '@/core/search';
import { buildSynonymTable } from '@/core/search';
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

export const SEARCH_INDEX_URL = dataFileUrl('search-index.bin');

/**
 * A loaded index, and where its searches can run besides the page: `remote` is the worker that loaded or built
 * it and keeps a copy to search (a large corpus, where a worker can run), else null.
 */
export interface PageSearchIndex extends LoadedSearchIndex {
  remote: SearchRemote | null;
}

/** Runs `run` when the page is idle (or soon, where the browser cannot tell). */
const whenIdle = (run: () => void) =>
  void (typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 0));

/** The shipped index decoded, with the worker that keeps a copy of it (or null). */
interface ShippedIndex {
  result: Result<DecodedSearchIndex>;
  remote: SearchRemote | null;
}

/** Last resort without workers: build on the main thread in chunks; the dictionaries are loaded on demand. */
async function buildOnMainThread(corpus: Corpus): Promise<PageSearchIndex> {
  const [{ ALIAS_GROUPS }, index] = await Promise.all([
    import('@/core/tagging'),
    buildSearchIndexAsync(corpus),
  ]);
  return { index, synonyms: buildSynonymTable(ALIAS_GROUPS), remote: null };
}

/**
 * Builds the index in a worker (imported corpora, or no matching prebuilt index); for a large corpus the worker
 * stays to answer searches.
 */
export function buildSearchIndexOffMainThread(
  corpus: Corpus,
  signal?: AbortSignal,
): Promise<PageSearchIndex> {
  // The offline file has no worker script to start (and file:// forbids one); its index comes prebuilt anyway.
  if (IS_OFFLINE_FILE || typeof Worker === 'undefined') return buildOnMainThread(corpus);
  let worker: Worker;
  try {
    worker = new Worker(new URL('../worker/search-index-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return buildOnMainThread(corpus);
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
      const loaded = message.type === 'error' ? null : openSearchIndex(message.index, corpus);
      if (loaded?.ok && serve) {
        signal?.removeEventListener('abort', onAbort);
        return resolve({ ...loaded.data, remote: new SearchRemote(worker) });
      }
      stop();
      if (message.type === 'error') reject(new Error(message.message));
      else if (loaded?.ok) resolve({ ...loaded.data, remote: null });
      else reject(new Error(loaded?.reason ?? 'The search index could not be built.'));
    };
    worker.onerror = () => {
      stop();
      // A worker that cannot start (CSP, old browser) must not leave search broken: build here instead.
      buildOnMainThread(corpus).then(resolve, reject);
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
 * corpus), otherwise built off the main thread. Never fails for a missing or stale prebuilt index.
 */
export async function getSearchIndex(
  corpus: Corpus,
  url: string,
  signal?: AbortSignal,
): Promise<PageSearchIndex> {
  try {
    const early = prefetched.get(url);
    prefetched.delete(url);
    const shipped = await (early ?? readShippedIndex(url, signal));
    if (shipped !== null) {
      const loaded = shipped.result.ok ? openSearchIndex(shipped.result.data, corpus) : shipped.result;
      if (loaded.ok) {
        performance.mark('briefing-atlas:index-ready');
        if (!shipped.remote && corpus.briefings.length >= HAND_OVER_ABOVE) warmUp(loaded.data, whenIdle);
        return { ...loaded.data, remote: shipped.remote };
      }
      shipped.remote?.close();
      console.info(`Search index rebuilt: ${loaded.reason}`);
    }
  } catch (error) {
    if (signal?.aborted) throw error;
  }
  return buildSearchIndexOffMainThread(corpus, signal);
}

/** The shipped index file's bytes; null when there is none. */
async function readIndexBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer | null> {
  const response = await loadDataFile(url, { signal });
  return response.ok ? response.arrayBuffer() : null;
}

/** The shipped index read and decoded on this thread; null when there is none. */
async function readShippedIndexHere(bytes: Promise<ArrayBuffer | null>): Promise<ShippedIndex | null> {
  const file = await bytes;
  return file === null ? null : { result: decodeSearchIndex(file), remote: null };
}

/**
 * The shipped index downloaded here (the page preloads it: index.html) and decoded in a worker that starts
 * meanwhile (its bytes transferred there, typed arrays transferred back), so the time decoding takes at 100,000
 * briefings does not block the page; on this thread where no worker can start (the offline file). For a large
 * index the worker transfers a copy and stays to search its own (`remote`).
 */
function readShippedIndex(url: string, signal?: AbortSignal): Promise<ShippedIndex | null> {
  const bytes = readIndexBytes(url, signal);
  if (IS_OFFLINE_FILE || typeof Worker === 'undefined') return readShippedIndexHere(bytes);
  let worker: Worker;
  try {
    worker = new Worker(new URL('../worker/search-index-load-worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return readShippedIndexHere(bytes);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      worker.terminate();
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    // Once posted, the bytes belong to the worker: a fallback on this thread downloads them again.
    let posted = false;
    worker.onmessage = (event: MessageEvent<SearchIndexLoadResponse>) => {
      const message = event.data;
      if (message.type === 'decoded' && message.serving) {
        signal?.removeEventListener('abort', onAbort);
        performance.mark('briefing-atlas:index-decoded');
        return resolve({ result: { ok: true, data: message.index }, remote: new SearchRemote(worker) });
      }
      done();
      if (message.type === 'decoded') {
        performance.mark('briefing-atlas:index-decoded');
        resolve({ result: { ok: true, data: message.index }, remote: null });
      } else if (message.type === 'refused')
        resolve({ result: { ok: false, reason: message.reason }, remote: null });
      else reject(new Error(message.message));
    };
    worker.onerror = () => {
      done();
      // A worker that cannot start (CSP, old browser) must not leave search without its index: decode it here.
      readShippedIndexHere(posted ? readIndexBytes(url, signal) : bytes).then(resolve, reject);
    };
    bytes.then(
      (file) => {
        if (file === null) {
          done();
          return resolve(null);
        }
        posted = true;
        const request: SearchIndexLoadRequest = { bytes: file };
        worker.postMessage(request, [file]);
      },
      (error: unknown) => {
        done();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Index files requested before the corpus finished loading, by address; each is taken once. */
const prefetched = new Map<string, Promise<ShippedIndex | null>>();

/**
 * Starts downloading (and decoding) the shipped index now, alongside the corpus, instead of after it: at 100,000
 * briefings that is ~60 MB that would otherwise wait for the corpus to be read. `getSearchIndex` takes it over.
 */
export function prefetchSearchIndex(url: string = SEARCH_INDEX_URL): void {
  if (prefetched.has(url)) return;
  prefetched.set(
    url,
    readShippedIndex(url).catch(() => null),
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
