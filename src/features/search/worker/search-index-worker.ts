/// <reference lib="webworker" />
/**
 * Builds the search index off the main thread (an imported corpus, or one without a matching prebuilt index), with
 * the same options as the build-time data step and the tagger's alias groups. Asked to (`serve`, a large corpus),
 * it keeps the index and answers the page's searches from then on (`serveSearches`); otherwise it sends the index
 * back serialised, as the data step writes it, for the page to load.
 */
import { ALIAS_GROUPS } from '@/core/tagging';
import { buildSearchIndex, buildSynonymTable, serializeSearchIndex } from '@/core/search';
import type { SearchIndexRequest, SearchIndexResponse } from './search-index-protocol';
import { serveSearches } from './serve-searches';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchIndexResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<SearchIndexRequest>) => {
  try {
    const { corpus, serve } = event.data;
    const index = buildSearchIndex(corpus);
    if (!serve)
      return post({ type: 'built', serving: false, file: serializeSearchIndex(index, corpus, ALIAS_GROUPS) });
    serveSearches(scope, { index, synonyms: buildSynonymTable(ALIAS_GROUPS) });
    post({ type: 'built', serving: true });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
