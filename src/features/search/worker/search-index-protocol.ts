import type { CorpusIdentity, SearchFound } from '@/core/search';

/**
 * Asks the build worker to index a corpus. `serve`: keep the index afterwards and answer `SearchRequest`s;
 * otherwise send it back serialised (MiniSearch's JSON) for the page to load.
 */
export type SearchIndexRequest = {
  corpus: CorpusIdentity;
  serve: boolean;
};
export type SearchIndexResponse =
  /** `serving`: the worker keeps the index and answers searches; else `file` is the index for the page. */
  | { type: 'built'; serving: true }
  | { type: 'built'; serving: false; file: string }
  | { type: 'error'; message: string };

/** Asks the load worker to load the shipped index file's bytes (transferred) and serve searches from it. */
export type SearchIndexLoadRequest = { bytes: ArrayBuffer; corpus: string };
export type SearchIndexLoadResponse =
  /** The worker loaded the index and now answers `SearchRequest`s. */
  { type: 'loaded' } | { type: 'refused'; reason: string } | { type: 'error'; message: string };

/** A request to the worker that holds the index (see `serve-searches.ts`). */
export type SearchRequest =
  /** A query typed in the search box (the newest replaces one still waiting: `SearchRemote`). */
  | { type: 'search'; id: number; q: string }
  /** Several queries at once (a deck of saved views): each one's corpus positions, or null for an empty query. */
  | { type: 'many'; id: number; queries: string[] }
  /** Indexed words that start with `prefix`, with their document frequencies (for suggestions). */
  | { type: 'terms'; id: number; prefix: string };
export type SearchReply =
  | { type: 'found'; id: number; found: SearchFound }
  | { type: 'found-many'; id: number; docs: (Uint32Array | null)[] }
  | { type: 'terms'; id: number; terms: { term: string; documents: number }[] }
  | { type: 'search-failed'; id: number; message: string };
