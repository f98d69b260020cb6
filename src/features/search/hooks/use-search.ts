import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Corpus } from '@/core/corpus';
import { RankedIds } from '@/core/view';
import { searchBriefings, searchOutcome } from '@/core/search';
import type { BriefingIndex, LoadedSearchIndex, SearchOutcome } from '@/core/search';
import { suggest, type SearchSuggestion } from '@/core/view';
import { useSearchIndex } from '../api/get-search-index';

import { DEFER_ABOVE, SEARCH_APART_FROM } from '../search-sizes';

export { DEFER_ABOVE, HAND_OVER_ABOVE } from '../search-sizes';

export interface UseSearchResult {
  /** Ranked ids to pass to `deriveView` (an ordered Set), or null when there is no query (or no index yet). */
  matchedIds: ReadonlySet<string> | null;
  /** Per briefing: fields and terms that matched (for <Highlight terms>). Empty without a query. */
  outcome: SearchOutcome | null;
  /** True while the index loads or builds and a query is waiting for it. */
  pending: boolean;
  error: Error | null;
}

/** A finished search: for which query, index and corpus. */
interface Finished {
  q: string;
  data: LoadedSearchIndex;
  corpus: Corpus;
  outcome: SearchOutcome;
}

/**
 * Searches the corpus for `q`. A small corpus searches during the keystroke's own render. A large one searches
 * behind the keystroke (deferred) in the worker that holds a copy of the index, or where there is none in a task of
 * its own, then renders the results in a transition: the search (15–60 ms at 100,000 briefings) and the render
 * that draws its results never add up in one task. Until then the previous results stay on screen, marked
 * pending. The index is loaded once per corpus.
 * @example const { matchedIds, outcome } = useSearch(corpus, state.q); deriveView(corpus, state, matchedIds)
 */
export function useSearch(corpus: Corpus, q: string): UseSearchResult {
  const index = useSearchIndex(corpus);
  const data = index.data;
  // (A constant goes to useDeferredValue for a small corpus, so React schedules no second render.)
  const small = corpus.briefings.length < DEFER_ABOVE;
  const deferredQ = useDeferredValue(small ? '' : q);
  const target = small ? q : deferredQ;
  const active = !!data && !!target.trim();

  const ownTask = corpus.briefings.length >= SEARCH_APART_FROM;
  const inRender = useMemo(
    () => (!ownTask && active ? searchBriefings(data.index, corpus, target, data) : null),
    [ownTask, active, data, corpus, target],
  );
  const [finished, setFinished] = useState<Finished | null>(null);
  // A cleared box forgets the last results, so the next query never flashes them (React's "adjust state while
  // rendering" pattern: this render is redone at once, before anything is drawn).
  if (!active && finished !== null) setFinished(null);
  useEffect(() => {
    if (!ownTask || !active) return;
    let live = true;
    const show = (outcome: SearchOutcome, start: number) => {
      // Shows in the browser's performance panel, and `npm run bench:browser -- --verbose` prints it per keystroke
      // (from asking to the answer: with a worker, the wait and the round trip included).
      performance.measure('briefing-atlas:search', { start, detail: target });
      if (live) startTransition(() => setFinished({ q: target, data, corpus, outcome }));
    };
    const searchHere = () => {
      const start = performance.now();
      show(searchBriefings(data.index, corpus, target, data), start);
    };
    if (data.remote) {
      const start = performance.now();
      data.remote.search(target).then(
        // null: a later query took this one's place before the worker got to it.
        (found) => found && live && show(searchOutcome(data.index, corpus, found), start),
        // The worker stopped: this and every later search run here.
        () => live && searchHere(),
      );
      return () => {
        live = false;
      };
    }
    const timer = setTimeout(searchHere, 0);
    return () => clearTimeout(timer);
  }, [ownTask, active, data, corpus, target]);
  // The last finished search of this index and corpus stands while the next one runs.
  const current = finished && finished.data === data && finished.corpus === corpus ? finished : null;
  const outcome = !active ? null : !ownTask ? inRender : (current?.outcome ?? null);

  const matchedIds = useMemo(() => {
    if (!outcome?.active || !data) return null;
    // Positions let deriveView count 100,000 results without looking each id up; they are corpus positions only
    // when the index was built from this corpus in this order (always, for the shipped and worker-built index).
    return outcome.docs && sameOrder(data.index, corpus)
      ? new RankedIds(corpus, null, outcome.docs)
      : new Set(outcome.ids);
  }, [outcome, data, corpus]);
  return {
    matchedIds,
    outcome: outcome?.active ? outcome : null,
    pending: !!q.trim() && (index.isPending || q !== target || (ownTask && active && current?.q !== target)),
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
