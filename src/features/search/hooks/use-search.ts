import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Corpus } from '@/core/corpus';
import { RankedIds } from '@/core/view';
import { parseQuery, searchBriefings, searchOutcome } from '@/core/search';
import type { SearchOutcome } from '@/core/search';
import { suggest, type SearchSuggestion } from '@/core/view';
import { type PageSearchIndex, useSearchIndex } from '../api/get-search-index';

import { DEFER_ABOVE, SEARCH_APART_FROM } from '../search-sizes';

export { DEFER_ABOVE, HAND_OVER_ABOVE } from '../search-sizes';

export interface UseSearchResult {
  /** Ranked ids to pass to `deriveView` (an ordered Set), or null when there is no query (or no index yet). */
  matchedIds: ReadonlySet<string> | null;
  /**
   * Per briefing: fields and terms that matched (for <Highlight terms>), and `partial` when no briefing has the
   * whole query. Null without a query.
   */
  outcome: SearchOutcome | null;
  /** True while the index loads or builds and a query is waiting for it. */
  pending: boolean;
  error: Error | null;
}

/** A finished search: for which query, index and corpus. */
interface Finished {
  q: string;
  data: PageSearchIndex;
  corpus: Corpus;
  outcome: SearchOutcome;
}

/**
 * Searches the corpus for `q`. A small corpus searches during the keystroke's own render. A large one searches
 * behind the keystroke (deferred) in the worker that holds the index, or where there is none in a task of its own,
 * then renders the results in a transition: the search and the render that draws its results never add up in one
 * task. Until then the previous results stay on screen, marked pending. The index is loaded once per corpus.
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

  const ownTask = corpus.briefings.length >= SEARCH_APART_FROM || !!data?.remote;
  const inRender = useMemo(
    () => (!ownTask && active && data.index ? searchBriefings(data.index, corpus, target, data) : null),
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
      void data.local().then((local) => show(searchBriefings(local.index, corpus, target, local), start));
    };
    if (data.remote) {
      const start = performance.now();
      data.remote.search(target).then(
        // null: a later query took this one's place before the worker got to it.
        (found) => found && live && show(searchOutcome(corpus, found), start),
        // The worker stopped: this and every later search run here.
        () => live && searchHere(),
      );
      return () => {
        live = false;
      };
    }
    const timer = setTimeout(searchHere, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ownTask, active, data, corpus, target]);
  // The last finished search of this index and corpus stands while the next one runs.
  const current = finished && finished.data === data && finished.corpus === corpus ? finished : null;
  const outcome = !active ? null : !ownTask ? inRender : (current?.outcome ?? null);

  const matchedIds = useMemo(() => {
    if (!outcome?.active || !outcome.docs) return null;
    // Positions let deriveView count 100,000 results without looking each id up: the index is always built from
    // this corpus in this order (its ids are corpus positions).
    return new RankedIds(corpus, null, outcome.docs);
  }, [outcome, corpus]);
  return {
    matchedIds,
    outcome: outcome?.active ? outcome : null,
    pending: !!q.trim() && (index.isPending || q !== target || (ownTask && active && current?.q !== target)),
    error: index.error,
  };
}

/** The word being typed at the end of `q`, as suggestions complete it; null when none is. */
function typedWord(q: string): string | null {
  const parsed = parseQuery(q);
  const word = parsed.terms[parsed.terms.length - 1];
  return parsed.lastTermIsPrefix && word ? word.surface : null;
}

/**
 * Suggestions for the word being typed at the end of `q` (tag values and corpus words). Where a worker holds the
 * index, the corpus words come from it, a moment after the tag values.
 */
export function useSearchSuggestions(corpus: Corpus, q: string, limit = 8): SearchSuggestion[] {
  const { data } = useSearchIndex(corpus);
  const prefix = typedWord(q);
  const [fetched, setFetched] = useState<{
    prefix: string;
    terms: { term: string; documents: number }[];
  } | null>(null);
  useEffect(() => {
    if (!data?.remote || !prefix) return;
    let live = true;
    data.remote.termsWithPrefix(prefix).then(
      (terms) => live && setFetched({ prefix, terms }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [data, prefix]);
  return useMemo(() => {
    if (!data) return [];
    const words = data.index ?? ((p: string) => (fetched?.prefix === p ? fetched.terms : []));
    return suggest(words, corpus, q, limit);
  }, [data, fetched, corpus, q, limit]);
}

/**
 * The ranked ids for several queries at once (for a deck of saved views): null for an empty query, or while the
 * index is not loaded (or, in a worker, not answered) yet.
 */
export function useSearchMany(corpus: Corpus, queries: readonly string[]): (ReadonlySet<string> | null)[] {
  const { data } = useSearchIndex(corpus);
  const key = queries.join('\u0000');
  const [fetched, setFetched] = useState<{ key: string; docs: (Uint32Array | null)[] } | null>(null);
  useEffect(() => {
    if (!data?.remote) return;
    let live = true;
    data.remote.searchMany(key.split('\u0000')).then(
      (docs) => live && setFetched({ key, docs }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [data, key]);
  return useMemo(
    () =>
      key.split('\u0000').map((q, i) => {
        if (!data || !q.trim()) return null;
        if (!data.index) {
          const docs = fetched?.key === key ? fetched.docs[i] : null;
          return docs ? new RankedIds(corpus, null, docs) : null;
        }
        const outcome = searchBriefings(data.index, corpus, q, data);
        return outcome.active && outcome.docs ? new RankedIds(corpus, null, outcome.docs) : null;
      }),
    [data, fetched, corpus, key],
  );
}
