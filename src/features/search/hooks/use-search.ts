import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Corpus } from '@/core/corpus';
import { RankedIds } from '@/core/facets';
import { searchBriefings, type SearchOutcome } from '@/core/search-briefings';
import type { BriefingIndex, LoadedSearchIndex } from '@/core/search-index';
import { suggest, type SearchSuggestion } from '@/core/search-suggest';
import { useSearchIndex } from '../api/get-search-index';

/**
 * How a keystroke reaches the page, by corpus size (docs/decisions/009-load-100k-within-3-s.md):
 * - below HAND_OVER_ABOVE the search box hands the query over within the keystroke and the page redraws at once;
 * - from HAND_OVER_ABOVE the box hands it over in the next task, so the keystroke's own task (where Chromium also
 *   lays the page out to place the caret) stays small and the redraw gets a task of its own;
 * - from DEFER_ABOVE the redraw is deferred (useDeferredValue, rendered in slices behind the keystroke) and the
 *   search runs in a task of its own (a short prefix at 100,000 briefings takes 15–25 ms: with the redraw, over
 *   50 ms in one task).
 * Measured at 10,000 briefings: redrawn at once in the keystroke's task, 52–75 ms tasks; handed over, p95 40–43 ms
 * and no task over 50 ms; deferred, p95 59–62 ms. At 100,000, redrawn at once, 60–75 ms tasks.
 */
export const HAND_OVER_ABOVE = 2_000;
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

/** A finished search: for which query, index and corpus. */
interface Finished {
  q: string;
  data: LoadedSearchIndex;
  corpus: Corpus;
  outcome: SearchOutcome;
}

/**
 * Searches the corpus for `q`. A small corpus searches during the keystroke's own render. A large one searches
 * behind the keystroke (deferred) and in a task of its own, then renders the results in a transition, so the search
 * (up to ~20 ms at 100,000 briefings) and the render that draws its results never add up in one task; until then
 * the previous results stay on screen, marked pending. The index is loaded once per corpus.
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

  const ownTask = !small;
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
    const timer = setTimeout(() => {
      const start = performance.now();
      const outcome = searchBriefings(data.index, corpus, target, data);
      // Shows in the browser's performance panel, and `npm run bench:browser -- --verbose` prints it per keystroke.
      performance.measure('briefing-atlas:search', { start, detail: target });
      startTransition(() => setFinished({ q: target, data, corpus, outcome }));
    }, 0);
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
    pending: !!q.trim() && (index.isPending || q !== target || (!small && active && current?.q !== target)),
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
