import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface Slide {
  /** Short name for the counter and screen readers, e.g. "Briefings by theme". */
  title: string;
  content: ReactNode;
  /** What the presenter may want to say but the room need not read: the counting rule, N, the filters. */
  notes: string;
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
const SPEAKER = new Set(['s', 'S']);

/**
 * Full-screen slides over the live view: type sized to the screen, the projector theme, an "n / N" counter, and
 * nothing that needs a mouse. Escape returns to the same view. S opens the speaker view: a window of its own (for
 * the laptop's screen while the projector shows the slides) with the slide's notes and what comes next; where a
 * window cannot be opened, the notes show over the slide until S is pressed again.
 */
export function Presentation({ slides, index, onIndexChange, onExit }: PresentationProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const count = slides.length;
  const current = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
  const slide = slides[current];
  const speaker = useSpeakerWindow();

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
        target?.closest?.('button, a, input, select, textarea') &&
        (event.key === 'Enter' || event.key === ' ')
      )
        return;
      if (event.key === 'Escape') {
        event.preventDefault();
        speaker.close();
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
      } else if (SPEAKER.has(event.key)) {
        event.preventDefault();
        speaker.toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    // The speaker window takes the same keys, so the presenter can drive from the laptop.
    const other = speaker.window;
    other?.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      other?.removeEventListener('keydown', onKey);
    };
  }, [current, count, onExit, onIndexChange, speaker]);

  const notes = slide ? (
    <SpeakerNotes slide={slide} next={slides[current + 1]} at={current + 1} of={count} />
  ) : null;

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
        className="flex min-h-0 flex-1 flex-col overflow-auto px-[4vmin] pt-[3vmin] pb-[1.5vmin]"
      >
        {slide?.content}
      </section>
      <footer className="slide-small flex items-center justify-between gap-[2vmin] px-[4vmin] pb-[1.5vmin] text-muted">
        {current === 0 ? (
          <span>→ or PageDown: next · ←: back · S: speaker notes · Esc: leave</span>
        ) : (
          <span />
        )}
        <span aria-live="polite" aria-atomic="true" className="font-semibold text-fg tabular-nums">
          <span className="sr-only">Slide </span>
          {current + 1} / {count}
        </span>
      </footer>
      {speaker.window ? createPortal(notes, speaker.window.document.body) : null}
      {speaker.inline ? (
        <aside
          aria-label="Speaker notes"
          className="slide-small fixed inset-x-[4vmin] bottom-[6vmin] z-10 rounded-lg border-2 border-fg bg-surface p-[2vmin] shadow-lg"
        >
          {notes}
        </aside>
      ) : null}
    </div>
  );
}

function SpeakerNotes({ slide, next, at, of }: { slide: Slide; next?: Slide; at: number; of: number }) {
  return (
    <div className="flex flex-col gap-3 p-4">
      <p className="font-semibold">
        Slide {at} / {of}: {slide.title}
      </p>
      <p>{slide.notes}</p>
      <p className="text-muted">
        {next ? `Next: ${next.title}` : 'Last slide. Esc leaves the presentation.'}
      </p>
    </div>
  );
}

/**
 * The speaker view's window: opened on S, with the page's own style sheets copied in (same origin, so the
 * Content-Security-Policy allows them), closed with the presentation. `inline` when no window could be opened.
 */
function useSpeakerWindow() {
  const [speakerWindow, setSpeakerWindow] = useState<Window | null>(null);
  const [inline, setInline] = useState(false);
  const close = useCallback(() => {
    setSpeakerWindow((w) => {
      w?.close();
      return null;
    });
    setInline(false);
  }, []);
  const toggle = useCallback(() => {
    if (speakerWindow || inline) return close();
    const opened = window.open('', 'briefing-atlas-speaker', 'popup,width=760,height=480');
    if (!opened) return setInline(true);
    opened.document.title = 'Speaker notes · Briefing Atlas';
    opened.document.head.replaceChildren(
      ...[...document.querySelectorAll('link[rel="stylesheet"], style')].map((n) => n.cloneNode(true)),
    );
    opened.document.body.replaceChildren();
    opened.document.body.style.fontSize = '1.5rem';
    opened.addEventListener('pagehide', () => setSpeakerWindow(null));
    setSpeakerWindow(opened);
  }, [speakerWindow, inline, close]);
  useEffect(() => () => speakerWindow?.close(), [speakerWindow]);
  return { window: speakerWindow, inline, toggle, close };
}
