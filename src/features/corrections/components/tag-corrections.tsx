import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import {
  FREE_TEXT_KINDS,
  GLOBAL_REGION_ID,
  foldLetters,
  tagOfFreeText,
  type Corpus,
  type CorrectionNote,
  type FilterKind,
  type Tag,
} from '@/core/corpus';
import type { CorrectionChoice } from '@/core/tagging';
import { useCorrectionChoices } from '../api/get-correction-choices';

/** How one value of a kind is named in a sentence: "Add a region…", "Find a country to add". */
const ONE_OF: Record<FilterKind, string> = {
  themes: 'a theme',
  regions: 'a region',
  countries: 'a country',
  programmes: 'a programme',
  organizations: 'an organisation',
  instruments: 'an instrument',
  funders: 'a funder',
  people: 'a person',
};

const smallButton =
  'rounded border border-line bg-surface px-2 py-0.5 text-sm font-medium hover:bg-surface-2 disabled:opacity-50';
const primaryButton =
  'rounded border border-accent bg-accent px-2 py-0.5 text-sm font-semibold text-accent-fg';

/** Stops Escape at a control inside the briefing's dialog: it closes the control, not the dialog. */
function onEscape(event: KeyboardEvent, close: () => void) {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  close();
}

/** Focuses `ref` when `now` turns true (a control that replaces the one that had focus). */
function useFocusWhen(ref: RefObject<HTMLElement | null>, now: boolean | undefined) {
  useEffect(() => {
    if (now) ref.current?.focus();
  }, [ref, now]);
}

/**
 * A button that opens a small form in its place: the form's input takes focus when it opens, the button takes it
 * back when it closes, and the button takes focus when `focusNow` turns true.
 */
function useInlineForm(focusNow: boolean | undefined) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusWhen(buttonRef, focusNow);
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);
  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return { open, show, hide, buttonRef, inputRef };
}

/** "Not right": removes a tag, with an optional reason, after a second step that says what will happen. */
export function NotRight({
  tag,
  onRemove,
  focusNow,
}: {
  tag: Tag;
  onRemove: (note: string) => void;
  /** Take focus (the tag is back after an Undo). */
  focusNow?: boolean;
}) {
  const { open, show, hide, buttonRef, inputRef } = useInlineForm(focusNow);
  const [note, setNote] = useState('');
  const inputId = useId();
  const cancel = () => {
    hide();
    setNote('');
  };
  if (!open)
    return (
      <button
        ref={buttonRef}
        type="button"
        className={smallButton}
        aria-label={`Not right: ${tag.label}`}
        onClick={show}
      >
        Not right
      </button>
    );
  return (
    <form
      className="mt-1 flex flex-wrap items-end gap-2 rounded border border-line bg-surface p-2"
      onSubmit={(e) => {
        e.preventDefault();
        onRemove(note.trim());
      }}
    >
      <label htmlFor={inputId} className="flex min-w-[14rem] flex-1 flex-col text-sm">
        Why is “{tag.label}” not right? (optional)
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => onEscape(e, cancel)}
          className="mt-1 rounded border border-line bg-bg px-2 py-1"
        />
      </label>
      <button type="submit" className={primaryButton} onKeyDown={(e) => onEscape(e, cancel)}>
        Remove {tag.label}
      </button>
      <button type="button" className={smallButton} onClick={cancel} onKeyDown={(e) => onEscape(e, cancel)}>
        Cancel
      </button>
    </form>
  );
}

/** What the analyst did to a tag, said plainly: "added by an analyst", "removed: the reason". */
export function describeNote(note: CorrectionNote, shipped: boolean): string {
  const c = note.correction;
  if (!c)
    return note.change === 'added'
      ? note.tag.id === GLOBAL_REGION_ID
        ? 'no region is left after an analyst’s correction'
        : 'follows from a country an analyst added'
      : 'went with a country an analyst removed';
  const who = c.author ? ` (${c.author}, ${c.at.slice(0, 10)})` : ` (${c.at.slice(0, 10)})`;
  const where = shipped ? ', shipped with this corpus' : '';
  return note.change === 'added'
    ? `added by an analyst${c.note ? `: ${c.note}` : ''}${who}${where}`
    : `removed${c.note ? `: ${c.note}` : ' by an analyst'}${who}${where}`;
}

/** A mark on a corrected tag, with Undo when the correction was made in this browser. */
export function CorrectionMark({
  note,
  shipped,
  onUndo,
  showText = true,
  focusNow,
}: {
  note: CorrectionNote;
  shipped: boolean;
  onUndo: (() => void) | null;
  /** False where the words are said already (in place of the tagger's reason). */
  showText?: boolean;
  /** Take focus (the control that had it went with the tag). */
  focusNow?: boolean;
}) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useFocusWhen(undoRef, focusNow);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {showText ? (
        <span className="rounded bg-warn-bg px-1.5 py-0.5 text-sm">{describeNote(note, shipped)}</span>
      ) : null}
      {onUndo ? (
        <button
          ref={undoRef}
          type="button"
          className={smallButton}
          aria-label={`Undo: ${note.tag.label} ${note.change}`}
          onClick={onUndo}
        >
          Undo
        </button>
      ) : null}
    </span>
  );
}

