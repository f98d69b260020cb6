import { useId, type MouseEvent } from 'react';
import type { Briefing } from '@/core/corpus';
import { TagChip } from '@/components/ui/tag-chip';
import { CHIP_KINDS } from '../tag-kind-names';

interface BriefingCardProps {
  briefing: Briefing;
  href: string;
  onOpen: () => void;
  renderText?: (briefing: Briefing, field: 'title' | 'summary') => React.ReactNode;
  /** The fields a search matched in, if a search is active. */
  matchedFields?: readonly string[];
}

/** One result: an article headed by its title (a link that opens it), with its tags as chips. */
export function BriefingCard({ briefing, href, onOpen, renderText, matchedFields }: BriefingCardProps) {
  const headingId = useId();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen();
  };
  const tags = CHIP_KINDS.flatMap((kind) => briefing[kind].map((t) => ({ kind, t })));
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-bg p-4">
      <h3 id={headingId} className="text-lg leading-snug font-semibold">
        <a href={href} onClick={onClick} className="text-accent underline-offset-2 hover:underline">
          {briefing.title ? (renderText?.(briefing, 'title') ?? briefing.title) : '(untitled)'}
        </a>
      </h3>
      {briefing.date && <p className="mt-0.5 text-sm text-muted">{briefing.date}</p>}
      <p className="mt-1 line-clamp-3 text-sm text-muted">
        {renderText?.(briefing, 'summary') ?? briefing.summary}
      </p>
      {matchedFields && matchedFields.length > 0 && (
        <p className="mt-1 text-xs text-muted">Matched in: {matchedFields.join(', ')}</p>
      )}
      {tags.length > 0 && (
        <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1.5">
          {tags.map(({ kind, t }) => (
            <li key={`${kind}:${t.id}`} className="max-w-full">
              <TagChip kind={kind}>{t.label}</TagChip>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
