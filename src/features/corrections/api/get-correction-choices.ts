import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Corpus, FilterKind } from '@/core/corpus';
import type { CorrectionChoice } from '@/core/tagging';
import { getCorpusIndex } from '@/core/view';

/** The values the tagger knows for a kind: its dictionaries are loaded when an analyst first adds a tag. */
export const correctionChoicesQueryOptions = (kind: FilterKind) =>
  queryOptions({
    queryKey: ['correction-choices', kind],
    queryFn: async () => (await import('@/core/tagging')).correctionChoices(kind),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/**
 * What an analyst can add for a kind: the tagger's known values, then the corpus's own (an imported file's region,
 * a programme found by its shape). Undefined while the tagger's lists load.
 */
export function useCorrectionChoices(
  kind: FilterKind,
  corpus: Corpus,
  enabled: boolean,
): CorrectionChoice[] | undefined {
  const known = useQuery({ ...correctionChoicesQueryOptions(kind), enabled });
  return useMemo(() => {
    if (!known.data) return undefined;
    const ids = new Set(known.data.map((c) => c.id));
    const index = getCorpusIndex(corpus).kinds[kind];
    const own: CorrectionChoice[] = [];
    index.ids.forEach((id, v) => {
      if (!ids.has(id)) own.push({ id, label: index.labels[v]!, detail: 'In this corpus' });
    });
    return [...known.data, ...own];
  }, [known.data, corpus, kind]);
}
