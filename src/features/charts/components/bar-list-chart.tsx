import { memo } from 'react';
import { formatBriefings, type ChartDatum } from '@/core/view';

interface BarListChartProps {
  data: readonly ChartDatum[];
  /** CSS colour (usually a var()) of the bars. */
  color: string;
  selected: readonly string[];
  onSelect: (id: string) => void;
  /** What a click on a bar does, for its accessible name: "Filter by Europe: 2 briefings". */
  actionLabel?: (d: ChartDatum) => string;
  /** Colour of one bar instead of `color` (e.g. Global in grey). */
  colorOf?: (d: ChartDatum) => string;
  /** Scale maximum, to share one scale between two charts (default: the largest count here). */
  max?: number;
  /**
   * Against the whole: each bar drawn over a faint bar of the value's count in the whole corpus, and labelled
   * "4 of 9", so a share can be read when filters or a query narrow the view.
   */
  compare?: boolean;
}

const defaultAction = (d: ChartDatum) => `Filter by ${d.label}: ${formatBriefings(d.count)}`;

/** A bar's width: a share of the track, less room for the count printed at its end. */
const barWidth = (percent: number, labelRem: number) =>
  `calc(${percent.toFixed(3)}% - ${((percent / 100) * labelRem).toFixed(3)}rem)`;

/**
 * A horizontal bar chart, one bar per category (never per briefing), drawn with plain elements: a row per category
 * with its label, a bar whose length is a percentage of the scale, and the count printed at its end, so colour and
 * length are never the only channel. Each filterable row is a button that applies the filter.
 *
 * No chart library: this chart redraws on every keystroke and filter click, and Recharts spent ~10 ms a chart
 * doing it (and was 100 KB of the first screen's JavaScript); this is a few dozen elements (docs/decisions/008-scale-to-100k.md).
 */
export const BarListChart = memo(function BarListChart({
  data,
  color,
  selected,
  onSelect,
  actionLabel = defaultAction,
  colorOf,
  max: scaleMax,
  compare = false,
}: BarListChartProps) {
  let max = scaleMax ?? 1;
  if (scaleMax === undefined) for (const d of data) max = Math.max(max, compare ? d.corpusCount : d.count);
  const labelRem = compare ? 4.5 : 2.5;
  return (
    <ul className="space-y-1 py-1">
      {data.map((d) => {
        const hit = d.filterable && d.count > 0;
        const percent = Math.min(100, (Math.max(0, d.count) / max) * 100);
        const corpusPercent = Math.min(100, (Math.max(0, d.corpusCount) / max) * 100);
        return (
          <li key={d.id} className="relative flex min-h-7 items-center gap-2 rounded">
            <span
              aria-hidden={hit || undefined}
              className="w-[11.25rem] shrink-0 pr-1 text-right text-[13px] leading-4 break-words"
            >
              {d.label}
            </span>
            <span
              aria-hidden={hit || undefined}
              className="relative flex min-w-0 flex-1 items-center border-l border-line py-1"
            >
              {compare && (
                <span
                  className="absolute left-0 block h-5 rounded-r-sm opacity-25"
                  style={{ width: barWidth(corpusPercent, labelRem), background: colorOf?.(d) ?? color }}
                />
              )}
              <span
                className="relative block h-5 shrink-0 rounded-r-sm"
                style={{ width: barWidth(percent, labelRem), background: colorOf?.(d) ?? color }}
              />
              <span className="relative ml-1.5 text-sm font-semibold whitespace-nowrap tabular-nums">
                {d.count}
                {compare && <span className="font-normal text-muted"> of {d.corpusCount}</span>}
              </span>
            </span>
            {hit && (
              <button
                type="button"
                aria-label={compare ? `${actionLabel(d)} of ${d.corpusCount} in the corpus` : actionLabel(d)}
                aria-pressed={selected.includes(d.id)}
                onClick={() => onSelect(d.id)}
                className="absolute -inset-y-0.5 inset-x-0 cursor-pointer rounded hover:bg-fg/5 focus-visible:outline-3 focus-visible:outline-focus aria-pressed:outline-2 aria-pressed:outline-offset-0 aria-pressed:outline-fg aria-pressed:outline-dashed"
              />
            )}
          </li>
        );
      })}
    </ul>
  );
});
