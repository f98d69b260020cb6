import { useId, useState, type ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  /** The counting rule and N, in words. */
  description: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  className?: string;
  /** Extra controls beside the chart/table switch, e.g. exports. */
  actions?: ReactNode;
}

/** A chart as a figure named by its heading, with a switch between the chart and a plain data table. */
export function ChartFigure({ title, description, chart, table, className = '', actions }: ChartFigureProps) {
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <figure
      aria-labelledby={headingId}
      className={`offscreen-skip min-w-0 rounded-lg border border-line bg-bg p-3 sm:p-4 ${className}`}
    >
      <figcaption className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg leading-tight font-semibold">
            {title}
          </h2>
          <p className="mt-1 text-sm text-muted">{description}</p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2 print:hidden">
          {actions}
          <button
            type="button"
            onClick={() => setShowTable((v) => !v)}
            className="shrink-0 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2"
          >
            {showTable ? 'Show chart' : 'Show table'}
          </button>
        </div>
      </figcaption>
      {showTable ? <div className="overflow-x-auto">{table}</div> : chart}
    </figure>
  );
}
