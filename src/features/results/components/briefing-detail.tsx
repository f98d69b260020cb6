import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { TAG_KINDS, TAG_KIND_NAMES, type Briefing, type Tag, type TagKind } from '@/core/corpus';
import { describeSource, explainVia, groupPlaces, tagName, type Span } from '@/core/view';
import { KindSwatch } from '@/components/ui/kind-color';
import { EvidenceText } from './evidence-text';

/** What the page adds to the list of tags so an analyst can correct them (src/app composes the corrections feature in). */
export interface TagCorrectionSlots {
  /** The kinds listed, each even with no tag yet (so one can be added). */
  kinds: readonly TagKind[];
  /** Said instead of the tagger's words for a tag the tagger did not give (null: the tagger's words). */
  reasonOf: (kind: TagKind, tag: Tag) => string | null;
  /** Controls after a tag ("Not right", or a mark and Undo). */
  actionsOf: (kind: TagKind, tag: Tag) => ReactNode;
  /** After a kind's tags: the tags an analyst removed, and "Add…". */
  afterKind: (kind: TagKind) => ReactNode;
  /** Something the analyst must know about their corrections (they could not be kept). */
  notice: string | null;
}

interface BriefingDetailProps {
  briefing: Briefing;
  onClose: () => void;
  corrections?: TagCorrectionSlots;
}

const keyOf = (kind: TagKind, tag: Tag) => `${kind}:${tag.id}`;
const kindOfKey = (key: string) => key.slice(0, key.indexOf(':'));

/**
 * A briefing in full, as a modal dialog named by its title: the text with each tag's evidence marked in place, and
 * "Why is this tagged" — each tag with the words that made it.
 */
