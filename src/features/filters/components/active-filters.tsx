import { type Filters } from '@/core/view';
import { FACET_NAMES } from '../facet-names';
import { FILTER_KINDS, type FilterKind } from '@/core/corpus';

interface ActiveFiltersProps {
  filters: Filters;
  labelOf: (kind: FilterKind, id: string) => string;
  onRemove: (kind: FilterKind, id: string) => void;
  onClearAll: () => void;
}

/** The active filters as removable chips, with "Clear all". */
export function ActiveFilters({ filters, labelOf, onRemove, onClearAll }: ActiveFiltersProps) {
  const chips = FILTER_KINDS.flatMap((kind) => filters[kind].map((id) => ({ kind, id })));
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {chips.map(({ kind, id }) => {
        const text = `${FACET_NAMES[kind].singular}: ${labelOf(kind, id)}`;
        return (
          <button
            key={`${kind}:${id}`}
            type="button"
            onClick={() => onRemove(kind, id)}
            aria-label={`Remove filter ${text}`}
            className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-accent bg-surface px-3 py-1 text-sm font-medium hover:bg-surface-2"
          >
            <span className="break-words">{text}</span>
            <span aria-hidden="true" className="text-base leading-none">
              ×
            </span>
          </button>
        );
      })}
      <button
        type="button"
        onClick={onClearAll}
        className="rounded-full px-3 py-1 text-sm font-semibold text-accent underline underline-offset-2"
      >
        Clear all
      </button>
    </div>
  );
}
