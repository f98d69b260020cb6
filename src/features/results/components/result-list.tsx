import { memo, useState } from 'react';
import { CHIP_KINDS, type Briefing, type FilterKind } from '@/core/corpus';
import { KindLegend } from '@/components/ui/kind-color';
import type { Filters, ResultLayout, ResultSort } from '@/core/view';
import { BriefingCard } from './briefing-card';
import { ResultTable } from './result-table';

interface ResultListProps {
  /** The results in the order to show (already sorted). */
  results: readonly Briefing[];
  openHref: (id: string) => string;
  onOpen: (id: string) => void;
  /** The search query as typed ('' = none): named in the message when nothing matches. */
  query: string;
  /** Shown when nothing matches and no query is active, e.g. a "Clear all filters" button. */
  emptyAction?: React.ReactNode;
  /** Shown when a search matches nothing: the way back, e.g. a "Clear the search" button. */
  emptySearchAction?: React.ReactNode;
  /** Renders a briefing's title or summary, e.g. with the words a search matched marked. */
  renderText?: (briefing: Briefing, field: 'title' | 'summary') => React.ReactNode;
  /** Which fields a search matched in, shown on each result. */
  matchedFields?: (id: string) => readonly string[] | undefined;
  /** Controls for the list header (exports). */
  actions?: React.ReactNode;
  sort: ResultSort;
  onSortChange: (sort: ResultSort) => void;
  /** Whether "Date" is offered (some briefing has a date). */
  canSortByDate: boolean;
  layout: ResultLayout;
  onLayoutChange: (layout: ResultLayout) => void;
  /** The active filters, so a tag chip shows whether it is one. */
  filters: Filters;
  /** Toggles a tag's filter (a chip's click). */
  onToggleTag: (kind: FilterKind, id: string) => void;
}

const PAGE = 20;
const LAYOUTS: readonly { layout: ResultLayout; label: string }[] = [
  { layout: 'cards', label: 'Cards' },
  { layout: 'table', label: 'Table' },
];

/** The matching briefings as articles or table rows, a page at a time (never one DOM node per briefing of a large corpus). */
export const ResultList = memo(function ResultList({
  results,
  openHref,
  onOpen,
  query,
  emptyAction,
  emptySearchAction,
  renderText,
  matchedFields,
  actions,
  sort,
  onSortChange,
  canSortByDate,
  layout,
  onLayoutChange,
  filters,
  onToggleTag,
}: ResultListProps) {
  const [limit, setLimit] = useState(PAGE);
  const shown = results.slice(0, limit);
  const searching = query.trim() !== '';
  return (
    <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="min-w-0 outline-none">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="results-heading" className="text-xl font-semibold">
          Results{' '}
          <span className="text-base font-normal text-muted tabular-nums">
            ({results.length.toLocaleString('en')})
          </span>
        </h2>
        {actions}
      </div>
      {results.length > 0 && (
        <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <label className="flex items-center gap-2">
            <span className="font-medium">Sort by</span>
            <select
              value={sort === 'date' && !canSortByDate ? 'relevance' : sort}
              onChange={(e) => onSortChange(e.target.value as ResultSort)}
              className="rounded-md border border-line bg-bg px-2 py-1"
            >
              {/* Without a query there is no rank: the list keeps the corpus's own order. */}
              <option value="relevance">{searching ? 'Relevance' : 'Corpus order'}</option>
              <option value="title">Title (A–Z)</option>
              {canSortByDate && <option value="date">Date (newest first)</option>}
            </select>
          </label>
          <div role="group" aria-label="Show results as" className="flex items-center gap-1">
            <span aria-hidden="true" className="mr-1 font-medium">
              Show as
            </span>
            {LAYOUTS.map((l) => (
              <button
                key={l.layout}
                type="button"
                aria-pressed={layout === l.layout}
                onClick={() => onLayoutChange(l.layout)}
                className="rounded-md border border-line px-2.5 py-1 font-medium aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg"
              >
                {l.label}
              </button>
            ))}
          </div>
          {/* The chips' colours tell their kinds apart: named once here. */}
          {layout === 'cards' && <KindLegend kinds={CHIP_KINDS} label="Tag colours" />}
        </div>
      )}
      {results.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line p-6 text-center">
          {searching ? (
            <>
              <p className="font-medium break-words">No briefing matches “{query.trim()}”.</p>
              {emptySearchAction}
            </>
          ) : (
            <>
              <p className="font-medium">No briefing matches these filters.</p>
              {emptyAction}
            </>
          )}
        </div>
      ) : layout === 'table' ? (
        <ResultTable results={shown} openHref={openHref} onOpen={onOpen} renderText={renderText} />
      ) : (
        <ol className="space-y-3">
          {shown.map((b) => (
            <li key={b.id}>
              <BriefingCard
                briefing={b}
                href={openHref(b.id)}
                onOpen={onOpen}
                renderText={renderText}
                matchedFields={matchedFields?.(b.id)}
                filters={filters}
                onToggleTag={onToggleTag}
              />
            </li>
          ))}
        </ol>
      )}
      {results.length > limit && (
        <button
          type="button"
          onClick={() => setLimit((l) => l + PAGE)}
          className="mt-4 rounded-md border border-line bg-surface px-4 py-2 font-medium hover:bg-surface-2"
        >
          Show {Math.min(PAGE, results.length - limit)} more ({results.length - limit} not shown)
        </button>
      )}
    </section>
  );
});
