import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Corpus, Result } from '@/core/corpus';
import { loadStoredCorpus, onStoredCorpusChange, type StoredCorpus } from '@/lib/corpus-store';
import { getCorpus } from './get-corpus';

/** The corpus in use: the analyst's own (kept in this browser) if there is one, else the bundled one. */
export interface ActiveCorpus {
  corpus: Corpus;
  origin: 'bundled' | 'imported';
  /** Which write of the kept corpus this is; null when it is not the kept one. */
  generation: number | null;
  /** Something the analyst should know about how it was loaded (a damaged kept corpus was replaced). */
  notice: string | null;
}

/** How long the page waits for the browser's storage before it shows the bundled corpus instead. */
export const STORAGE_DEADLINE_MS = 4_000;

export interface ActiveCorpusSources {
  loadStored?: () => Promise<Result<StoredCorpus | null>>;
  loadBundled?: (signal?: AbortSignal) => Promise<Corpus>;
  deadlineMs?: number;
  /** Called if the storage answers after the deadline, with what the page should show now. */
  onLate?: (update: (shown: ActiveCorpus) => ActiveCorpus) => void;
}

const TIMED_OUT = Symbol('timed out');

const fromStorage = (stored: StoredCorpus, notice: string | null = null): ActiveCorpus => ({
  corpus: stored.corpus,
  origin: 'imported',
  generation: stored.generation,
  notice,
});

/**
 * The kept corpus, else the bundled one. The storage gets `deadlineMs` to answer (another tab holding an old
 * version of the database open, or a wedged profile, can leave it silent for good); past that the bundled corpus
 * shows with a notice, and a late answer is handed to `onLate` so the page can switch without a reload.
 */
export async function getActiveCorpus(
  signal?: AbortSignal,
  {
    loadStored = loadStoredCorpus,
    loadBundled = (s) => getCorpus(undefined, s),
    deadlineMs = STORAGE_DEADLINE_MS,
    onLate,
  }: ActiveCorpusSources = {},
): Promise<ActiveCorpus> {
  const pending = loadStored();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), deadlineMs);
  });
  const stored = await Promise.race([pending, deadline]);
  clearTimeout(timer);
  if (stored === TIMED_OUT) {
    const corpus = await loadBundled(signal);
    void pending.then((late) => {
      if (!late.ok) return;
      onLate?.((shown) =>
        late.data
          ? fromStorage(late.data, 'The corpus kept in this browser opened late; it is shown now.')
          : { ...shown, notice: null },
      );
    });
    return {
      corpus,
      origin: 'bundled',
      generation: null,
      notice: `The storage of this browser did not answer within ${Math.round(deadlineMs / 1000)} seconds (another tab may be holding it), so the bundled corpus is shown. Your kept corpus will appear here if the storage answers.`,
    };
  }
  if (stored.ok && stored.data) return fromStorage(stored.data);
  const corpus = await loadBundled(signal);
  return { corpus, origin: 'bundled', generation: null, notice: stored.ok ? null : stored.reason };
}

export const activeCorpusQueryOptions = () =>
  queryOptions({
    queryKey: ['active-corpus'],
    queryFn: ({ signal, client }) =>
      getActiveCorpus(signal, {
        onLate: (update) =>
          client.setQueryData<ActiveCorpus>(activeCorpusQueryOptions().queryKey, (shown) =>
            shown ? update(shown) : shown,
          ),
      }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** The bundled corpus alone: what a merge builds on when nothing is kept (another tab may have reset it). */
export const bundledCorpusQueryOptions = () =>
  queryOptions({
    queryKey: ['bundled-corpus'],
    queryFn: ({ signal }) => getCorpus(undefined, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function useActiveCorpus() {
  return useQuery(activeCorpusQueryOptions());
}

/** Loads what another tab kept and shows it here, saying so. */
async function followOtherTab(client: QueryClient, generation: number): Promise<void> {
  const key = activeCorpusQueryOptions().queryKey;
  if (client.getQueryData<ActiveCorpus>(key)?.generation === generation) return;
  const next = await getActiveCorpus();
  const shown = client.getQueryData<ActiveCorpus>(key);
  // A later write may have been shown meanwhile (this tab's own, or a faster read): keep the newest.
  if (shown?.generation != null && next.generation !== null && shown.generation > next.generation) return;
  client.setQueryData<ActiveCorpus>(key, {
    ...next,
    notice:
      next.notice ??
      (next.origin === 'imported'
        ? `Another tab changed the corpus kept in this browser; this tab now shows it (${next.corpus.name}).`
        : 'Another tab reset the corpus to the bundled one; this tab now shows it.'),
  });
}

/** Keeps this tab on the corpus the other tabs keep: each write or reset elsewhere is loaded and shown here. */
export function useFollowOtherTabs(): void {
  const client = useQueryClient();
  useEffect(() => onStoredCorpusChange((generation) => void followOtherTab(client, generation)), [client]);
}
