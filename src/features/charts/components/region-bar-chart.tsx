import { useState } from 'react';
import { CHARTS, chartDescription, formatN, formatBriefings, type ChartDatum } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { BarListChart } from './bar-list-chart';
import { ChartTable } from './chart-table';
import { GapNote, isNarrowed } from './gap-note';

interface RegionBarChartProps {
  /** Extra controls for the figure header (exports). */
  actions?: React.ReactNode;
  /** The WCO regions in order, Global last (flagged `global`). */
  data: readonly ChartDatum[];
  total: number;
  selected: readonly string[];
  onSelect: (id: string) => void;
}

export function RegionBarChart({ data, total, selected, onSelect, actions }: RegionBarChartProps) {
  const chart = CHARTS.regions;
  const [showAll, setShowAll] = useState(false);
  // WCO regions with no briefing in the corpus are named under the bars, not drawn as zeros.
  const absent = data.filter((d) => d.corpusCount === 0 && !d.global);
  const shown = showAll ? data : data.filter((d) => d.corpusCount > 0);
  const regions = shown.filter((d) => !d.global);
  const global = shown.filter((d) => d.global);
  const compare = isNarrowed(data);
  let max = 1;
  for (const d of data) max = Math.max(max, compare ? d.corpusCount : d.count);
  return (
    <ChartFigure
      actions={actions}
      title={chart.title}
      description={chartDescription(chart, { n: total })}
      chart={
        <>
          <BarListChart
            data={regions}
            max={max}
            color={chart.color}
            selected={selected}
            onSelect={onSelect}
            compare={compare}
          />
          {global.length > 0 && (
            <div className="mt-2 border-t-2 border-dashed border-line pt-2">
              <BarListChart
                data={global}
                max={max}
                color={chart.globalColor}
                selected={selected}
                onSelect={onSelect}
                compare={compare}
                actionLabel={(d) => `Filter by Global (no geography): ${formatBriefings(d.count)}`}
              />
            </div>
          )}
          <GapNote
            lead="No briefings from"
            absent={absent}
            showAll={showAll}
            onToggle={() => setShowAll((v) => !v)}
            noun="regions"
          />
        </>
      }
      table={
        <ChartTable
          caption={`${chart.title} (${formatN(total)}); Global = no geography`}
          category={chart.category}
          data={shown}
          compare={compare}
        />
      }
    />
  );
}
