import type { Corpus } from '@/core/corpus';
import type { DecodedSearchIndex, SerializedSearchIndex } from '@/core/search-index';

export type SearchIndexRequest = { corpus: Pick<Corpus, 'name' | 'generatedAt' | 'briefings'> };
export type SearchIndexResponse =
  { type: 'done'; payload: SerializedSearchIndex } | { type: 'error'; message: string };

/** Asks the load worker to fetch and decode the shipped index at `url` (absolute). */
export type SearchIndexLoadRequest = { url: string };
export type SearchIndexLoadResponse =
  | { type: 'decoded'; index: DecodedSearchIndex }
  | { type: 'refused'; reason: string }
  | { type: 'missing' }
  | { type: 'error'; message: string };
