import { CHARTS, chartDescription, formatN, formatBriefings, type ChartDatum } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { BarListChart } from './bar-list-chart';
import { ChartTable } from './chart-table';

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
  const regions = data.filter((d) => !d.global);
  const global = data.filter((d) => d.global);
  const max = Math.max(1, ...data.map((d) => d.count));
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
          />
          {global.length > 0 && (
            <div className="mt-2 border-t-2 border-dashed border-line pt-2">
              <BarListChart
                data={global}
                max={max}
                color={chart.globalColor}
                selected={selected}
                onSelect={onSelect}
                actionLabel={(d) => `Filter by Global (no geography): ${formatBriefings(d.count)}`}
              />
            </div>
          )}
        </>
      }
      table={
        <ChartTable
          caption={`${chart.title} (${formatN(total)}); Global = no geography`}
          category={chart.category}
          data={data}
        />
      }
    />
  );
}
