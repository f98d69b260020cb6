import type { CorpusIdentity, SearchFound, DecodedSearchIndex } from '@/core/search';

/** `serve`: keep the index afterwards and answer `SearchRequest`s. */
export type SearchIndexRequest = {
  corpus: CorpusIdentity;
  serve: boolean;
};
export type SearchIndexResponse =
  /** `index`: the built index's columns and weights, transferred. */
  { type: 'done'; index: DecodedSearchIndex } | { type: 'error'; message: string };

/** Asks the load worker to decode the shipped index file's bytes (transferred). */
export type SearchIndexLoadRequest = { bytes: ArrayBuffer };
export type SearchIndexLoadResponse =
  /** `serving`: the worker kept a copy of the index and now answers `SearchRequest`s. */
  | { type: 'decoded'; index: DecodedSearchIndex; serving: boolean }
  | { type: 'refused'; reason: string }
  | { type: 'error'; message: string };

/** A query for the worker that holds the index (see `serve-searches.ts`). */
export type SearchRequest = { id: number; q: string };
export type SearchReply =
  { type: 'found'; id: number; found: SearchFound } | { type: 'search-failed'; id: number; message: string };
