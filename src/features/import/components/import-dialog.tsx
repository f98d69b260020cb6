import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';
import type { Briefing, Diagnostic, ImportMode } from '@/core/corpus';
import {
  ImportCancelled,
  MAX_IMPORT_BYTES,
  readSources,
  runImport,
  type ImportProgress,
  type ImportSource,
} from '../api/run-import';

export interface ImportReport {
  files: string[];
  read: number;
  added: number;
  duplicates: number;
  diagnostics: Diagnostic[];
  /** Set when the import could not be kept in the browser (the corpus is still in use for this visit). */
  storageProblem?: string;
}

export interface ImportDialogProps {
  /** Applies imported briefings (replace or merge) and keeps the result; returns what happened. */
  onImport: (
    briefings: Briefing[],
    diagnostics: Diagnostic[],
    mode: ImportMode,
    names: string[],
  ) => Promise<ImportReport>;
}

const MB = 1024 * 1024;
type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress | null }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string; diagnostics: Diagnostic[] };

/** "Import briefings": a file picker, drag-and-drop and paste, run in a worker with progress and Cancel. */
export function ImportDialog({ onImport }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInputId = useId();
  const pasteId = useId();

  const open = () => {
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
  };
  const close = () => {
    abortRef.current?.abort();
    dialogRef.current?.close();
  };

  const start = async (sources: ImportSource[], names: string[]) => {
    const total = sources.reduce((sum, s) => sum + s.bytes.byteLength, 0);
    if (sources.length === 0) return;
    if (total > MAX_IMPORT_BYTES) {
      setPhase({
        kind: 'failed',
        message: `That is ${(total / MB).toFixed(1)} MB; the most one import takes is ${MAX_IMPORT_BYTES / MB} MB. Split the file and import the parts. Nothing changed.`,
        diagnostics: [],
      });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ kind: 'running', progress: null });
    try {
      const outcome = await runImport(
        sources,
        (progress) => setPhase({ kind: 'running', progress }),
        controller.signal,
      );
      if (outcome.briefings.length === 0) {
        setPhase({
          kind: 'failed',
          message:
            outcome.diagnostics.length > 0
              ? 'No briefings could be read, so nothing changed. The problems found are listed below.'
              : 'No briefings could be read, so nothing changed.',
          diagnostics: outcome.diagnostics,
        });
        return;
      }
      const report = await onImport(outcome.briefings, outcome.diagnostics, mode, names);
      setPhase({ kind: 'done', report });
    } catch (error) {
      setPhase(
        error instanceof ImportCancelled
          ? { kind: 'idle' }
          : {
              kind: 'failed',
              message: error instanceof Error ? error.message : String(error),
              diagnostics: [],
            },
      );
    } finally {
      abortRef.current = null;
    }
  };

  const startFromFiles = async (files: File[]) => {
    open();
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_IMPORT_BYTES) {
      setPhase({
        kind: 'failed',
        message: `That is ${(total / MB).toFixed(1)} MB; the most one import takes is ${MAX_IMPORT_BYTES / MB} MB. Nothing changed.`,
        diagnostics: [],
      });
      return;
    }
    void start(
      await readSources(files),
      files.map((f) => f.name),
    );
  };

  // Files dropped anywhere on the page are imported: the listeners live on the window, set up once.
  const onFilesDropped = useEffectEvent((files: File[]) => void startFromFiles(files));
  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) onFilesDropped(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const running = phase.kind === 'running';
  const percent =
    phase.kind === 'running' && phase.progress && phase.progress.total > 0
      ? Math.round((phase.progress.done / phase.progress.total) * 100)
      : null;

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setPhase({ kind: 'idle' });
          open();
        }}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2"
      >
        Import briefings
      </button>
      {dragging ? (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center border-4 border-dashed border-accent bg-bg/80 text-2xl font-semibold"
        >
          Drop files to import briefings
        </div>
      ) : null}
      <ModalDialog
        ref={dialogRef}
        title="Import briefings"
        onClose={close}
        onCancel={(e) => {
          if (running) {
            e.preventDefault();
            abortRef.current?.abort();
          }
        }}
        size="narrow"
      >
        <p className="text-sm text-muted">
          Text in the briefing format (title, blank line, title again, blank line, summary), JSON (a list of{' '}
          <code>{'{ title, summary, date?, url?, region? }'}</code> or an exported corpus) or CSV with a
          header row naming <code>title</code> and <code>summary</code> (and optionally <code>date</code>,{' '}
          <code>url</code>). Up to {MAX_IMPORT_BYTES / MB} MB at a time. You can also drop files anywhere on
          the page. Files are read in this browser only; nothing is uploaded.
        </p>

        <fieldset disabled={running} className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-medium">The imported briefings</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />
            Merge into the current corpus (duplicates removed)
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            Replace the current corpus
          </label>
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor={fileInputId} className="text-sm font-medium">
            Choose files
          </label>
          <input
            id={fileInputId}
            type="file"
            multiple
            disabled={running}
            accept=".txt,.json,.csv,.tsv,text/plain,application/json,text/csv"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void startFromFiles(files);
            }}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5"
          />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={pasteId} className="text-sm font-medium">
            Or paste briefings
          </label>
          <textarea
            id={pasteId}
            rows={5}
            value={pasted}
            disabled={running}
            onChange={(e) => setPasted(e.target.value)}
            className="rounded-md border border-line bg-bg p-2 font-mono text-sm"
          />
          <button
            type="button"
            disabled={running || pasted.trim() === ''}
            onClick={() => {
              const bytes = new TextEncoder().encode(pasted).buffer as ArrayBuffer;
              void start([{ name: 'pasted text', bytes }], ['pasted text']);
            }}
            className="self-start rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg disabled:opacity-50"
          >
            Import pasted text
          </button>
        </div>

        {phase.kind === 'running' ? (
          <div className="flex flex-col gap-2">
            <label className="text-sm">
              {phase.progress?.phase === 'tagging'
                ? `Tagging ${phase.progress.done.toLocaleString('en')} of ${phase.progress.total.toLocaleString('en')} briefings…`
                : 'Reading files…'}
              <progress
                className="mt-1 block w-full"
                max={100}
                value={percent ?? undefined}
                aria-label="Import progress"
              />
            </label>
            <button
              type="button"
              onClick={() => abortRef.current?.abort()}
              className="self-start rounded-md border border-line px-3 py-1.5 text-sm font-medium"
            >
              Cancel
            </button>
          </div>
        ) : null}

        {phase.kind === 'failed' ? (
          <div role="alert" className="rounded-md border border-error-border bg-error-bg p-3 text-sm">
            <p className="font-medium">{phase.message}</p>
            <DiagnosticList diagnostics={phase.diagnostics} />
          </div>
        ) : null}

        {phase.kind === 'done' ? <ImportSummary report={phase.report} /> : null}
      </ModalDialog>
    </>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  return (
    <section aria-label="Import report" className="rounded-md border border-line bg-surface p-3 text-sm">
      <p role="status" className="font-medium">
        Read {report.read.toLocaleString('en')} briefing{report.read === 1 ? '' : 's'} from{' '}
        {report.files.join(', ')}: {report.added.toLocaleString('en')} added,{' '}
        {report.duplicates.toLocaleString('en')} duplicate
        {report.duplicates === 1 ? '' : 's'} merged.
      </p>
      {report.storageProblem ? (
        <p role="alert" className="mt-2 rounded border border-warn-border bg-warn-bg p-2">
          {report.storageProblem} The briefings are in use until you close the page.
        </p>
      ) : null}
      <DiagnosticList diagnostics={report.diagnostics} />
    </section>
  );
}

function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  const shown = diagnostics.slice(0, 200);
  return (
    <details open={diagnostics.length <= 10} className="mt-2">
      <summary className="cursor-pointer">
        {diagnostics.length} problem{diagnostics.length === 1 ? '' : 's'} found
      </summary>
      <ul className="mt-1 max-h-48 list-disc overflow-y-auto pl-5">
        {shown.map((d, i) => (
          <li key={i}>
            <span className="font-mono">
              {d.file}
              {d.line > 0 ? `:${d.line}` : ''}
            </span>{' '}
            <span className={d.severity === 'error' ? 'font-semibold' : undefined}>{d.severity}</span>:{' '}
            {d.message}
          </li>
        ))}
        {diagnostics.length > shown.length ? <li>…and {diagnostics.length - shown.length} more.</li> : null}
      </ul>
    </details>
  );
}
