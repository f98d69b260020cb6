import { memo, useId, type MouseEvent } from 'react';
import type { Briefing, FilterKind } from '@/core/corpus';
import type { Filters } from '@/core/view';
import { TagChip } from '@/components/ui/tag-chip';
import { CHIP_KINDS, isFilterKind } from '@/core/corpus';

interface BriefingCardProps {
  briefing: Briefing;
  href: string;
  /** Called with the briefing's id (one stable function serves every card). */
  onOpen: (id: string) => void;
  renderText?: (briefing: Briefing, field: 'title' | 'summary') => React.ReactNode;
  /** The fields a search matched in, if a search is active. */
  matchedFields?: readonly string[];
  /** The active filters: a chip whose tag is one shows as pressed. */
  filters: Filters;
  /** Toggles a tag's filter (one stable function serves every card). */
  onToggleTag: (kind: FilterKind, id: string) => void;
}

/**
 * One result: an article headed by its title (a link that opens it), with its tags as chips. Memoised: with stable
 * props only the cards whose link or highlights changed are redrawn.
 */
export const BriefingCard = memo(function BriefingCard({
  briefing,
  href,
  onOpen,
  renderText,
  matchedFields,
  filters,
  onToggleTag,
}: BriefingCardProps) {
  const headingId = useId();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(briefing.id);
  };
  return (
    <article
      aria-labelledby={headingId}
      className="offscreen-skip rounded-lg border border-line bg-bg p-4 wrap-anywhere"
    >
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
      <BriefingTags briefing={briefing} filters={filters} onToggle={onToggleTag} />
    </article>
  );
});

/**
 * The tags of a briefing as chips, each a button that toggles that tag's filter. Depends on the briefing and the
 * filters only (the page hands out the same filters object while they are unchanged), so typing never redraws it.
 */
const BriefingTags = memo(function BriefingTags({
  briefing,
  filters,
  onToggle,
}: {
  briefing: Briefing;
  filters: Filters;
  onToggle: (kind: FilterKind, id: string) => void;
}) {
  const tags = CHIP_KINDS.filter(isFilterKind).flatMap((kind) => briefing[kind].map((t) => ({ kind, t })));
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1.5">
      {tags.map(({ kind, t }) => {
        const active = filters[kind].includes(t.id);
        return (
          <li key={`${kind}:${t.id}`} className="max-w-full">
            <button
              type="button"
              aria-pressed={active}
              aria-label={`Filter by ${t.label}`}
              title={active ? `Remove the filter ${t.label}` : `Show only briefings tagged ${t.label}`}
              onClick={() => onToggle(kind, t.id)}
              className="max-w-full rounded-md text-left hover:brightness-95 aria-pressed:ring-2 aria-pressed:ring-accent"
            >
              <TagChip kind={kind}>{t.label}</TagChip>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
