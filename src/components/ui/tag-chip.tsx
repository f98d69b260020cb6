import type { ReactNode } from 'react';
import { kindColor } from './kind-color';

/**
 * A small static label for a tag, its kind's colour as a thick left edge (the text stays on the neutral chip, so it
 * reads the same for every kind).
 */
export function TagChip({ children, kind }: { children: ReactNode; kind?: string }) {
  const color = kind ? kindColor(kind) : undefined;
  return (
    <span
      data-kind={kind}
      className={`inline-flex max-w-full items-center rounded-md border border-line bg-surface py-0.5 pr-2 text-xs font-medium break-words text-fg ${color ? 'border-l-[5px] pl-1.5' : 'pl-2'}`}
      style={color ? { borderLeftColor: color } : undefined}
    >
      {children}
    </span>
  );
}
