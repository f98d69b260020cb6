import { memo, useMemo } from 'react';
import type { FacetValue } from '@/core/view';

import { OnScreenFirst } from '@/components/ui/on-screen-first';
import { FacetGroup } from './facet-group';
import { FACET_NAMES } from '../facet-names';
import { type FilterKind, FILTER_KINDS } from '@/core/corpus';

interface FacetPanelProps {
  facets: Record<FilterKind, readonly FacetValue[]>;
  onToggle: (kind: FilterKind, id: string) => void;
}

/**
 * All facets, with the rule that combines them stated on the page. Memoised, as is each group: a keystroke that
 * leaves a facet's counts as they were does not redraw its checkboxes; a group off the screen redraws just after.
 */
export const FacetPanel = memo(function FacetPanel({ facets, onToggle }: FacetPanelProps) {
  const toggleOf = useMemo(
    () =>
      Object.fromEntries(FILTER_KINDS.map((kind) => [kind, (id: string) => onToggle(kind, id)])) as Record<
        FilterKind,
        (id: string) => void
      >,
    [onToggle],
  );
  return (
    <section id="filters" tabIndex={-1} aria-labelledby="filters-heading" className="space-y-3 outline-none">
      <div>
        <h2 id="filters-heading" className="text-lg font-semibold">
          Filters
        </h2>
        <p className="mt-1 text-sm text-muted">
          Ticked values in one group combine with <strong>OR</strong>; groups combine with{' '}
          <strong>AND</strong>. The number beside a value counts the briefings that have it and match your
          filters in the other groups.
        </p>
      </div>
      {FILTER_KINDS.map((kind) => (
        <OnScreenFirst key={kind}>
          <FacetGroup
            legend={FACET_NAMES[kind].singular}
            kind={kind}
            plural={FACET_NAMES[kind].plural}
            values={facets[kind]}
            onToggle={toggleOf[kind]}
            collapsedCount={kind === 'themes' || kind === 'regions' ? 16 : 6}
          />
        </OnScreenFirst>
      ))}
    </section>
  );
});
