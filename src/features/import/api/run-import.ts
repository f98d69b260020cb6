import type { Briefing, Diagnostic } from '@/core/corpus';
import { IS_OFFLINE_FILE } from '@/lib/load-data';
import type { ImportStep } from '../worker/import-briefings';
import type { ImportRequest, ImportResponse } from '../worker/import-protocol';

/** The largest import accepted at once, stated in the UI. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportProgress = ImportStep;

export interface ImportOutcome {
  briefings: Briefing[];
  diagnostics: Diagnostic[];
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing changed.');
    this.name = 'ImportCancelled';
  }
}

/** A source to import: a picked or dropped file, or pasted text with a name of our choosing. */
export interface ImportSource {
  name: string;
  bytes: ArrayBuffer;
}

export async function readSources(files: readonly File[]): Promise<ImportSource[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

/** Lets the page paint and hear Cancel between chunks of an import run on the main thread. */
function yieldToPage(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) =>
    setTimeout(() => (signal.aborted ? reject(new ImportCancelled()) : resolve()), 0),
  );
}

/** The same import on the page itself, in chunks with progress: for where no worker can start. */
export async function runImportOnMainThread(
  sources: readonly ImportSource[],
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportOutcome> {
  if (signal.aborted) throw new ImportCancelled();
  // Loaded on demand: the parser and tagger (dictionaries, gazetteer, every country name) are a third of the
  // app's code, and the first screen never needs them.
  const { importBriefings } = await import('../worker/import-briefings');
  const outcome = await importBriefings(sources, onProgress, () => yieldToPage(signal));
  if (signal.aborted) throw new ImportCancelled();
  return outcome;
}

/**
 * Runs an import in a Web Worker so the page stays responsive; aborting the signal terminates the worker. Where
 * no worker can start — the offline file opened from disk, a browser or policy that refuses it — the import runs
 * on the page instead, in chunks.
 */
export function runImport(
  sources: readonly ImportSource[],
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportOutcome> {
  if (signal.aborted) return Promise.reject(new ImportCancelled());
  if (IS_OFFLINE_FILE || typeof Worker === 'undefined') {
    return runImportOnMainThread(sources, onProgress, signal);
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL('../worker/import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return runImportOnMainThread(sources, onProgress, signal);
  }
  return new Promise((resolve, reject) => {
    let started = false;
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ImportCancelled());
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'ready') {
        started = true;
        const request: ImportRequest = {
          type: 'import',
          files: sources.map((s) => ({ name: s.name, bytes: s.bytes })),
        };
        // Transferred, not copied: the page gives the bytes up only now that the worker is known to run.
        worker.postMessage(
          request,
          sources.map((s) => s.bytes),
        );
      } else if (message.type === 'progress') onProgress(message);
      else if (message.type === 'done') {
        finish();
        resolve({ briefings: message.briefings, diagnostics: message.diagnostics });
      } else {
        finish();
        reject(new Error(`The import failed: ${message.message}`));
      }
    };
    worker.onerror = (event) => {
      finish();
      if (!started) runImportOnMainThread(sources, onProgress, signal).then(resolve, reject);
      else reject(new Error(`The import failed: ${event.message || 'the worker stopped'}`));
    };
  });
}
