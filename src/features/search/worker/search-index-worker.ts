/// <reference lib="webworker" />
/**
 * Builds the search index off the main thread, with the same core options as the build-time data step, and posts
 * it back serialised with the tagger's alias groups, exactly as the data step ships it. Asked to (`serve`, a large
 * corpus), it keeps the index and answers the page's searches from then on (`serveSearches`).
 */
import { ALIAS_GROUPS } from '@/core/dictionaries';
import { buildSearchIndex, serializeSearchIndex } from '@/core/search-index';
import { buildSynonymTable } from '@/core/search-synonyms';
import type { SearchIndexRequest, SearchIndexResponse } from './search-index-protocol';
import { serveSearches } from './serve-searches';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchIndexResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<SearchIndexRequest>) => {
  try {
    const { corpus, serve } = event.data;
    const index = buildSearchIndex(corpus);
    const payload = serializeSearchIndex(index, corpus, ALIAS_GROUPS);
    scope.postMessage({ type: 'done', payload } satisfies SearchIndexResponse, [payload.buffer]);
    if (serve) serveSearches(scope, { index, synonyms: buildSynonymTable(ALIAS_GROUPS) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
