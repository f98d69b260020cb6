/// <reference lib="webworker" />
/**
 * Builds the search index off the main thread, with the same core options as the build-time data step, and posts
 * it back decoded (columns and weights, transferred) with the tagger's alias groups, as the load worker posts the
 * shipped one. Asked to (`serve`, a large corpus), it keeps the index, sends the page a copy, and answers the
 * page's searches from then on (`serveSearches`).
 */
import { ALIAS_GROUPS } from '@/core/tagging';
import {
  buildSearchIndex,
  copyDecodedIndex,
  decodedIndexBuffers,
  decodedSearchIndex,
  buildSynonymTable,
} from '@/core/search';
import type { SearchIndexRequest, SearchIndexResponse } from './search-index-protocol';
import { serveSearches } from './serve-searches';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchIndexResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<SearchIndexRequest>) => {
  try {
    const { corpus, serve } = event.data;
    const index = buildSearchIndex(corpus);
    const built = decodedSearchIndex(index, corpus, ALIAS_GROUPS);
    // A worker that stays to search keeps its own arrays and transfers a copy.
    const sent = serve ? copyDecodedIndex(built) : built;
    scope.postMessage({ type: 'done', index: sent } satisfies SearchIndexResponse, decodedIndexBuffers(sent));
    if (serve) serveSearches(scope, { index, synonyms: buildSynonymTable(ALIAS_GROUPS) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
