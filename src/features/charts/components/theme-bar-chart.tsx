import { useState } from 'react';
import { CHARTS, chartDescription, formatN, type ChartDatum } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { BarListChart } from './bar-list-chart';
import { ChartTable } from './chart-table';
import { GapNote, isNarrowed } from './gap-note';

interface ThemeBarChartProps {
  /** Extra controls for the figure header (exports). */
  actions?: React.ReactNode;
  /** Every theme, in the corpus's order (most briefings first): the order does not follow the view. */
  data: readonly ChartDatum[];
  /** N: the briefings counted. */
  total: number;
  selected: readonly string[];
  onSelect: (id: string) => void;
}

/**
 * Briefings per theme. Themes the corpus has no briefing on are named in a sentence under the bars, not drawn as
 * zeros ("Show all" brings them back); the bars keep the corpus's order, so a click never moves the bar under the
 * pointer; when the view is narrowed, each bar is read against the whole corpus ("4 of 9").
 */
export function ThemeBarChart({ data, total, selected, onSelect, actions }: ThemeBarChartProps) {
  const chart = CHARTS.themes;
  const [showAll, setShowAll] = useState(false);
  const absent = data.filter((d) => d.corpusCount === 0);
  const shown = showAll ? data : data.filter((d) => d.corpusCount > 0);
  const compare = isNarrowed(data);
  return (
    <ChartFigure
      actions={actions}
      title={chart.title}
      description={chartDescription(chart, { n: total })}
      chart={
        <>
          <BarListChart
            data={shown}
            color={chart.color}
            selected={selected}
            onSelect={onSelect}
            compare={compare}
          />
          <GapNote
            lead="No briefings on"
            absent={absent}
            showAll={showAll}
            onToggle={() => setShowAll((v) => !v)}
            noun="themes"
          />
        </>
      }
      table={
        <ChartTable
          caption={`${chart.title} (${formatN(total)})`}
          category={chart.category}
          data={shown}
          compare={compare}
        />
      }
    />
  );
}