export function BriefingDetail({ briefing, onClose, corrections }: BriefingDetailProps) {
  // The link when it has one (only http(s): never javascript:, data: or anything else), else the corpus and line.
  const source = describeSource(briefing);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // Removing an open dialog closes it without a close event; give focus back to what opened it.
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const { spans, names } = useMemo(() => {
    const spans: Record<'title' | 'summary', Span[]> = { title: [], summary: [] };
    const names = new Map<string, string>();
    for (const kind of TAG_KINDS) {
      for (const tag of briefing[kind]) {
        const key = keyOf(kind, tag);
        names.set(key, tagName(kind, tag, TAG_KIND_NAMES[kind].one));
        for (const e of tag.evidence) spans[e.field].push({ start: e.start, end: e.end, key });
      }
    }
    return { spans, names };
  }, [briefing]);
  const nameOf = (key: string) => names.get(key) ?? key;

  // Places are told by role in their own section; the list of reasons shows the other kinds (every kind an analyst
  // can correct, when they can).
  const reasons = (
    corrections?.kinds ?? TAG_KINDS.filter((kind) => kind !== 'mentions' && kind !== 'funders')
  )
    .map((kind) => ({ kind, tags: briefing[kind] }))
    .filter((g) => corrections || g.tags.length > 0);
  const places = groupPlaces(briefing);
  const reasonOf = (kind: TagKind, tag: Tag) => {
    const said = corrections?.reasonOf(kind, tag);
    return said ? <span>{said}</span> : <Reason tag={tag} briefing={briefing} />;
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[min(92vh,60rem)] w-[min(100vw-1rem,52rem)] max-w-none overflow-y-auto rounded-xl border border-line bg-bg p-0 text-fg shadow-2xl wrap-anywhere backdrop:bg-black/60"
    >
      <div className="sticky top-0 flex items-start justify-between gap-3 border-b border-line bg-bg p-4 sm:px-6">
        <h2 id={titleId} className="text-xl leading-snug font-semibold sm:text-2xl">
          <EvidenceText
            text={briefing.title || '(untitled)'}
            spans={spans.title}
            nameOf={nameOf}
            kindOf={kindOfKey}
          />
        </h2>
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="shrink-0 rounded-md border border-line bg-surface px-3 py-1.5 font-medium hover:bg-surface-2"
        >
          Close
        </button>
      </div>
      <div className="space-y-6 p-4 sm:px-6">
        {briefing.date ? <p className="text-sm text-muted">{briefing.date}</p> : null}
        {source?.kind === 'link' ? (
          <p className="text-sm">
            Source:{' '}
            <a
              href={source.href}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="break-all text-accent underline"
            >
              {source.href}
            </a>
          </p>
        ) : source ? (
          <p className="text-sm text-muted">Source: {source.text}</p>
        ) : null}
        <p className="text-base leading-relaxed sm:text-lg">
          <EvidenceText text={briefing.summary} spans={spans.summary} nameOf={nameOf} kindOf={kindOfKey} />
        </p>
        {places.length > 0 ? (
          <section aria-labelledby={`${titleId}-places`}>
            <h3 id={`${titleId}-places`} className="text-lg font-semibold">
              Places and their roles
            </h3>
            <p className="mt-1 text-sm text-muted">
              Only where it happened and who took part count in the charts; funders, experts&apos; home
              countries, routes and languages are kept apart.
            </p>
            <dl className="mt-3 space-y-2">
              {places.map((group) => (
                <div key={group.role} className="flex flex-wrap gap-x-2">
                  <dt className="font-semibold">{group.name}:</dt>
                  <dd>
                    {group.tags.map(({ kind, tag }, i) => (
                      <span key={keyOf(kind, tag)}>
                        {i > 0 ? ', ' : ''}
                        {tag.label}
                        <span className="text-muted"> ({reasonOf(kind, tag)})</span>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        <section aria-labelledby={`${titleId}-why`}>
          <h3 id={`${titleId}-why`} className="text-lg font-semibold">
            Why is this tagged
          </h3>
          <p className="mt-1 text-sm text-muted">
            Each tag, and the words in the text that made it. Those words are marked above in the colour of
            their kind, as on the chips, charts and map.
            {corrections
              ? ' If a tag is wrong, say so: every count, chart, map, slide and export follows your correction.'
              : ''}
          </p>
          {corrections?.notice ? (
            <p role="alert" className="mt-2 rounded-md border border-warn-border bg-warn-bg p-2 text-sm">
              {corrections.notice}
            </p>
          ) : null}
          {reasons.length === 0 ? (
            <p className="mt-2">This briefing has no tags.</p>
          ) : (
            <dl className="mt-3 space-y-3">
              {reasons.map(({ kind, tags }) => (
                <div key={kind}>
                  <dt className="flex items-center gap-1.5 text-sm font-semibold tracking-wide text-muted uppercase">
                    <KindSwatch kind={kind} />
                    {TAG_KIND_NAMES[kind].many}
                  </dt>
                  <dd>
                    {tags.length > 0 ? (
                      <ul className="mt-1 space-y-1">
                        {tags.map((tag) => (
                          <li key={tag.id} className="break-words">
                            <span className="font-semibold">{tag.label}</span> ← {reasonOf(kind, tag)}
                            {corrections ? <> {corrections.actionsOf(kind, tag)}</> : null}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="mt-1 text-sm text-muted">None.</p>
                    )}
                    {corrections?.afterKind(kind)}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      </div>
    </dialog>
  );
}

function Reason({ tag, briefing }: { tag: Tag; briefing: Briefing }) {
  const words = [...new Set(tag.evidence.map((e) => briefing[e.field].slice(e.start, e.end)))].filter(
    Boolean,
  );
  const parts: string[] = words.map((w) => `“${w}”`);
  const via = explainVia(briefing, tag);
  if (via.length > 0)
    parts.push(via[0] === 'from the file' ? 'given by the imported file' : `through ${via.join(', ')}`);
  if (parts.length === 0) {
    return (
      <span className="text-muted">
        {tag.label === 'Global' ? 'no country or region is named' : 'no words recorded'}
      </span>
    );
  }
  return <span>{parts.join(', ')}</span>;
}
