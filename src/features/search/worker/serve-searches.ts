/// <reference lib="webworker" />
/**
 * Answers searches in the worker that holds a copy of the index (docs/decisions/010-search-in-a-worker.md): the
 * page posts a query, the worker runs `findBriefings` and posts back what it found, its typed arrays transferred.
 * The page reads the result with its own copy of the index (`searchOutcome`), so only the search leaves the page's
 * thread. Requests are answered in order; the page sends at most one at a time (`SearchRemote`).
 *
 * Once serving, the worker types a few queries of its own (`warmUp`): the engine's first searches of 100,000
 * briefings run 2–4× slower while its code is optimised, and that should happen here, not on the analyst's first
 * keystrokes.
 */
import { findBriefings } from '@/core/search';
import type { LoadedSearchIndex } from '@/core/search';
import { warmUp } from '../warm-up';
import type { SearchReply, SearchRequest } from './search-index-protocol';

export function serveSearches(scope: DedicatedWorkerGlobalScope, loaded: LoadedSearchIndex): void {
  scope.onmessage = (event: MessageEvent<SearchRequest>) => {
    const { id, q } = event.data;
    let reply: SearchReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const found = findBriefings(loaded.index, q, loaded);
      reply = { type: 'found', id, found };
      for (const column of [found.docs, found.masks])
        if (column && column.buffer instanceof ArrayBuffer) transfer.push(column.buffer);
    } catch (error) {
      reply = { type: 'search-failed', id, message: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply, transfer);
  };
  warmUp(loaded);
}
