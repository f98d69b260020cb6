/// <reference lib="webworker" />
/**
 * Builds the search index off the main thread, with the same core options as the build-time data step, and posts
 * it back serialised (MiniSearch instances do not cross threads) with the tagger's alias groups, exactly as
 * the data step ships it.
 */
import { ALIAS_GROUPS } from '@/core/dictionaries';
import { buildSearchIndex, serializeSearchIndex } from '@/core/search-index';
import type { SearchIndexRequest, SearchIndexResponse } from './search-index-protocol';

const post = (message: SearchIndexResponse) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<SearchIndexRequest>) => {
  try {
    const { corpus } = event.data;
    post({ type: 'done', payload: serializeSearchIndex(buildSearchIndex(corpus), corpus, ALIAS_GROUPS) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
