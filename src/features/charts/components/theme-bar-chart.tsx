import type { ChartDatum } from '@/core/view';
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
  const title = 'Briefings by theme';
  return (
    <ChartFigure
      actions={actions}
      title={title}
      description={
        <>
          N = {total} briefings. A briefing with two themes counts once in each, so bars can add up to more
          than N. Themes at 0 are gaps in coverage.
        </>
      }
      chart={<BarListChart data={data} color="var(--chart-theme)" selected={selected} onSelect={onSelect} />}
      table={<ChartTable caption={`${title} (N = ${total})`} category="Theme" data={data} />}
    />
  );
}
