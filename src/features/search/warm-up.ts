import { findBriefings } from '@/core/search';
import { type LoadedSearchIndex, warmUpQueries } from '@/core/search';

/**
 * Runs `warmUpQueries` on a freshly loaded index, one per task (`later`), so the engine's loops are optimised before
 * the analyst's first keystrokes rather than during them: the first searches through thousands of postings run
 * several times slower than the same searches later (docs/decisions/010-search-in-a-worker.md). One query per task
 * keeps what the thread must do meanwhile (a real search, a click) waiting for one query at most.
 */
export function warmUp(
  loaded: LoadedSearchIndex,
  later: (run: () => void) => void = (run) => void setTimeout(run, 0),
): void {
  const queries = warmUpQueries(loaded.index);
  const next = () => {
    const q = queries.shift();
    if (q === undefined) return;
    findBriefings(loaded.index, q, loaded);
    later(next);
  };
  later(next);
}
