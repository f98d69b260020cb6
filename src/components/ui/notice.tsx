interface DroppedNoticeProps {
  items: readonly string[];
  onDismiss: () => void;
}

/** Says which parts of a link were not understood and left out. */
export function DroppedNotice({ items, onDismiss }: DroppedNoticeProps) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-start gap-3 rounded-lg border-2 border-warn-border bg-warn-bg p-3"
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">Part of this link was not understood and has been left out:</p>
        <ul className="mt-1 list-disc pl-5 text-sm break-words">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded-md border border-line bg-bg px-3 py-1.5 text-sm font-medium"
      >
        Dismiss
      </button>
    </div>
  );
}
