/// <reference lib="webworker" />
/**
 * Decodes the shipped search index off the main thread (at 100,000 briefings a ~43 MB section file: decoding and
 * checking its postings takes a few hundred milliseconds that would otherwise block the page), derives the
 * engine's weights and norms (`computeEngineStats`) and transfers the typed arrays back. The page builds the engine
 * from them (`openSearchIndex`). The page downloads the file (it is preloaded with the page, which a worker's own
 * request could not use) and transfers its bytes here.
 *
 * A large index (from `SEARCH_APART_FROM` briefings) is copied to the page instead, and the worker keeps its own to
 * answer the page's searches from then on (`serveSearches`, docs/decisions/010-search-in-a-worker.md).
 */
import { copyDecodedIndex, decodeSearchIndex, decodedIndexBuffers, openSearchIndex } from '@/core/search';
import { SEARCH_APART_FROM } from '../search-sizes';
import type { SearchIndexLoadRequest, SearchIndexLoadResponse } from './search-index-protocol';
import { serveSearches } from './serve-searches';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SearchIndexLoadRequest>) => {
  let message: SearchIndexLoadResponse;
  try {
    const decoded = decodeSearchIndex(event.data.bytes);
    message = decoded.ok
      ? {
          type: 'decoded',
          index: decoded.data,
          serving: decoded.data.columns.ids.length >= SEARCH_APART_FROM,
        }
      : { type: 'refused', reason: decoded.reason };
  } catch (error) {
    message = { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (message.type !== 'decoded') return scope.postMessage(message);
  if (message.serving) {
    const loaded = openSearchIndex(message.index);
    if (loaded.ok) {
      // This worker searches the index it decoded; the page gets a copy made here and transferred, so the copying
      // happens on this thread, not the page's.
      const copy = { ...message, index: copyDecodedIndex(message.index) };
      scope.postMessage(copy, decodedIndexBuffers(copy.index));
      return serveSearches(scope, loaded.data);
    }
    message.serving = false;
  }
  scope.postMessage(message, decodedIndexBuffers(message.index));
};
