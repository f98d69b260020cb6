import { useState } from 'react';
import {
  CHARTS,
  chartDescription,
  coveredMatrix,
  formatN,
  formatBriefings,
  MATRIX_STEPS,
  matrixStep,
  type CoverageMatrix,
} from '@/core/view';
import { ChartFigure } from '@/components/ui/chart-figure';
import { GapNote } from './gap-note';

interface CoverageHeatMapProps {
  /** Extra controls for the figure header (exports). */
  actions?: React.ReactNode;
  matrix: CoverageMatrix;
  total: number;
  selectedThemes: readonly string[];
  selectedRegions: readonly string[];
  onSelectCell: (themeId: string, regionId: string) => void;
}

function Matrix({
  matrix,
  total,
  interactive,
  selectedThemes,
  selectedRegions,
  onSelectCell,
}: CoverageHeatMapProps & { interactive: boolean }) {
  const { themes, regions, cells, max } = matrix;
  return (
    <div
      className="overflow-x-auto"
      // A region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label="Theme × region table (scrolls sideways)"
    >
      <table className="w-full min-w-[40rem] border-separate border-spacing-0.5 text-sm">
        <caption className="sr-only">
          Briefings per theme and WCO region ({formatN(total)}). Zero means no briefing covers that theme in
          that region.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="px-1 py-1 text-left align-bottom text-xs font-semibold">
              Theme
            </th>
            {regions.map((r) => (
              <th
                key={r.id}
                scope="col"
                className={`w-[10%] px-1 py-1 text-center align-bottom text-xs leading-tight font-semibold ${r.global ? 'border-l-2 border-dashed border-line' : ''}`}
              >
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((t, ti) => (
            <tr key={t.id}>
              <th scope="row" className="px-1 py-0.5 text-left text-xs font-medium sm:text-sm">
                {t.label}
              </th>
              {regions.map((r, ri) => {
                const count = cells[ti]?.[ri] ?? 0;
                const step = interactive ? matrixStep(count, max) : 0;
                // The ramp of the chart table, which the SVG export draws with too.
                const style = step > 0 ? MATRIX_STEPS[step] : undefined;
                const zero = count === 0;
                const pressed = selectedThemes.includes(t.id) && selectedRegions.includes(r.id);
                return (
                  <td
                    key={r.id}
                    style={style}
                    className={`h-9 text-center tabular-nums ${zero ? 'text-muted' : ''} ${zero && interactive ? 'bg-[repeating-linear-gradient(135deg,transparent_0_5px,var(--surface-2)_5px_7px)] outline outline-1 -outline-offset-1 outline-line' : ''} ${r.global ? 'border-l-2 border-dashed border-line' : ''}`}
                  >
                    {interactive && !zero && r.filterable ? (
                      <button
                        type="button"
                        aria-pressed={pressed}
                        aria-label={`Filter by ${t.label} in ${r.label}: ${formatBriefings(count)}`}
                        onClick={() => onSelectCell(t.id, r.id)}
                        className={`h-full min-h-9 w-full cursor-pointer font-semibold hover:underline ${pressed ? 'ring-2 ring-fg ring-inset' : ''}`}
                      >
                        {count}
                      </button>
                    ) : (
                      <span className={zero ? 'font-medium' : ''}>{count}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Theme × region coverage as a table of counts, shaded by a single-hue ramp; zero cells are hatched, not hidden.
 * Rows follow the theme chart's order; themes and regions with no briefing in the corpus are named under the table.
 */
export function CoverageHeatMap(props: CoverageHeatMapProps) {
  const [showAll, setShowAll] = useState(false);
  const matrix = showAll ? props.matrix : coveredMatrix(props.matrix);
  const absent = [
    ...props.matrix.themes.filter((t) => t.corpusCount === 0),
    ...props.matrix.regions.filter((r) => r.corpusCount === 0 && !r.global),
  ];
  return (
    <ChartFigure
      actions={props.actions}
      title={CHARTS.matrix.title}
      description={chartDescription(CHARTS.matrix, { n: props.total })}
      chart={
        <>
          <Matrix {...props} matrix={matrix} interactive />
          <GapNote
            lead="No briefings on"
            absent={absent}
            showAll={showAll}
            onToggle={() => setShowAll((v) => !v)}
            noun="rows and columns"
          />
        </>
      }
      table={<Matrix {...props} matrix={matrix} interactive={false} />}
    />
  );
}
