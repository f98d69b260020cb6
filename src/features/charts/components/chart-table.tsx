import type { ChartDatum } from '@/core/view';

interface ChartTableProps {
  caption: string;
  category: string;
  data: readonly ChartDatum[];
}

/** The plain-table view of a bar chart. */
export function ChartTable({ caption, category, data }: ChartTableProps) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-muted">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-line text-left">
          <th scope="col" className="py-1.5 pr-3 font-semibold">
            {category}
          </th>
          <th scope="col" className="py-1.5 text-right font-semibold">
            Briefings
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.id} className="border-b border-line/50">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              {d.label}
            </th>
            <td className="py-1.5 text-right tabular-nums">{d.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
