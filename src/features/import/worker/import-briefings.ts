/**
 * The import itself, with the very same core as the command line: decode → parse → de-duplicate → tag, in chunks
 * with a progress report before each. The worker runs it; where no worker can start (the offline file, a strict
 * policy) the page runs it, and `pause` yields between chunks so the page keeps painting and hears Cancel.
 */
import { readBriefingFiles } from '@/core/corpus';
import { tagBriefings } from '@/core/tagging';
import type { Briefing, Diagnostic } from '@/core/corpus';

export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface ImportStep {
  phase: 'reading' | 'tagging';
  done: number;
  total: number;
}

const CHUNK = 500;

export async function importBriefings(
  files: readonly ImportFile[],
  onProgress: (step: ImportStep) => void,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<{ briefings: Briefing[]; diagnostics: Diagnostic[] }> {
  onProgress({ phase: 'reading', done: 0, total: files.length });
  await pause();
  const { briefings: raws, diagnostics } = readBriefingFiles(
    files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
  );
  const briefings: Briefing[] = [];
  for (let i = 0; i < raws.length; i += CHUNK) {
    onProgress({ phase: 'tagging', done: i, total: raws.length });
    await pause();
    for (const b of tagBriefings(raws.slice(i, i + CHUNK))) briefings.push(b);
  }
  onProgress({ phase: 'tagging', done: raws.length, total: raws.length });
  return { briefings, diagnostics };
}
