import { memo, useCallback, useMemo } from 'react';
import type { Briefing, Corpus, FilterKind } from '@/core/corpus';
import {
  hasDatedBriefings,
  sortResults,
  toggleFilter,
  type ResultLayout,
  type ResultSort,
  type ViewState,
} from '@/core/view';
import type { SearchOutcome } from '@/core/search';
import { hrefOf } from '@/lib/use-view-state';
import { ResultList } from '@/features/results/components/result-list';
import { Highlight } from '@/features/search/components/highlight';
import type { Update } from './chart-panels';

interface ResultsPanelProps {
  corpus: Corpus;
  state: ViewState;
  /** The matching briefings as deriveView gives them: search rank, else corpus order. */
  results: Briefing[];
  outcome: SearchOutcome | null;
  update: Update;
  /** Clears the query, the filters and the date range. */
  onClearAll: () => void;
  /** The list header's controls (exports). */
  actions?: React.ReactNode;
}

const linkButton = 'mt-3 font-semibold text-accent underline';

/** The result list wired to the view: its order and layout in the URL, chips that filter, the way back from nothing. */
export const ResultsPanel = memo(function ResultsPanel({
  corpus,
  state,
  results,
  outcome,
  update,
  onClearAll,
  actions,
}: ResultsPanelProps) {
  const sorted = useMemo(() => sortResults(results, state.sort), [results, state.sort]);
  const canSortByDate = useMemo(() => hasDatedBriefings(corpus.briefings), [corpus]);
  const onOpen = useCallback((id: string) => update((s) => ({ ...s, open: id })), [update]);
  const onSortChange = useCallback((sort: ResultSort) => update((s) => ({ ...s, sort })), [update]);
  const onLayoutChange = useCallback((list: ResultLayout) => update((s) => ({ ...s, list })), [update]);
  const onToggleTag = useCallback(
    (kind: FilterKind, id: string) => update((s) => toggleFilter(s, kind, id)),
    [update],
  );
  const clearSearch = useCallback(() => update((s) => ({ ...s, q: '' })), [update]);
  const renderText = useMemo(
    () =>
      outcome
        ? (b: Briefing, field: 'title' | 'summary') => (
            <Highlight text={b[field]} terms={outcome.match(b.id)?.terms} />
          )
        : undefined,
    [outcome],
  );
  const matchedFields = useMemo(
    () => (outcome ? (id: string) => outcome.match(id)?.fields : undefined),
    [outcome],
  );
  return (
    <ResultList
      results={sorted}
      openHref={(id) => hrefOf({ ...state, open: id })}
      onOpen={onOpen}
      query={state.q}
      renderText={renderText}
      matchedFields={matchedFields}
      actions={actions}
      sort={state.sort}
      onSortChange={onSortChange}
      canSortByDate={canSortByDate}
      layout={state.list}
      onLayoutChange={onLayoutChange}
      filters={state.filters}
      onToggleTag={onToggleTag}
      emptyAction={
        <button type="button" onClick={onClearAll} className={linkButton}>
          Clear all filters
        </button>
      }
      emptySearchAction={
        <button type="button" onClick={clearSearch} className={linkButton}>
          Clear the search
        </button>
      }
    />
  );
});
