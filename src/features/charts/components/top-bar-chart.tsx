import { CHARTS, chartDescription, formatN, type ChartDatum } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { BarListChart } from './bar-list-chart';
import { ChartTable } from './chart-table';

interface TopBarChartProps {
  /** Extra controls for the figure header (exports). */
  actions?: React.ReactNode;
  /** Which chart of the table (core/view chart-definitions): its title, rule, colour and noun. */
  chart: 'programmes' | 'organizations' | 'funders';
  data: readonly ChartDatum[];
  total: number;
  selected: readonly string[];
  onSelect: (id: string) => void;
}

/** The most frequent values of one kind among the matching briefings ("Top programmes", "Top organisations"). */
export function TopBarChart({ chart: id, data, total, selected, onSelect, actions }: TopBarChartProps) {
  const chart = CHARTS[id];
  return (
    <ChartFigure
      actions={actions}
      title={chart.title}
      description={chartDescription(chart, { n: total, shown: data.length })}
      chart={
        data.length === 0 ? (
          <p className="py-6 text-center text-muted">No {chart.what.one} is named in these briefings.</p>
        ) : (
          <BarListChart data={data} color={chart.color} selected={selected} onSelect={onSelect} />
        )
      }
      table={
        <ChartTable caption={`${chart.title} (${formatN(total)})`} category={chart.category} data={data} />
      }
    />
  );
}
