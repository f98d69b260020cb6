import { useId, type ReactNode, type Ref, type SyntheticEvent } from 'react';

interface ModalDialogProps {
  /** The `<dialog>`: its owner opens it with `showModal()` and closes it with `close()`. */
  ref: Ref<HTMLDialogElement>;
  /** The heading, which also names the dialog. */
  title: string;
  /** The Close button's action. */
  onClose: () => void;
  /** Escape: call `preventDefault()` to keep the dialog open (an import still running). */
  onCancel?: (event: SyntheticEvent<HTMLDialogElement>) => void;
  /** How wide at most: 40rem (`narrow`) or 44rem. */
  size?: 'narrow' | 'wide';
  children: ReactNode;
}

const WIDTH = {
  narrow: 'w-[min(40rem,calc(100vw-1rem))]',
  wide: 'w-[min(44rem,calc(100vw-1rem))]',
} as const;

/**
 * The shell every modal dialog of the app shares (import, saved views, corrections): a native `<dialog>` named by
 * its heading, a Close button beside the heading, a body that scrolls within 85 % of the screen's height.
 */
export function ModalDialog({ ref, title, onClose, onCancel, size = 'wide', children }: ModalDialogProps) {
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={onCancel}
      className={`m-auto ${WIDTH[size]} rounded-lg border border-line bg-bg p-0 text-fg shadow-xl backdrop:bg-black/50`}
    >
      <div className="flex max-h-[85vh] flex-col gap-4 overflow-y-auto p-4 sm:p-6">
        <div className="flex items-start justify-between gap-2">
          <h2 id={titleId} className="text-xl font-semibold">
            {title}
          </h2>
          <button type="button" onClick={onClose} className="rounded-md px-2 py-1 text-sm underline">
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
