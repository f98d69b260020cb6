import { memo, type MouseEvent } from 'react';
import type { Briefing } from '@/core/corpus';

interface ResultTableProps {
  results: readonly Briefing[];
  openHref: (id: string) => string;
  onOpen: (id: string) => void;
  renderText?: (briefing: Briefing, field: 'title' | 'summary') => React.ReactNode;
}

const labels = (tags: Briefing['regions']) => tags.map((t) => t.label).join(', ');

/** The results as a compact table (title, date, regions, themes), for scanning many at once. */
export const ResultTable = memo(function ResultTable({
  results,
  openHref,
  onOpen,
  renderText,
}: ResultTableProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(id);
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Results: title, date, regions and themes of each briefing</caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Title
            </th>
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
              Date
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Regions
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Themes
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((b) => (
            <tr key={b.id} className="border-t border-line align-top">
              <th scope="row" className="min-w-[12rem] px-3 py-2 font-medium">
                <a
                  href={openHref(b.id)}
                  onClick={(e) => onClick(e, b.id)}
                  className="text-accent underline-offset-2 hover:underline"
                >
                  {b.title ? (renderText?.(b, 'title') ?? b.title) : '(untitled)'}
                </a>
              </th>
              <td className="px-3 py-2 whitespace-nowrap text-muted tabular-nums">{b.date ?? '—'}</td>
              <td className="px-3 py-2">{labels(b.regions) || '—'}</td>
              <td className="px-3 py-2">{labels(b.themes) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
