import type { Briefing } from '@/core/corpus';
import { TAG_KIND_LIST } from '@/core/corpus';

const KINDS = TAG_KIND_LIST;

/** A printed pack stops here; the rest is one export away. */
const MAX_PRINTED = 500;

interface PrintPackProps {
  corpusName: string;
  filters: string;
  shown: number;
  total: number;
  briefings: readonly Briefing[];
}

/**
 * The briefing pack: printed only (the print stylesheet shows it and hides the screen's controls). A header with
 * the view's provenance goes first; the charts print from the page; the briefings follow with their tags.
 */
export function PrintPackHeader({ corpusName, filters, shown, total }: Omit<PrintPackProps, 'briefings'>) {
  return (
    <div className="hidden wrap-anywhere print:block">
      <p className="text-sm">Briefing Atlas · briefing pack</p>
      <h2 className="text-2xl font-bold">{filters}</h2>
      <p>
        {shown.toLocaleString('en')} of {total.toLocaleString('en')} briefings · corpus: {corpusName} ·
        printed {new Date().toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}
      </p>
    </div>
  );
}

export function PrintPackBriefings({ briefings }: { briefings: readonly Briefing[] }) {
  const printed = briefings.slice(0, MAX_PRINTED);
  return (
    <section className="hidden wrap-anywhere print:block" aria-hidden="true">
      <h2 className="mt-6 text-xl font-bold">Briefings</h2>
      {printed.map((b) => (
        <article key={b.id} className="print-briefing mt-4">
          <h3 className="font-semibold">{b.title}</h3>
          {b.date ? <p className="text-sm">{b.date}</p> : null}
          <p className="text-sm">{b.summary}</p>
          <p className="text-xs">
            {KINDS.filter(([k]) => b[k].length > 0)
              .map(([k, label]) => `${label}: ${b[k].map((t) => t.label).join(', ')}`)
              .join(' · ')}
          </p>
        </article>
      ))}
      {briefings.length > printed.length ? (
        <p className="mt-4 text-sm">
          …and {(briefings.length - printed.length).toLocaleString('en')} more: export CSV or JSON for the
          full list.
        </p>
      ) : null}
    </section>
  );
}
