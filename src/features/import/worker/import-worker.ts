/// <reference lib="webworker" />
/**
 * The import runs here, off the main thread (see import-briefings.ts). Progress is posted as it goes; the page
 * cancels by terminating the worker.
 */
import { importBriefings } from './import-briefings';
import type { ImportRequest, ImportResponse } from './import-protocol';

const post = (message: ImportResponse) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const { briefings, diagnostics } = await importBriefings(event.data.files, (step) =>
      post({ type: 'progress', ...step }),
    );
    post({ type: 'done', briefings, diagnostics });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

// The page keeps the files until it hears this, so a worker that never starts costs nothing but a fallback.
post({ type: 'ready' });
