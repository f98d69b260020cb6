import { memo, useState } from 'react';
import type { Briefing } from '@/core/corpus';
import { BriefingCard } from './briefing-card';

interface ResultListProps {
  results: readonly Briefing[];
  openHref: (id: string) => string;
  onOpen: (id: string) => void;
  /** Shown when nothing matches, e.g. a "Clear all" button. */
  emptyAction?: React.ReactNode;
  /** Renders a briefing's title or summary, e.g. with the words a search matched marked. */
  renderText?: (briefing: Briefing, field: 'title' | 'summary') => React.ReactNode;
  /** Which fields a search matched in, shown on each result. */
  matchedFields?: (id: string) => readonly string[] | undefined;
  /** Controls for the list header (exports). */
  actions?: React.ReactNode;
}

const PAGE = 20;

/** The matching briefings as articles, a page at a time (never one DOM node per briefing of a large corpus). */
export const ResultList = memo(function ResultList({
  results,
  openHref,
  onOpen,
  emptyAction,
  renderText,
  matchedFields,
  actions,
}: ResultListProps) {
  const [limit, setLimit] = useState(PAGE);
  const shown = results.slice(0, limit);
  return (
    <section aria-labelledby="results-heading" className="min-w-0">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="results-heading" className="text-xl font-semibold">
          Results
        </h2>
        {actions}
      </div>
      {results.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line p-6 text-center">
          <p className="font-medium">No briefing matches these filters.</p>
          {emptyAction}
        </div>
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
