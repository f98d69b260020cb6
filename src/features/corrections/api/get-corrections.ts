import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { applyCorrections, type Corpus, type Correction } from '@/core/corpus';
import {
  loadStoredCorrections,
  onStoredCorrectionsChange,
  updateStoredCorrections,
} from '@/lib/corrections-store';

/** The corrections made in this browser, and what the analyst should know about them (damaged, not kept). */
export interface KeptCorrections {
  list: Correction[];
  notice: string | null;
}

export const correctionsQueryOptions = () =>
  queryOptions({
    queryKey: ['corrections'],
    queryFn: async (): Promise<KeptCorrections> => {
      const read = await loadStoredCorrections();
      return read.ok ? { list: read.data, notice: null } : { list: [], notice: read.reason };
    },
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function useKeptCorrections() {
  return useQuery(correctionsQueryOptions());
}

/** Keeps this tab on the corrections the other tabs keep. */
export function useFollowOtherTabsCorrections(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      onStoredCorrectionsChange(
        () => void client.invalidateQueries({ queryKey: correctionsQueryOptions().queryKey }),
      ),
    [client],
  );
}

/**
 * Changes the kept corrections (from the latest list, in every tab) and shows the result at once; returns why they
 * could not be kept, if they could not.
 */
export function useChangeCorrections(): (
  change: (latest: Correction[]) => Correction[],
) => Promise<string | null> {
  const client = useQueryClient();
  return useCallback(
    async (change) => {
      const key = correctionsQueryOptions().queryKey;
      const shown = client.getQueryData<KeptCorrections>(key)?.list ?? [];
      const outcome = await updateStoredCorrections(change, shown);
      client.setQueryData<KeptCorrections>(key, { list: outcome.corrections, notice: outcome.problem });
      return outcome.problem;
    },
    [client],
  );
}

/**
 * The corpus every view counts: the corpus loaded with the corrections that came with it and those made in this
 * browser laid over it (`applyCorrections`, the one function that does it). The same object while neither changes.
 */
export function useCorrectedCorpus(corpus: Corpus | undefined, kept: readonly Correction[] | undefined) {
  return useMemo(
    () => (corpus && kept ? applyCorrections(corpus, [...(corpus.corrections ?? []), ...kept]) : undefined),
    [corpus, kept],
  );
}

const NAME_KEY = 'briefing-atlas:analyst-name';
const NAME_CHANGED = 'briefing-atlas:analyst-name-changed';

function subscribeName(onChange: () => void) {
  const onStorage = (e: StorageEvent) => {
    if (e.key === NAME_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(NAME_CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(NAME_CHANGED, onChange);
  };
}

function readName(): string {
  try {
    return window.localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The analyst's name, recorded with each correction they make (optional; kept in this browser). */
export function useAnalystName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribeName, readName, () => '');
  const setName = useCallback((next: string) => {
    try {
      window.localStorage.setItem(NAME_KEY, next.slice(0, 200));
    } catch {
      // No storage here: the name is simply not remembered.
    }
    window.dispatchEvent(new Event(NAME_CHANGED));
  }, []);
  return [name, setName];
}
