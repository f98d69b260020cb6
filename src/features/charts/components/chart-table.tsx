import type { ChartDatum } from '@/core/view';

interface ChartTableProps {
  caption: string;
  category: string;
  data: readonly ChartDatum[];
  /** Adds the corpus's count beside the view's ("4 of 9"), when filters narrow the view. */
  compare?: boolean;
}

/** The plain-table view of a bar chart. */
export function ChartTable({ caption, category, data, compare = false }: ChartTableProps) {
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
          {compare && (
            <th scope="col" className="py-1.5 pl-3 text-right font-semibold">
              In the corpus
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.id} className="border-b border-line/50">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              {d.label}
            </th>
            <td className="py-1.5 text-right tabular-nums">{d.count}</td>
            {compare && <td className="py-1.5 pl-3 text-right text-muted tabular-nums">{d.corpusCount}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
