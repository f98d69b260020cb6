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
    <div className="m-auto flex max-w-5xl flex-col gap-6 text-center wrap-anywhere">
      <p className="text-2xl text-muted">Briefing Atlas</p>
      <h2 className="text-5xl leading-tight font-bold">{viewName ?? filters}</h2>
      {viewName ? <p className="text-2xl">{filters}</p> : null}
      <p className="text-3xl">
        <strong>{shown.toLocaleString('en')}</strong> of {total.toLocaleString('en')} briefings
      </p>
      <p className="text-xl text-muted">
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
    <article className="mx-auto flex max-w-6xl flex-col gap-6 wrap-anywhere">
      <p className="text-xl text-muted">
        Briefing {position} of {of}
        {briefing.date ? ` · ${briefing.date}` : ''}
      </p>
      <h2 className="text-4xl leading-tight font-bold">{briefing.title}</h2>
      <p className="text-2xl leading-relaxed">{briefing.summary}</p>
      <dl className="grid grid-cols-1 gap-x-8 gap-y-2 text-xl sm:grid-cols-[max-content_1fr]">
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
