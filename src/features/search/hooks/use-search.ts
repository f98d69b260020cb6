import { useDeferredValue, useMemo } from 'react';
import type { Corpus } from '@/core/corpus';
import { RankedIds } from '@/core/facets';
import { searchBriefings, type SearchOutcome } from '@/core/search-briefings';
import type { BriefingIndex } from '@/core/search-index';
import { suggest, type SearchSuggestion } from '@/core/search-suggest';
import { useSearchIndex } from '../api/get-search-index';

/**
 * Corpora at least this large search and render behind the keystroke (useDeferredValue). Below it one synchronous
 * render is quicker and short enough: at 10,000 briefings keystroke p95 29 ms rendered at once against 45–48 ms
 * deferred, with no task over 50 ms; at 100,000 at once gave 60–75 ms tasks (docs/decisions/009).
 */
export const DEFER_ABOVE = 25_000;

export interface UseSearchResult {
  /** Ranked ids to pass to `deriveView` (an ordered Set), or null when there is no query (or no index yet). */
  matchedIds: ReadonlySet<string> | null;
  /** Per briefing: fields and terms that matched (for <Highlight terms>). Empty without a query. */
  outcome: SearchOutcome | null;
  /** True while the index loads or builds and a query is waiting for it. */
  pending: boolean;
  error: Error | null;
}

/**
 * Searches the corpus for `q`. The query is deferred, so typing stays responsive while results render; the index
 * is loaded once per corpus.
 * @example const { matchedIds, outcome } = useSearch(corpus, state.q); deriveView(corpus, state, matchedIds)
 */
export function useSearch(corpus: Corpus, q: string): UseSearchResult {
  const index = useSearchIndex(corpus);
  // A small corpus answers within the keystroke's own frame; deferring would only add a frame of delay.
  // (A constant goes to useDeferredValue then, so React schedules no second render.)
  const small = corpus.briefings.length < DEFER_ABOVE;
  const deferredQ = useDeferredValue(small ? '' : q);
  const deferred = small ? q : deferredQ;
  const outcome = useMemo(
    () =>
      index.data && deferred.trim() ? searchBriefings(index.data.index, corpus, deferred, index.data) : null,
    [index.data, corpus, deferred],
  );
  const matchedIds = useMemo(() => {
    if (!outcome?.active || !index.data) return null;
    // Positions let deriveView count 100,000 results without looking each id up; they are corpus positions only
    // when the index was built from this corpus in this order (always, for the shipped and worker-built index).
    return outcome.docs && sameOrder(index.data.index, corpus)
      ? new RankedIds(corpus, outcome.ids, outcome.docs)
      : new Set(outcome.ids);
  }, [outcome, index.data, corpus]);
  return {
    matchedIds,
    outcome: outcome?.active ? outcome : null,
    pending: !!q.trim() && (index.isPending || q !== deferred),
    error: index.error,
  };
}

const orderChecked = new WeakMap<BriefingIndex, WeakMap<Corpus, boolean>>();

/** Whether the index lists the corpus's briefings in the corpus's order (checked once per pair). */
function sameOrder(index: BriefingIndex, corpus: Corpus): boolean {
  let byCorpus = orderChecked.get(index);
  if (!byCorpus) orderChecked.set(index, (byCorpus = new WeakMap()));
  let same = byCorpus.get(corpus);
  if (same === undefined) {
    same =
      index.ids.length === corpus.briefings.length && corpus.briefings.every((b, i) => b.id === index.ids[i]);
    byCorpus.set(corpus, same);
  }
  return same;
}

/** Suggestions for the word being typed at the end of `q` (tag values and corpus words). */
export function useSearchSuggestions(corpus: Corpus, q: string, limit = 8): SearchSuggestion[] {
  const index = useSearchIndex(corpus);
  return useMemo(
    () => (index.data ? suggest(index.data.index, corpus, q, limit) : []),
    [index.data, corpus, q, limit],
  );
}

/**
 * The ranked ids for several queries at once (for a deck of saved views): null for an empty query, or while the
 * index is not loaded yet.
 */
export function useSearchMany(corpus: Corpus, queries: readonly string[]): (ReadonlySet<string> | null)[] {
  const index = useSearchIndex(corpus);
  const key = queries.join('\u0000');
  return useMemo(
    () =>
      key.split('\u0000').map((q) => {
        if (!index.data || !q.trim()) return null;
        const outcome = searchBriefings(index.data.index, corpus, q, index.data);
        return outcome.active ? new Set(outcome.ids) : null;
      }),
    [index.data, corpus, key],
  );
}
