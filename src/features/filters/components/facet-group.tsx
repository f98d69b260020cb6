import { memo, useId, useState } from 'react';
import type { FacetValue } from '@/core/view';
import { KindSwatch } from '@/components/ui/kind-color';

interface FacetGroupProps {
  legend: string;
  /** The tag kind it filters: its colour beside the legend, as on its chips, bars and map. */
  kind?: string;
  /** Plural noun for "Show all 42 countries" and the search box label. */
  plural: string;
  values: readonly FacetValue[];
  onToggle: (id: string) => void;
  /** How many values show before "Show all". */
  collapsedCount?: number;
}

const SEARCHABLE_FROM = 8;

/**
 * One facet: a group of checkboxes named "<value> (<count>)". Values at 0 stay visible, greyed. Long facets get a
 * search box and show their top values until "Show all"; selected values are always shown.
 */
export const FacetGroup = memo(function FacetGroup({
  legend,
  kind,
  plural,
  values,
  onToggle,
  collapsedCount = 6,
}: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const [needle, setNeedle] = useState('');
  const searchId = useId();
  const listId = useId();
  const searchable = values.length >= SEARCHABLE_FROM;
  const query = needle.trim().toLowerCase();
  const matching = query
    ? values.filter((v) => v.label.toLowerCase().includes(query) || v.id.toLowerCase() === query)
    : values;
  const collapsible = !query && matching.length > collapsedCount;
  const shown =
    collapsible && !expanded ? matching.filter((v, i) => i < collapsedCount || v.selected) : matching;

  return (
    <fieldset className="min-w-0 border-t border-line pt-3">
      <legend className="float-left mb-2 flex w-full items-center gap-2 text-base font-semibold">
        {kind ? <KindSwatch kind={kind} /> : null}
        {legend}
      </legend>
      {searchable && (
        <div className="clear-both mb-2">
          <label htmlFor={searchId} className="sr-only">
            Find {plural}
          </label>
          <input
            id={searchId}
            type="text"
            value={needle}
            onChange={(e) => setNeedle(e.target.value)}
            placeholder={`Find ${plural}…`}
            autoComplete="off"
            className="w-full rounded-md border border-line bg-bg px-2 py-1.5 text-sm placeholder:text-faint"
          />
        </div>
      )}
      <ul id={listId} className="clear-both space-y-0.5">
        {shown.map((v) => (
          <FacetRow
            key={v.id}
            inputId={`${listId}-${v.id}`}
            id={v.id}
            label={v.label}
            count={v.count}
            selected={v.selected}
            onToggle={onToggle}
          />
        ))}
        {shown.length === 0 && (
          <li className="px-1 py-1 text-sm text-muted">
            {needle.trim() ? `No ${plural} match “${needle}”.` : `No ${plural} in these briefings.`}
          </li>
        )}
      </ul>
      {collapsible && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
          className="mt-1 rounded px-1 py-0.5 text-sm font-medium text-accent underline underline-offset-2"
        >
          {expanded ? `Show top ${collapsedCount} only` : `Show all ${matching.length} ${plural}`}
        </button>
      )}
    </fieldset>
  );
});

/** One checkbox, "<value> (<count>)"; memoised, so only the rows whose count or tick changed are redrawn. */
const FacetRow = memo(function FacetRow({
  inputId,
  id,
  label,
  count,
  selected,
  onToggle,
}: {
  inputId: string;
  id: string;
  label: string;
  count: number;
  selected: boolean;
  onToggle: (id: string) => void;
}) {
  const empty = count === 0 && !selected;
  return (
    <li>
      <label
        htmlFor={inputId}
        className={`flex cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-surface-2 ${empty ? 'text-faint' : ''}`}
      >
        <input
          id={inputId}
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(id)}
          className="mt-1 size-4 shrink-0 accent-accent"
        />
        <span className="min-w-0 flex-1 break-words">
          {label} <span className="tabular-nums">({count})</span>
        </span>
      </label>
    </li>
  );
});
