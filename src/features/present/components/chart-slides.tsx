import { useId, type ReactNode } from 'react';
import { MATRIX_STEPS, matrixStep, type ChartDatum, type CoverageMatrix } from '@/core/view';

/**
 * Charts drawn for a slide: the page's chart definitions (title, colour, ramp, hatching, Global apart) at the
 * size of the room. Everything is in vmin, so a slide fits any landscape screen the same way, and nothing on it
 * can be pressed: a presenter moves with keys, not a mouse.
 */

interface ChartSlideProps {
  title: string;
  /** "1 of 2" when the chart is split over slides. */
  page?: { at: number; of: number };
  /** A short line under the title: N, and what the bars count. */
  lead: string;
  /** The one line saying which rows were left out (no briefings), if any. */
  notCovered?: string | null;
  children: ReactNode;
}

/** A chart on a slide: a figure named by its heading, its N, the chart, and what it leaves out. */
export function ChartSlide({ title, page, lead, notCovered, children }: ChartSlideProps) {
  const headingId = useId();
  return (
    <figure aria-labelledby={headingId} className="slide-figure">
      <figcaption>
        <h2 id={headingId} className="slide-title">
          {title}
          {page && page.of > 1 ? (
            <span className="font-normal text-muted">
              {' '}
              · {page.at} of {page.of}
            </span>
          ) : null}
        </h2>
        <p className="slide-small mt-[0.5vmin] text-muted">{lead}</p>
      </figcaption>
      <div className="flex min-h-0 flex-1 flex-col pt-[2vmin]">{children}</div>
      {notCovered ? <p className="slide-small text-muted">{notCovered}</p> : null}
    </figure>
  );
}

export interface SlideBar extends ChartDatum {
  /** The bar's colour token. */
  color: string;
}

/** Horizontal bars with their labels (wrapped, never cut) and counts; Global rows below a dashed line. */
export function SlideBars({ rows, max }: { rows: readonly SlideBar[]; max: number }) {
  const placed = rows.filter((r) => !r.global);
  const global = rows.filter((r) => r.global);
  const list = (items: readonly SlideBar[]) => (
    <ul className="flex flex-col gap-[1vmin]">
      {items.map((d) => {
        const percent = Math.min(100, (d.count / Math.max(1, max)) * 100);
        return (
          <li key={d.id} className="flex min-h-[4vmin] items-center gap-[2vmin]">
            <span className="slide-label w-[38%] shrink-0 text-right">{d.label}</span>
            <span className="flex min-w-0 flex-1 items-center self-stretch border-l-2 border-line">
              <span
                className="block h-[3vmin] shrink-0 rounded-r-sm"
                style={{
                  width: `calc(${percent.toFixed(3)}% - ${(percent / 100) * 8}vmin)`,
                  background: d.color,
                }}
              />
              <span className="slide-label ml-[1vmin] font-semibold tabular-nums">{d.count}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
  return (
    <div>
      {placed.length > 0 ? list(placed) : null}
      {global.length > 0 ? (
        <div
          className={placed.length > 0 ? 'mt-[1vmin] border-t-2 border-dashed border-line pt-[1vmin]' : ''}
        >
          {list(global)}
        </div>
      ) : null}
    </div>
  );
}

/** The theme × region matrix for a slide: the rows and columns given, every count printed, zeros hatched. */
export function SlideMatrix({
  matrix,
  themes,
  regions,
}: {
  matrix: CoverageMatrix;
  /** Indexes of the themes (rows) to draw. */
  themes: readonly number[];
  /** Indexes of the regions (columns) to draw. */
  regions: readonly number[];
}) {
  return (
    <table className="w-full table-fixed border-separate border-spacing-[0.4vmin]">
      <thead>
        <tr>
          <th scope="col" className="slide-small w-[32%] text-left align-bottom">
            Theme
          </th>
          {regions.map((ri) => {
            const r = matrix.regions[ri]!;
            return (
              <th
                key={r.id}
                scope="col"
                className={`slide-small align-bottom leading-tight font-semibold ${r.global ? 'border-l-2 border-dashed border-line' : ''}`}
              >
                {r.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {themes.map((ti) => {
          const t = matrix.themes[ti]!;
          return (
            <tr key={t.id}>
              <th scope="row" className="slide-label text-left font-medium">
                {t.label}
              </th>
              {regions.map((ri) => {
                const r = matrix.regions[ri]!;
                const count = matrix.cells[ti]?.[ri] ?? 0;
                const step = matrixStep(count, matrix.max);
                return (
                  <td
                    key={r.id}
                    style={step > 0 ? MATRIX_STEPS[step] : undefined}
                    className={`slide-label h-[4.5vmin] text-center font-semibold tabular-nums ${count === 0 ? 'zero-cell text-muted' : ''} ${r.global ? 'border-l-2 border-dashed border-line' : ''}`}
                  >
                    {count}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The summary slide: the view in sentences, so the room hears the finding before the charts. */
export function SummarySlide({ title, sentences }: { title: string; sentences: readonly string[] }) {
  return (
    <div className="m-auto flex max-w-[120vmin] flex-col gap-[3vmin]">
      <h2 className="slide-title">{title}</h2>
      <ul className="flex list-disc flex-col gap-[1.5vmin] pl-[4vmin]">
        {sentences.map((s) => (
          <li key={s} className="slide-lead">
            {s}
          </li>
        ))}
      </ul>
    </div>
  );
}
