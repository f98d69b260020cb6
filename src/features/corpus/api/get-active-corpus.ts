import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Corpus } from '@/core/corpus';
import { loadStoredCorpus } from '@/lib/corpus-store';
import { getCorpus } from './get-corpus';

/** The corpus in use: the analyst's own (kept in this browser) if there is one, else the bundled one. */
export interface ActiveCorpus {
  corpus: Corpus;
  origin: 'bundled' | 'imported';
  /** Something the analyst should know about how it was loaded (a damaged kept corpus was replaced). */
  notice: string | null;
}

export async function getActiveCorpus(signal?: AbortSignal): Promise<ActiveCorpus> {
  const stored = await loadStoredCorpus();
  if (stored.ok && stored.data) return { corpus: stored.data, origin: 'imported', notice: null };
  const corpus = await getCorpus(undefined, signal);
  return { corpus, origin: 'bundled', notice: stored.ok ? null : stored.reason };
}

export const activeCorpusQueryOptions = () =>
  queryOptions({
    queryKey: ['active-corpus'],
    queryFn: ({ signal }) => getActiveCorpus(signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function useActiveCorpus() {
  return useQuery(activeCorpusQueryOptions());
}
