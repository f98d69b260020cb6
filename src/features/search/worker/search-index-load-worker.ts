/// <reference lib="webworker" />
/**
 * Loads the shipped search index of a large corpus off the main thread (from `SEARCH_APART_FROM` briefings:
 * parsing MiniSearch's JSON and rebuilding its tree take seconds there) in one pass (`MiniSearch.loadJSON`), and stays
 * to answer the page's searches (`serveSearches`, docs/decisions/010-search-in-a-worker.md). The page downloads the
 * file (it is preloaded with the page, which a worker's own request could not use) and transfers its bytes here.
 */
import { loadSearchIndex } from '@/core/search';
import type { SearchIndexLoadRequest, SearchIndexLoadResponse } from './search-index-protocol';
import { serveSearches } from './serve-searches';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchIndexLoadResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<SearchIndexLoadRequest>) => {
  try {
    const text = new TextDecoder().decode(event.data.bytes);
    // Off the page's thread nothing waits on it: one pass, no yielding (see loadSearchIndex).
    const loaded = await loadSearchIndex(text, undefined, { yielding: false });
    if (!loaded.ok) return post({ type: 'refused', reason: loaded.reason });
    if (loaded.data.corpus !== event.data.corpus)
      return post({ type: 'refused', reason: 'The search index was built from another corpus.' });
    serveSearches(scope, loaded.data);
    post({ type: 'loaded' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
