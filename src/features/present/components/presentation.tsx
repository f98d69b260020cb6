import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface Slide {
  /** Short name for the counter and screen readers, e.g. "Briefings by theme". */
  title: string;
  content: ReactNode;
}

export interface PresentationProps {
  slides: readonly Slide[];
  /** 0-based slide shown; lives in the URL so a reload or a shared link opens the same slide. */
  index: number;
  onIndexChange: (index: number) => void;
  onExit: () => void;
}

/** Keys a presenter or a clicker sends: clickers send PageUp/PageDown (some also arrows or B/period). */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/**
 * Full-screen slides over the live view: large type, the projector theme, an "n / N" counter, and nothing that
 * needs a mouse. Escape returns to the same view.
 */
export function Presentation({ slides, index, onIndexChange, onExit }: PresentationProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const count = slides.length;
  const current = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
  const slide = slides[current];

  // What had focus when presenting began (the Present button), read while rendering: by the first effect the page
  // behind is inert and focus has left it. Leaving gives focus back there, not to the page's body.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );

  useEffect(() => {
    rootRef.current?.focus();
    const element = document.documentElement;
    // Full screen where the browser allows it (it needs the user's gesture: the Present click).
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      element.requestFullscreen?.().catch(() => undefined);
    }
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, [opener]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // A focused button inside a slide keeps Enter and Space for itself.
      if (
        target?.closest('button, a, input, select, textarea') &&
        (event.key === 'Enter' || event.key === ' ')
      )
        return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
      } else if (NEXT.has(event.key)) {
        event.preventDefault();
        onIndexChange(Math.min(current + 1, count - 1));
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault();
        onIndexChange(Math.max(current - 1, 0));
      } else if (event.key === 'Home') {
        event.preventDefault();
        onIndexChange(0);
      } else if (event.key === 'End') {
        event.preventDefault();
        onIndexChange(count - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, count, onExit, onIndexChange]);

  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      role="region"
      aria-roledescription="presentation"
      aria-label="Presentation"
      data-theme-projector=""
      className="presentation fixed inset-0 z-50 flex flex-col bg-bg text-fg outline-none"
    >
      <section
        aria-roledescription="slide"
        aria-label={`${current + 1} of ${count}: ${slide?.title ?? ''}`}
        className="flex min-h-0 flex-1 flex-col overflow-auto px-[4vw] py-[3vh]"
      >
        {slide?.content}
      </section>
      <footer className="flex items-center justify-between gap-4 border-t border-line px-[4vw] py-2 text-lg">
        <span className="text-muted">Esc to leave · ← → PageUp PageDown to move</span>
        <span aria-live="polite" aria-atomic="true" className="font-semibold tabular-nums">
          <span className="sr-only">Slide </span>
          {current + 1} / {count}
        </span>
      </footer>
    </div>
  );
}
