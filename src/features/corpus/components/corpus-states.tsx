import { useLoadProgress } from '../api/load-progress';

const STAGE_TEXT = {
  download: 'Downloading briefings…',
  read: 'Reading briefings…',
  prepare: 'Preparing filters and charts…',
} as const;

/** What the page shows while the corpus loads: a progress bar with what is happening, for large corpora. */
export function CorpusLoading() {
  const progress = useLoadProgress();
  const counted = progress && progress.total > 0;
  return (
    <div aria-busy="true" className="flex min-h-[40vh] flex-col items-center justify-center gap-3">
      <p id="corpus-loading-label" className="text-lg text-muted">
        {progress ? STAGE_TEXT[progress.stage] : 'Loading briefings…'}
      </p>
      <progress
        aria-labelledby="corpus-loading-label"
        className="h-2 w-64 max-w-full accent-accent"
        {...(counted ? { value: progress.done, max: progress.total } : {})}
      />
      {counted && (
        <p className="text-sm text-muted tabular-nums">
          {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')}
        </p>
      )}
    </div>
  );
}

export function CorpusError({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <div
      role="alert"
      className="mx-auto my-10 max-w-2xl rounded-lg border-2 border-error-border bg-error-bg p-5"
    >
      <h2 className="text-xl font-semibold">The briefings could not be loaded</h2>
      <p className="mt-2 break-words">{error.message}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-4 rounded-md bg-accent px-4 py-2 font-semibold text-accent-fg disabled:opacity-60"
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

export function CorpusEmpty({ name }: { name: string }) {
  return (
    <div className="mx-auto my-10 max-w-2xl rounded-lg border border-dashed border-line p-6 text-center">
      <h2 className="text-xl font-semibold">No briefings yet</h2>
      <p className="mt-2 text-muted">The corpus “{name}” loaded, but it holds no briefings.</p>
    </div>
  );
}
