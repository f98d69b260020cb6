import { ModalDialog } from '@/components/ui/modal-dialog';
import { useId, useRef, useState } from 'react';
import {
  addSavedView,
  deleteSavedView,
  moveSavedView,
  renameSavedView,
  setInDeck,
  type SavedView,
} from '@/core/view';
import { useSavedViews } from '../api/use-saved-views';

interface SavedViewsDialogProps {
  /**
   * The current view's address to keep (query string without '?') and its description for a default name, read when
   * the dialog opens and when a view is saved: a function, so that typing a query does not redraw the dialog.
   */
  currentView: () => { query: string; words: string };
  /** Opens a saved view (the app writes the URL). */
  onOpen: (query: string) => void;
  /** Presents the views marked for the deck, in list order. */
  onPresentDeck: () => void;
}

const button =
  'rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium hover:bg-surface-2 disabled:opacity-50';

/** "Saved views": name and keep the current view, reopen, rename, reorder, delete, and present several as a deck. */
export function SavedViewsDialog({ currentView, onOpen, onPresentDeck }: SavedViewsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { views, damaged, save } = useSavedViews();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const nameId = useId();
  const inDeck = views.filter((v) => v.inDeck).length;

  const keep = (next: SavedView[]) => setProblem(save(next));
  const close = () => dialogRef.current?.close();

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setName(currentView().words);
          dialogRef.current?.showModal();
        }}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2"
      >
        Saved views{views.length > 0 ? ` (${views.length})` : ''}
      </button>
      <ModalDialog ref={dialogRef} title="Saved views" onClose={close}>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const { query } = currentView();
            keep(addSavedView(views, name, query, new Date().toISOString(), crypto.randomUUID()));
            setName('');
          }}
        >
          <label htmlFor={nameId} className="flex min-w-0 flex-1 flex-col text-sm font-medium">
            Name this view
            <input
              id={nameId}
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              className="mt-1 rounded-md border border-line bg-bg px-2 py-1.5 font-normal"
            />
          </label>
          <button
            type="submit"
            className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-fg"
          >
            Save this view
          </button>
        </form>
        <p className="text-sm text-muted">
          Kept in this browser. The deck presents the ticked views in list order.
        </p>

        {problem || damaged > 0 ? (
          <p role="alert" className="rounded-md border border-warn-border bg-warn-bg p-2 text-sm">
            {problem ?? `${damaged} saved view${damaged === 1 ? ' was' : 's were'} damaged and left out.`}
          </p>
        ) : null}

        {views.length === 0 ? (
          <p className="text-sm">No saved views yet.</p>
        ) : (
          <ol aria-label="Saved views" className="flex flex-col gap-2">
            {views.map((v, i) => (
              <li key={v.id} className="rounded-md border border-line p-2">
                {editing === v.id ? (
                  <form
                    className="flex flex-wrap items-center gap-2"
                    onSubmit={(e) => {
                      e.preventDefault();
                      const value = new FormData(e.currentTarget).get('name');
                      keep(renameSavedView(views, v.id, typeof value === 'string' ? value : ''));
                      setEditing(null);
                    }}
                  >
                    <input
                      name="name"
                      defaultValue={v.name}
                      aria-label={`New name for ${v.name}`}
                      maxLength={200}
                      ref={(el) => el?.focus()}
                      className="min-w-0 flex-1 rounded-md border border-line bg-bg px-2 py-1"
                    />
                    <button type="submit" className={button}>
                      Save name
                    </button>
                    <button type="button" className={button} onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <div className="flex flex-wrap items-center gap-2">
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        checked={v.inDeck}
                        onChange={(e) => keep(setInDeck(views, v.id, e.target.checked))}
                        aria-label={`${v.name} in the deck`}
                      />
                    </label>
                    <span className="min-w-0 flex-1 font-medium break-words">{v.name}</span>
                    <button
                      type="button"
                      className={button}
                      aria-label={`Open ${v.name}`}
                      onClick={() => {
                        close();
                        onOpen(v.query);
                      }}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      className={button}
                      aria-label={`Rename ${v.name}`}
                      onClick={() => setEditing(v.id)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className={button}
                      aria-label={`Move ${v.name} up`}
                      disabled={i === 0}
                      onClick={() => keep(moveSavedView(views, v.id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={button}
                      aria-label={`Move ${v.name} down`}
                      disabled={i === views.length - 1}
                      onClick={() => keep(moveSavedView(views, v.id, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={button}
                      aria-label={`Delete ${v.name}`}
                      onClick={() => keep(deleteSavedView(views, v.id))}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}

        <button
          type="button"
          disabled={inDeck === 0}
          onClick={() => {
            close();
            onPresentDeck();
          }}
          className="self-start rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-fg disabled:opacity-50"
        >
          Present the deck ({inDeck} view{inDeck === 1 ? '' : 's'})
        </button>
      </ModalDialog>
    </>
  );
}
