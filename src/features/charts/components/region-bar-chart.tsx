import type { ChartDatum } from '@/core/view';
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
  const title = 'Briefings by WCO region';
  const regions = data.filter((d) => !d.global);
  const global = data.filter((d) => d.global);
  const max = Math.max(1, ...data.map((d) => d.count));
  return (
    <ChartFigure
      actions={actions}
      title={title}
      description={
        <>
          N = {total} briefings. A briefing counts once in each of its regions. Global means no country or
          region is named; it is shown apart.
        </>
      }
      chart={
        <>
          <BarListChart
            data={regions}
            max={max}
            color="var(--chart-region)"
            selected={selected}
            onSelect={onSelect}
          />
          {global.length > 0 && (
            <div className="mt-2 border-t-2 border-dashed border-line pt-2">
              <BarListChart
                data={global}
                max={max}
                color="var(--chart-global)"
                selected={selected}
                onSelect={onSelect}
                actionLabel={(d) =>
                  `Filter by Global (no geography): ${d.count} ${d.count === 1 ? 'briefing' : 'briefings'}`
                }
              />
            </div>
          )}
        </>
      }
      table={
        <ChartTable
          caption={`${title} (N = ${total}); Global = no geography`}
          category="Region"
          data={data}
        />
      }
    />
  );
}
