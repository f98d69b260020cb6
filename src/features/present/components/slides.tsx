import type { Briefing } from '@/core/corpus';
import { TAG_KIND_LIST } from '@/core/corpus';

const KIND_LABELS = TAG_KIND_LIST;

export interface TitleSlideProps {
  corpusName: string;
  /** The saved view's name, in a deck of several. */
  viewName?: string | null;
  /** The active query and filters in words ("All briefings" when none). */
  filters: string;
  shown: number;
  total: number;
  generatedAt: Date;
}

/** The first slide: what is being shown, from which corpus, and when. */
export function TitleSlide({ corpusName, viewName, filters, shown, total, generatedAt }: TitleSlideProps) {
  return (
    <div className="m-auto flex max-w-[120vmin] flex-col gap-[3vmin] text-center wrap-anywhere">
      <p className="slide-lead text-muted">Briefing Atlas</p>
      <h2 className="slide-hero">{viewName ?? filters}</h2>
      {viewName ? <p className="slide-lead">{filters}</p> : null}
      <p className="slide-lead">
        <strong>{shown.toLocaleString('en')}</strong> of {total.toLocaleString('en')} briefings
      </p>
      <p className="slide-small text-muted">
        Corpus: {corpusName} · generated{' '}
        {generatedAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}
      </p>
    </div>
  );
}

/** One key briefing per slide, with its tags. */
export function BriefingSlide({
  briefing,
  position,
  of,
}: {
  briefing: Briefing;
  position: number;
  of: number;
}) {
  return (
    <article className="m-auto flex max-w-[125vmin] flex-col gap-[2.5vmin] wrap-anywhere">
      <p className="slide-small text-muted">
        Briefing {position} of {of}
        {briefing.date ? ` · ${briefing.date}` : ''}
      </p>
      <h2 className="slide-title">{briefing.title}</h2>
      <p className="slide-label">{briefing.summary}</p>
      <dl className="slide-small grid grid-cols-[max-content_1fr] gap-x-[3vmin] gap-y-[0.8vmin]">
        {KIND_LABELS.filter(([kind]) => briefing[kind].length > 0).map(([kind, label]) => (
          <div key={kind} className="contents">
            <dt className="font-semibold text-muted">{label}</dt>
            <dd>{briefing[kind].map((t) => t.label).join(' · ')}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
