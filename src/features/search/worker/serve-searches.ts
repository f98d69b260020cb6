/// <reference lib="webworker" />
/**
 * Answers searches in the worker that holds the index (docs/decisions/010-search-in-a-worker.md): the page posts a
 * query, the worker runs `findBriefings` and posts back what it found, its corpus positions transferred. The page
 * reads the result with its corpus (`searchOutcome`), so the search never runs on the page's thread. Requests are
 * answered in order; the page sends at most one query of the search box at a time (`SearchRemote`).
 *
 * Once serving, the worker types a few queries of its own (`warmUp`): the first searches of a large index run
 * several times slower while MiniSearch's code is optimised, and that should happen here, not on the analyst's
 * first keystrokes.
 */
import { findBriefings, termsWithPrefix } from '@/core/search';
import type { LoadedSearchIndex } from '@/core/search';
import { warmUp } from '../warm-up';
import type { SearchReply, SearchRequest } from './search-index-protocol';

/** Answers one request. */
function answer(
  loaded: LoadedSearchIndex,
  request: SearchRequest,
): { reply: SearchReply; transfer: ArrayBuffer[] } {
  const { id } = request;
  if (request.type === 'terms')
    return {
      reply: { type: 'terms', id, terms: termsWithPrefix(loaded.index, request.prefix) },
      transfer: [],
    };
  if (request.type === 'many') {
    const docs = request.queries.map((q) => findBriefings(loaded.index, q, loaded).docs);
    return {
      reply: { type: 'found-many', id, docs },
      transfer: docs.flatMap((d) => (d && d.buffer instanceof ArrayBuffer ? [d.buffer] : [])),
    };
  }
  const found = findBriefings(loaded.index, request.q, loaded);
  const transfer = found.docs && found.docs.buffer instanceof ArrayBuffer ? [found.docs.buffer] : [];
  return { reply: { type: 'found', id, found }, transfer };
}

export function serveSearches(scope: DedicatedWorkerGlobalScope, loaded: LoadedSearchIndex): void {
  scope.onmessage = (event: MessageEvent<SearchRequest>) => {
    try {
      const { reply, transfer } = answer(loaded, event.data);
      scope.postMessage(reply, transfer);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'search-failed', id: event.data.id, message } satisfies SearchReply);
    }
  };
  warmUp(loaded);
}
