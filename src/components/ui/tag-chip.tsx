import type { ReactNode } from 'react';

/** A small static label for a tag. */
export function TagChip({ children, kind }: { children: ReactNode; kind?: string }) {
  return (
    <span
      data-kind={kind}
      className="inline-flex max-w-full items-center rounded-full border border-line bg-surface px-2 py-0.5 text-xs font-medium break-words text-fg"
    >
      {children}
    </span>
  );
}
