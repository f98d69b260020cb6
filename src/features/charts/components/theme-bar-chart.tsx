import { CHARTS, chartDescription, formatN, type ChartDatum } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { BarListChart } from './bar-list-chart';
import { ChartTable } from './chart-table';

interface ThemeBarChartProps {
  /** Extra controls for the figure header (exports). */
  actions?: React.ReactNode;
  data: readonly ChartDatum[];
  /** N: the briefings counted. */
  total: number;
  selected: readonly string[];
  onSelect: (id: string) => void;
}

export function ThemeBarChart({ data, total, selected, onSelect, actions }: ThemeBarChartProps) {
  const chart = CHARTS.themes;
  return (
    <ChartFigure
      actions={actions}
      title={chart.title}
      description={chartDescription(chart, { n: total })}
      chart={<BarListChart data={data} color={chart.color} selected={selected} onSelect={onSelect} />}
      table={
        <ChartTable caption={`${chart.title} (${formatN(total)})`} category={chart.category} data={data} />
      }
    />
  );
}
