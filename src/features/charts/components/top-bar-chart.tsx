import type { ChartDatum } from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { BarListChart } from './bar-list-chart';
import { ChartTable } from './chart-table';

interface TopBarChartProps {
  /** Extra controls for the figure header (exports). */
  actions?: React.ReactNode;
  title: string;
  /** Singular noun for the table header and the rule: "Programme". */
  category: string;
  data: readonly ChartDatum[];
  total: number;
  color: string;
  selected: readonly string[];
  onSelect: (id: string) => void;
}

/** The most frequent values of one kind among the matching briefings ("Top programmes", "Top organisations"). */
export function TopBarChart({
  title,
  category,
  data,
  total,
  color,
  selected,
  onSelect,
  actions,
}: TopBarChartProps) {
  const noun = category.toLowerCase();
  return (
    <ChartFigure
      actions={actions}
      title={title}
      description={
        <>
          N = {total} briefings; the {data.length > 1 ? `${data.length} most named` : 'named'} {noun}s. A
          briefing naming two counts once for each.
        </>
      }
      chart={
        data.length === 0 ? (
          <p className="py-6 text-center text-muted">No {noun} is named in these briefings.</p>
        ) : (
          <BarListChart data={data} color={color} selected={selected} onSelect={onSelect} />
        )
      }
      table={<ChartTable caption={`${title} (N = ${total})`} category={category} data={data} />}
    />
  );
}
