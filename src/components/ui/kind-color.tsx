import { TAG_KIND_NAMES, type TagKind } from '@/core/corpus';
import { isColoredKind, KIND_COLOR } from '@/core/view';

/**
 * A tag kind's colour as CSS (decision 020: one colour per kind, the same on its bars, the map, chips, evidence and
 * legends), or undefined for a kind with none (places named in another role).
 * @example kindColor('regions') // → 'var(--kind-regions)'
 */
export function kindColor(kind: string): string | undefined {
  return isColoredKind(kind) ? KIND_COLOR[kind] : undefined;
}

/** A small square of a kind's colour, beside the kind's name (facet legends, the detail's list, the chip key). */
export function KindSwatch({ kind }: { kind: string }) {
  const color = kindColor(kind);
  if (!color) return null;
  return (
    <span
      aria-hidden="true"
      data-kind={kind}
      className="inline-block size-[0.8em] shrink-0 rounded-[2px]"
      style={{ background: color }}
    />
  );
}

/** A key to the colours of some kinds, each named: where colour tells kinds apart (tag chips). */
export function KindLegend({ kinds, label }: { kinds: readonly TagKind[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
      {kinds.filter(isColoredKind).map((kind) => (
        <li key={kind} className="flex items-center gap-1">
          <KindSwatch kind={kind} />
          {TAG_KIND_NAMES[kind].one}
        </li>
      ))}
    </ul>
  );
}
