import { useId } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, XAxis, YAxis } from 'recharts';
// Types only from the core here: this chunk is loaded on demand, and a value imported from a room's entry makes the
// bundler move the shared core into a chunk of its own that runs before main.tsx's first import (zod's no-eval
// setting), so the CSP reports an eval. The panel hands the chart its entry of the chart table and its words.
import type { ChartDefinitions, Timeline } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { ChartTable } from './chart-table';

interface TimelineChartProps {
  /** The timeline's entry of the chart table (title, colour, table column). */
  chart: ChartDefinitions['timeline'];
  /** Its counting rule and note in words (`chartDescription` of the entry). */
  description: string;
  /** A month's label ('Mar 2025'): `formatMonth` of the core, handed in like the words above. */
  monthLabel: (month: string) => string;
  /** Briefings per month of the view, the date range itself left out (so the brush shows what it can reach). */
  timeline: Timeline;
  from: string | null;
  to: string | null;
  onRangeChange: (from: string | null, to: string | null) => void;
  actions?: React.ReactNode;
}

/**
 * Briefings per month, with a brush to pick a date range and two menus that do the same from the keyboard. The
 * range lives in the URL (`from`, `to`); briefings with no date are counted apart, never dropped silently.
 */
export function TimelineChart({
  chart,
  description,
  monthLabel,
  timeline,
  from,
  to,
  onRangeChange,
  actions,
}: TimelineChartProps) {
  const fromId = useId();
  const toId = useId();
  const { months, undated } = timeline;
  const data = months.map((m) => ({ ...m, label: monthLabel(m.month) }));
  const indexOf = (month: string | null, fallback: number) => {
    if (!month) return fallback;
    const i = months.findIndex((m) => m.month >= month);
    return i < 0 ? fallback : i;
  };
  const startIndex = indexOf(from, 0);
  const endIndex = to
    ? Math.max(
        startIndex,
        months.findLastIndex((m) => m.month <= to),
      )
    : months.length - 1;

  const setRange = (start: number, end: number) => {
    const first = start <= 0 ? null : (months[start]?.month ?? null);
    const last = end >= months.length - 1 ? null : (months[end]?.month ?? null);
    onRangeChange(first, last);
  };

  return (
    <ChartFigure
      title={chart.title}
      actions={actions}
      description={description}
      chart={
        <div>
          <div className="mb-2 flex flex-wrap items-end gap-3 text-sm">
            <label htmlFor={fromId} className="flex flex-col">
              From
              <select
                id={fromId}
                value={from ?? ''}
                onChange={(e) => onRangeChange(e.target.value || null, to)}
                className="rounded-md border border-line bg-bg px-2 py-1"
              >
                <option value="">The first month</option>
                {months.map((m) => (
                  <option key={m.month} value={m.month} disabled={!!to && m.month > to}>
                    {monthLabel(m.month)}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={toId} className="flex flex-col">
              To
              <select
                id={toId}
                value={to ?? ''}
                onChange={(e) => onRangeChange(from, e.target.value || null)}
                className="rounded-md border border-line bg-bg px-2 py-1"
              >
                <option value="">The last month</option>
                {months.map((m) => (
                  <option key={m.month} value={m.month} disabled={!!from && m.month < from}>
                    {monthLabel(m.month)}
                  </option>
                ))}
              </select>
            </label>
            {from || to ? (
              <button
                type="button"
                onClick={() => onRangeChange(null, null)}
                className="rounded-md border border-line bg-surface px-3 py-1 font-medium hover:bg-surface-2"
              >
                All dates
              </button>
            ) : null}
          </div>
          <BarChart
            data={data}
            style={{ width: '100%', height: 220 }}
            responsive
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
            <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
            <Bar dataKey="count" isAnimationActive={false} style={{ fill: chart.color }} />
            {months.length > 1 ? (
              <Brush
                dataKey="label"
                height={28}
                startIndex={startIndex}
                endIndex={endIndex}
                travellerWidth={10}
                stroke="var(--accent)"
                fill="var(--surface)"
                ariaLabel="Date range"
                onDragEnd={(range) => setRange(range.startIndex ?? 0, range.endIndex ?? months.length - 1)}
              />
            ) : null}
          </BarChart>
        </div>
      }
      table={
        <ChartTable
          caption={`${chart.title} (briefings with no date counted apart)`}
          category={chart.category}
          data={[
            ...data.map((d) => ({
              id: d.month,
              label: d.label,
              count: d.count,
              corpusCount: d.count,
              filterable: true,
            })),
            { id: 'undated', label: 'No date', count: undated, corpusCount: undated, filterable: false },
          ]}
        />
      }
    />
  );
}
