import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { TAG_KIND_NAMES } from '@/core/corpus';
import type { SearchSuggestion } from '@/core/view';

const kindName = (kind: SearchSuggestion['kind']) => (kind === 'term' ? 'Word' : TAG_KIND_NAMES[kind].one);

interface SearchBoxProps {
  /** The query, from the URL (the app owns it). */
  value: string;
  /**
   * Called with the query typed (in the task after the keystroke, the latest of a quick run of keys) and on every
   * pick; the app writes the URL (replacing, not pushing, while typing).
   */
  onChange: (q: string) => void;
  /** Suggestions for the current value (`useSearchSuggestions`). */
  suggestions?: readonly SearchSuggestion[];
  /** What picking a suggestion does; by default the query becomes its `value`. */
  onPick?: (suggestion: SearchSuggestion) => void;
  /**
   * Hand each keystroke's query to `onChange` in the next task instead of the keystroke's own (for a corpus whose
   * redraw is long; see below). A small corpus redraws within the keystroke, a frame sooner.
   */
  handOverLater?: boolean;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * The search form: a search landmark with the searchbox "Search briefings" and a listbox of suggestions driven
 * from the input (aria-controls, aria-activedescendant; arrows move, Enter picks, Escape closes then clears).
 * "/" focuses it from anywhere but another field.
 *
 * The input keeps the searchbox role (the accessible-name contract the tests and shell rely on) rather than
 * role="combobox"; its popup state is announced through a polite live region instead of aria-expanded.
 */
export function SearchBox({
  value,
  onChange,
  suggestions = [],
  onPick,
  handOverLater = false,
}: SearchBoxProps) {
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // What was just typed, over which query: the box shows it at once and hands it to the app in the next task, so
  // the keystroke's own task stays small (Chromium lays the page out again right after an input event to place
  // the caret: with the whole dashboard redrawn in the same task, that was 50–60 ms at 10,000 briefings). Only the
  // latest keystroke is handed over; any other change of the query (a pick, back, Clear all) wins over a draft.
  const [draft, setDraft] = useState<{ typed: string; over: string } | null>(null);
  const shown = draft && draft.over === value ? draft.typed : value;
  const handOver = useRef<{ timer: ReturnType<typeof setTimeout> | null; value: string }>({
    timer: null,
    value,
  });
  useEffect(() => {
    handOver.current.value = value;
  }, [value]);
  useEffect(() => () => clearTimeout(handOver.current.timer ?? undefined), []);
  const cancelDraft = () => {
    clearTimeout(handOver.current.timer ?? undefined);
    handOver.current.timer = null;
    setDraft(null);
  };
  const type = (typed: string) => {
    if (!handOverLater) return onChange(typed);
    setDraft({ typed, over: value });
    clearTimeout(handOver.current.timer ?? undefined);
    handOver.current.timer = setTimeout(() => {
      handOver.current.timer = null;
      if (handOver.current.value === value) onChange(typed);
      // Handed over (or overtaken): from now on the box shows the app's query again.
      setDraft(null);
    }, 0);
  };
  // The list is open for the value it was opened for; typing reopens it, Escape or a pick closes it.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [active, setActive] = useState<{ value: string; index: number }>({ value: '', index: -1 });

  const open = openFor === shown && suggestions.length > 0;
  const activeIndex = open && active.value === shown ? Math.min(active.index, suggestions.length - 1) : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target))
        return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const pick = (s: SearchSuggestion) => {
    cancelDraft();
    setOpenFor(null);
    if (onPick) onPick(s);
    else onChange(s.value.endsWith(' ') ? s.value : `${s.value} `);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (suggestions.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = open ? activeIndex : -1;
        const next =
          from === -1 && step === -1
            ? suggestions.length - 1
            : (from + step + suggestions.length) % suggestions.length;
        setOpenFor(shown);
        setActive({ value: shown, index: next });
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const chosen = activeIndex >= 0 ? suggestions[activeIndex] : undefined;
        if (chosen) pick(chosen);
        else setOpenFor(null);
        return;
      }
      case 'Escape': {
        event.preventDefault();
        if (open) setOpenFor(null);
        else if (shown) {
          cancelDraft();
          onChange('');
        }
        return;
      }
    }
  };

  return (
    <form role="search" className="relative" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={inputId} className="sr-only">
        Search briefings
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        name="q"
        value={shown}
        placeholder="Search briefings  ( / )"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        onChange={(e) => {
          type(e.target.value);
          setOpenFor(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpenFor(null)}
        className="w-full rounded-md border border-line bg-bg px-3 py-2 text-base placeholder:text-faint focus-visible:outline-2 focus-visible:outline-focus"
      />
      <p id={hintId} className="sr-only">
        Finds briefings with all the words. Put a phrase in quotes; put a minus before a word to leave it out.
        Press slash to come back here, Escape to clear.
      </p>
      <div aria-live="polite" className="sr-only">
        {open
          ? `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}, use the arrow keys`
          : ''}
      </div>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          className="absolute top-full right-0 left-0 z-40 mt-1 max-h-80 overflow-auto rounded-md border border-line bg-bg py-1 shadow-lg"
        >
          {suggestions.map((s, i) => (
            <li
              key={`${s.kind}:${s.tagId ?? s.label}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              // mousedown, not click: the input keeps focus, so the list does not close before the pick.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
              className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm ${
                i === activeIndex ? 'bg-surface-2' : 'hover:bg-surface'
              }`}
            >
              <span className="truncate">{s.label}</span>
              <span className="shrink-0 text-xs text-muted">
                {kindName(s.kind)} · {s.count}
              </span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
