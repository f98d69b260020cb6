import type { Briefing, Diagnostic } from '@/core/corpus';
import type { ImportFile, ImportStep } from './import-briefings';

/** Messages between the page and the import worker. The worker says `ready` once it runs; then the page sends. */
export type ImportRequest = { type: 'import'; files: ImportFile[] };

export type ImportResponse =
  | { type: 'ready' }
  | ({ type: 'progress' } & ImportStep)
  | { type: 'done'; briefings: Briefing[]; diagnostics: Diagnostic[] }
  | { type: 'error'; message: string };
