import type { Corpus } from '@/core/corpus';
import type { SerializedSearchIndex } from '@/core/search-index';

export type SearchIndexRequest = { corpus: Pick<Corpus, 'name' | 'generatedAt' | 'briefings'> };
export type SearchIndexResponse =
  { type: 'done'; payload: SerializedSearchIndex } | { type: 'error'; message: string };
