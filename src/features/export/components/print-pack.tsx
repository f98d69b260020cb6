import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Briefing } from '@/core/corpus';

/** A printed pack stops here; the rest is one export away. */
const MAX_PRINTED = 500;

export interface PrintedChart {
  title: string;
  /** Drawn shorter than the others (the map: wide, mostly ocean). */
  wide?: boolean;
  /** The chart's SVG export (its rows with no briefing left out and named), drawn by the core's chart-svg. */
  svg: string;
}

interface PrintPackProps {
  corpusName: string;
  /** The view in words: the pack's title and its running header. */
  filters: string;
  shown: number;
  total: number;
  /** The view in sentences (`summarizeView`). */
  summary: readonly string[];
  charts: readonly PrintedChart[];
  briefings: readonly Briefing[];
  printedAt: Date;
}

/**
 * The briefing pack, printed only: the print stylesheet shows this and hides the whole page, so no button or
 * control can print. The view's title and summary, then one chart per half page at most (the charts' own SVG
 * exports, so paper, file and screen agree), then the briefings as a compact table. The running header (view,
 * date) and page numbers come from `@page` rules fed by two custom properties set here.
 */
export function PrintPack({
  corpusName,
  filters,
  shown,
  total,
  summary,
  charts,
  briefings,
  printedAt,
}: PrintPackProps) {
  const printed = briefings.slice(0, MAX_PRINTED);
  const date = printedAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-title', JSON.stringify(`Briefing Atlas · ${filters}`));
    root.setProperty('--print-date', JSON.stringify(`Printed ${date}`));
    return () => {
      root.removeProperty('--print-title');
      root.removeProperty('--print-date');
    };
  }, [filters, date]);
  return createPortal(
    <div className="print-pack wrap-anywhere" aria-hidden="true">
      <header className="print-pack-head">
        <p>Briefing Atlas · briefing pack</p>
        <h1>{filters}</h1>
        <p>
          {shown.toLocaleString('en')} of {total.toLocaleString('en')} briefings · corpus: {corpusName} ·
          printed {date}
        </p>
      </header>
      <ul className="print-pack-summary">
        {summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {charts.map((c) => (
        <figure key={c.title} className={`print-pack-chart ${c.wide ? 'print-pack-map' : ''}`}>
          <SvgPicture svg={c.svg} />
        </figure>
      ))}
      <table className="print-pack-briefings">
        <caption>
          Briefings ({printed.length.toLocaleString('en')}
          {briefings.length > printed.length
            ? ` of ${briefings.length.toLocaleString('en')}: export CSV or JSON for the rest`
            : ''}
          )
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Themes</th>
            <th scope="col">Regions</th>
          </tr>
        </thead>
        <tbody>
          {printed.map((b) => (
            <tr key={b.id}>
              <td>{b.date ?? '—'}</td>
              <td>{b.title}</td>
              <td>{b.themes.map((t) => t.label).join(', ')}</td>
              <td>{b.regions.map((t) => t.label).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}

/**
 * An SVG export drawn in the page: parsed as XML and adopted as nodes (never set as HTML), synchronously, so it is
 * laid out before the browser paginates. Its texts were escaped when the export was built.
 */
function SvgPicture({ svg }: { svg: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return;
    root.removeAttribute('width');
    root.removeAttribute('height');
    ref.current?.replaceChildren(document.importNode(root, true));
  }, [svg]);
  return <div ref={ref} />;
}