/** The choices matching what is typed: names starting with it first, then names with a word starting with it. */
function rankChoices(choices: readonly CorrectionChoice[], typed: string, hidden: ReadonlySet<string>) {
  const q = foldLetters(typed.trim());
  const scored: { c: CorrectionChoice; score: number }[] = [];
  for (const c of choices) {
    if (hidden.has(c.id)) continue;
    if (!q) {
      scored.push({ c, score: 0 });
      continue;
    }
    const label = foldLetters(c.label);
    const score =
      label.startsWith(q) || c.id.toLowerCase() === q
        ? 0
        : label.includes(` ${q}`) || label.includes(`(${q}`)
          ? 1
          : label.includes(q)
            ? 2
            : -1;
    if (score >= 0) scored.push({ c, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.c);
}

const SHOWN = 30;

type Option = { id: string; label: string; detail?: string; isNew: boolean };

/**
 * "Add…": a searchable list of the kind's known values (a combobox: type to narrow, arrows to move, Enter to add,
 * Escape to close), and for programmes and people the analyst's own words as a new value.
 */
export function AddTag({
  kind,
  corpus,
  hidden,
  onAdd,
  focusNow,
}: {
  kind: FilterKind;
  corpus: Corpus;
  /** Ids not to offer: the tags the briefing has, and those an analyst removed (undo those instead). */
  hidden: ReadonlySet<string>;
  onAdd: (tag: { id: string; label: string }) => void;
  /** Take focus (a tag added by an analyst was undone). */
  focusNow?: boolean;
}) {
  const { open, show, hide, buttonRef, inputRef } = useInlineForm(focusNow);
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const choices = useCorrectionChoices(kind, corpus, open);
  const id = useId();
  const noun = ONE_OF[kind];

  const { options, more } = useMemo(() => {
    const ranked = rankChoices(choices ?? [], typed, hidden);
    const list: Option[] = ranked.slice(0, SHOWN).map((c) => ({ ...c, isNew: false }));
    const own = FREE_TEXT_KINDS.includes(kind) ? tagOfFreeText(typed) : null;
    const exact = own && ranked.some((c) => foldLetters(c.label) === foldLetters(own.label));
    if (own && !exact && !hidden.has(own.id)) list.push({ ...own, isNew: true });
    return { options: list, more: Math.max(0, ranked.length - SHOWN) };
  }, [choices, typed, hidden, kind]);

  const close = () => {
    hide();
    setTyped('');
    setActive(0);
  };
  const pick = (o: Option) => {
    onAdd({ id: o.id, label: o.label });
    close();
  };

  if (!open)
    return (
      <button
        ref={buttonRef}
        type="button"
        className={smallButton}
        aria-label={`Add ${noun}…`}
        aria-expanded={false}
        onClick={show}
      >
        Add…
      </button>
    );

  const current = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const o = options[current];
      if (o) pick(o);
    } else if (e.key === 'Home' || e.key === 'End') {
      if (options.length === 0) return;
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : options.length - 1);
    } else onEscape(e, close);
  };

  return (
    <div className="mt-1 rounded border border-line bg-surface p-2">
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={`${id}-input`} className="flex min-w-[14rem] flex-1 flex-col text-sm">
          Find {noun} to add
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={options.length > 0 ? optionId(current) : undefined}
            autoComplete="off"
            maxLength={300}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className="mt-1 rounded border border-line bg-bg px-2 py-1"
          />
        </label>
        <button type="button" className={smallButton} onClick={close}>
          Cancel
        </button>
      </div>
      {choices === undefined ? (
        <p className="mt-2 text-sm text-muted" role="status">
          Loading the list…
        </p>
      ) : null}
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)} to add`}
        className="mt-2 max-h-56 overflow-y-auto"
      >
        {options.map((o, i) => (
          // Picked with the keyboard from the box (aria-activedescendant), or with a click.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={`${o.isNew ? 'new' : 'known'}:${o.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
            className={`cursor-pointer rounded px-2 py-1 text-sm ${i === current ? 'bg-surface-2 outline-2 outline-focus' : ''}`}
          >
            {o.isNew ? `Add “${o.label}” as a new ${noun.replace(/^an? /, '')}` : o.label}
            {o.detail ? <span className="text-muted"> · {o.detail}</span> : null}
          </li>
        ))}
      </ul>
      {choices !== undefined && options.length === 0 ? (
        <p className="mt-1 text-sm text-muted">Nothing matches “{typed}”.</p>
      ) : null}
      {more > 0 ? (
        <p className="mt-1 text-sm text-muted">{more.toLocaleString('en')} more: type to narrow the list.</p>
      ) : null}
    </div>
  );
}
