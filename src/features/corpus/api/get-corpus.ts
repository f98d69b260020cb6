import type { Corpus } from '@/core/corpus';
import { readCorpusJson } from '@/core/corpus';
import { dataFileUrl, loadDataFile } from '@/lib/load-data';
import { reportLoadProgress } from './load-progress';

export const CORPUS_URL = dataFileUrl('corpus.json');

/**
 * Fetches and validates the bundled corpus (the documented JSON or, for large corpora, the compact form, read in
 * chunks with progress); every failure becomes one readable message.
 */
export async function getCorpus(url: string = CORPUS_URL, signal?: AbortSignal): Promise<Corpus> {
  reportLoadProgress({ stage: 'download', done: 0, total: 0 });
  try {
    return await fetchCorpus(url, signal);
  } finally {
    reportLoadProgress(null);
  }
}

async function fetchCorpus(url: string, signal?: AbortSignal): Promise<Corpus> {
  let response: Response;
  try {
    response = await loadDataFile(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`Could not reach the data file (${url}). Check your connection and try again.`);
  }
  if (!response.ok) {
    throw new Error(
      `The data file ${url} could not be loaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}).`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
    performance.mark('briefing-atlas:corpus-parsed');
  } catch {
    throw new Error(`The data file ${url} is not valid JSON: it may be truncated or corrupt.`);
  }
  const result = await readCorpusJson(json, (done, total) =>
    reportLoadProgress({ stage: 'read', done, total }),
  );
  if (!result.ok) throw new Error(result.reason);
  // User Timing marks: the loading stages show in the browser's performance panel and in `npm run bench:browser`.
  performance.mark('briefing-atlas:corpus-read');
  reportLoadProgress({
    stage: 'prepare',
    done: result.data.briefings.length,
    total: result.data.briefings.length,
  });
  return result.data;
}
