/**
 * The search index: one set of options, used to build the index at build time (scripts/build-data.ts), to build it
 * in the browser for an imported corpus (in a worker), and to load a serialised index. The payload carries a
 * fingerprint of those options and of the normaliser's behaviour; a payload built with anything else is refused,
 * and the caller rebuilds.
 *
 * The engine is our own typed-array index (search-engine.ts), not MiniSearch: at 100,000 briefings MiniSearch took
 * 15–45 s to build, 120 MB of JSON to ship and up to a second per short prefix (docs/decisions/008-scale-to-100k.md). The
 * scoring is MiniSearch's BM25+, so ranking reads the same.
 */
import type { Briefing, Corpus, Result } from '../corpus';
import { TAG_KINDS } from '../corpus';
import { indexTerms } from './normalize';
import {
  EngineBuilder,
  SearchEngine,
  computeEngineStats,
  engineFile,
  readEngineFile,
  type EngineStats,
  type EngineColumns,
  type EngineDocument,
} from './search-engine';
import { isSectionFile, readSectionFile, writeSectionFile } from './section-file';
import { type AliasGroups, type SynonymTable, buildSynonymTable } from './search-synonyms';

/** Fields in the engine's order (title, summary, tags). */
export const SEARCH_FIELDS = ['title', 'summary', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export type BriefingIndex = SearchEngine;

/**
 * Bump when the meaning of the index changes in a way the fingerprint cannot see (e.g. what
 * `toEngineDocument` puts in a field). 2: the typed-array engine (was MiniSearch).
 */
export const SEARCH_INDEX_VERSION = 2;

/** Title words are what an analyst remembers; tags are labels the tagger found in the text. */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = { title: 3, summary: 1, tags: 1.5 };

/** `FIELD_BOOST` in the engine's field order. */
export const FIELD_BOOSTS: readonly number[] = SEARCH_FIELDS.map((f) => FIELD_BOOST[f]);

/** Text that exercises every rule of the normaliser; its tokens are part of the fingerprint. */
const NORMALIZER_CANARY =
  'Côte d’Ivoire’s E‑Commerce, Asia-Pacific/ASIAPACIFIC cross—border “MEAs” ﬁnance Straße Øresund countries taxes 1.5';

/** FNV-1a, 32-bit: enough to tell two option sets apart, not a security measure. */
function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Identifies the options and normaliser behaviour an index was built with. */
export const SEARCH_INDEX_FINGERPRINT = `v${SEARCH_INDEX_VERSION}-${hashString(
  JSON.stringify({
    fields: SEARCH_FIELDS,
    boosts: FIELD_BOOST,
    canary: indexTerms(NORMALIZER_CANARY),
  }),
)}`;

/** The part of `corpusKey` that corrections do not change: two corpora with one text key hold the same briefings. */
export function corpusTextKey(corpus: Pick<Corpus, 'name' | 'generatedAt' | 'briefings'>): string {
  return `${corpus.name}|${corpus.generatedAt}|${corpus.briefings.length}`;
}

/** What tells one corpus from another for its search index. */
export type CorpusIdentity = Pick<Corpus, 'name' | 'generatedAt' | 'briefings' | 'corrections'>;

/**
 * Identifies a corpus cheaply (name, generation time, size, and the analysts' corrections laid over its tags, which
 * the index's tag field reads), so the app can tell whether a prebuilt index belongs to the corpus it shows. The
 * data step writes both files from the same corpus object; corrections made in the browser give another key, and
 * the index is rebuilt from the corrected tags (docs/decisions/018-analyst-corrections.md).
 */
export function corpusKey(corpus: CorpusIdentity): string {
  const key = corpusTextKey(corpus);
  const corrections = corpus.corrections ?? [];
  return corrections.length === 0 ? key : `${key}|corrections ${hashString(JSON.stringify(corrections))}`;
}

/** The tag labels of a briefing, every kind, in one list. */
export function tagLabels(briefing: Briefing): string[] {
  const labels: string[] = [];
  for (const kind of TAG_KINDS) for (const tag of briefing[kind]) labels.push(tag.label);
  return labels;
}

function toEngineDocument(briefing: Briefing): EngineDocument {
  return { id: briefing.id, title: briefing.title, summary: briefing.summary, tags: tagLabels(briefing) };
}

/**
 * Builds the index of a corpus, synchronously (build time, worker).
 * @example buildSearchIndex(corpus).documentCount // → corpus.briefings.length
 */
export function buildSearchIndex(corpus: Pick<Corpus, 'briefings'>): BriefingIndex {
  const builder = new EngineBuilder();
  for (const b of corpus.briefings) builder.add(toEngineDocument(b));
  return builder.finish();
}

/**
 * Builds the index in chunks, yielding between them, for a main thread that must stay responsive.
 * @example await buildSearchIndexAsync(corpus)
 */
export async function buildSearchIndexAsync(
  corpus: Pick<Corpus, 'briefings'>,
  chunkSize = 500,
): Promise<BriefingIndex> {
  const builder = new EngineBuilder();
  const { briefings } = corpus;
  for (let i = 0; i < briefings.length; i += chunkSize) {
    for (const b of briefings.slice(i, i + chunkSize)) builder.add(toEngineDocument(b));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return builder.finish();
}

/**
 * The header of a serialised index (public/data/search-index.bin, a section file: section-file.ts). The engine's
 * columns are its sections, its ids and terms header fields too (`engineFile`).
 */
export interface SearchIndexHeader {
  format: 'briefing-atlas/search-index';
  fingerprint: string;
  /** `corpusKey` of the corpus the index was built from. */
  corpus: string;
  /**
   * The tagger's alias groups (`ALIAS_GROUPS`), shipped with the index so the page gets the very synonyms the
   * tagger used without bundling the dictionaries and gazetteer.
   */
  aliasGroups: AliasGroups;
}

/** A loaded index with the synonyms it was shipped with: what `searchBriefings` and `suggest` need. */
export interface LoadedSearchIndex {
  index: BriefingIndex;
  synonyms: SynonymTable;
}

/**
 * Serialises an index with the fingerprint of the options that built it and the alias groups to search with: the
 * bytes of public/data/search-index.bin.
 * @example await writeFile('search-index.bin', serializeSearchIndex(buildSearchIndex(corpus), corpus, ALIAS_GROUPS))
 */
export function serializeSearchIndex(
  index: BriefingIndex,
  corpus: CorpusIdentity,
  aliasGroups: AliasGroups,
): Uint8Array {
  const header: SearchIndexHeader = {
    format: 'briefing-atlas/search-index',
    fingerprint: SEARCH_INDEX_FINGERPRINT,
    corpus: corpusKey(corpus),
    aliasGroups: aliasGroups.map((g) => [...g]),
  };
  const engine = engineFile(index.toColumns());
  return writeSectionFile({ ...header, ...engine.header }, engine.sections);
}

function isAliasGroups(value: unknown): value is AliasGroups {
  return (
    Array.isArray(value) && value.every((g) => Array.isArray(g) && g.every((m) => typeof m === 'string'))
  );
}

/** A serialised index checked and decoded to columns (plain data and typed arrays: it can cross to a worker). */
export interface DecodedSearchIndex {
  /** `corpusKey` of the corpus it was built from. */
  corpus: string;
  aliasGroups: AliasGroups;
  columns: EngineColumns;
  /** Derived with the decoding (in the load worker, off the page's thread). */
  stats: EngineStats;
}

/**
 * Checks and decodes a serialised index (the bytes `serializeSearchIndex` wrote) without building the engine: the
 * part of loading a worker can do. Refuses, with a reason, other bytes, or an index from other options or another
 * normaliser.
 * @example decodeSearchIndex(await res.arrayBuffer()) // → { ok: true, data: { corpus, aliasGroups, columns, stats } } | { ok: false, reason }
 */
export function decodeSearchIndex(payload: ArrayBuffer | Uint8Array): Result<DecodedSearchIndex> {
  if (!isSectionFile(payload)) return { ok: false, reason: 'Not a Briefing Atlas search index.' };
  try {
    const file = readSectionFile(payload);
    const p = file.header as Partial<SearchIndexHeader>;
    if (p.format !== 'briefing-atlas/search-index')
      return { ok: false, reason: 'Not a Briefing Atlas search index.' };
    if (p.fingerprint !== SEARCH_INDEX_FINGERPRINT) {
      return {
        ok: false,
        reason: `The search index was built with other options (${String(p.fingerprint)}, expected ${SEARCH_INDEX_FINGERPRINT}).`,
      };
    }
    if (!isAliasGroups(p.aliasGroups)) return { ok: false, reason: 'The search index has no synonym table.' };
    const { columns, fieldDf } = readEngineFile(file);
    return {
      ok: true,
      data: {
        corpus: String(p.corpus),
        aliasGroups: p.aliasGroups,
        columns,
        stats: computeEngineStats(columns, fieldDf),
      },
    };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * A built index in the decoded form (what a worker that built it posts the page, without writing and reading the
 * file in between).
 */
export function decodedSearchIndex(
  index: BriefingIndex,
  corpus: CorpusIdentity,
  aliasGroups: AliasGroups,
): DecodedSearchIndex {
  return {
    corpus: corpusKey(corpus),
    aliasGroups: aliasGroups.map((g) => [...g]),
    columns: index.toColumns(),
    stats: index.toStats(),
  };
}

/** The typed-array columns and weights of a decoded index: what is transferred or copied between threads. */
const TYPED_COLUMNS = [
  'postingStart',
  'postingDocs',
  'postingTf',
  'fieldLength',
  'streamStart',
  'streams',
  'streamTerms',
] as const satisfies readonly (keyof EngineColumns)[];
const TYPED_STATS = [
  'fieldDf',
  'idf',
  'norm',
  'streamCode',
] as const satisfies readonly (keyof EngineStats)[];

/** The typed arrays of a decoded index, each buffer once: what `postMessage` can transfer instead of copying. */
export function decodedIndexBuffers(decoded: DecodedSearchIndex): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const views = [
    ...TYPED_COLUMNS.map((k) => decoded.columns[k]),
    ...TYPED_STATS.map((k) => decoded.stats[k]),
  ];
  for (const view of views) if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  return [...buffers];
}

/**
 * A copy of a decoded index whose typed arrays have buffers of their own. A worker that keeps the index and sends
 * the page this copy with its buffers transferred copies ~70 MB (at 100,000 briefings) in its own thread; posted
 * as a copy, the page's thread would read them out of the message instead (~0.3–0.45 s, measured in a load trace).
 */
export function copyDecodedIndex(decoded: DecodedSearchIndex): DecodedSearchIndex {
  return {
    corpus: decoded.corpus,
    aliasGroups: decoded.aliasGroups,
    columns: withCopies({ ...decoded.columns }, TYPED_COLUMNS),
    stats: withCopies({ ...decoded.stats }, TYPED_STATS),
  };
}

/** `target` with each typed array under `keys` replaced by a copy of its own. */
function withCopies<T>(target: T, keys: readonly (keyof T)[]): T {
  for (const key of keys) target[key] = (target[key] as { slice(): T[keyof T] }).slice();
  return target;
}

function unreadable(error: unknown): { ok: false; reason: string } {
  return {
    ok: false,
    reason: `The search index cannot be read: ${error instanceof Error ? error.message : 'unknown error'}`,
  };
}

/**
 * Builds the engine from a decoded index, refusing one built from another corpus (when `corpus` is given).
 * @example openSearchIndex(decoded, corpus) // → { ok: true, data: { index, synonyms } } | { ok: false, reason }
 */
export function openSearchIndex(
  decoded: DecodedSearchIndex,
  corpus?: CorpusIdentity,
): Result<LoadedSearchIndex> {
  if (corpus && decoded.corpus !== corpusKey(corpus)) {
    return { ok: false, reason: 'The search index was built from another corpus.' };
  }
  try {
    return {
      ok: true,
      data: {
        index: new SearchEngine(decoded.columns, decoded.stats),
        synonyms: buildSynonymTable(decoded.aliasGroups),
      },
    };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Loads a serialised index (the bytes `serializeSearchIndex` wrote) with the same options that built it, and its synonyms. Refuses,
 * with a reason, a payload from other options, another normaliser or (if `corpus` is given) another corpus: the
 * caller rebuilds.
 * @example loadSearchIndex(await res.arrayBuffer(), corpus) // → { ok: true, data: { index, synonyms } } | { ok: false, reason }
 */
export function loadSearchIndex(
  payload: ArrayBuffer | Uint8Array,
  corpus?: CorpusIdentity,
): Result<LoadedSearchIndex> {
  const decoded = decodeSearchIndex(payload);
  return decoded.ok ? openSearchIndex(decoded.data, corpus) : decoded;
}

/** Whether `term` is in the index, as is. */
export function hasTerm(index: BriefingIndex, term: string): boolean {
  return index.termId(term) !== undefined;
}

/** Whether some indexed term starts with `prefix` (the term itself included). */
export function hasPrefix(index: BriefingIndex, prefix: string): boolean {
  const [lo, hi] = index.prefixRange(prefix);
  return hi > lo;
}

/** Number of briefings with `term` (largest per field; 0 when not indexed). */
export function documentFrequency(index: BriefingIndex, term: string): number {
  const id = index.termId(term);
  return id === undefined ? 0 : index.documentFrequency(id);
}

/** Indexed terms starting with `prefix`, in order, each with its document frequency (largest per field); at most `limit`. */
export function termsWithPrefix(
  index: BriefingIndex,
  prefix: string,
  limit = 2000,
): { term: string; documents: number }[] {
  const [lo, hi] = index.prefixRange(prefix);
  const out: { term: string; documents: number }[] = [];
  for (let id = lo; id < hi && out.length < limit; id++)
    out.push({ term: index.terms[id]!, documents: index.documentFrequency(id) });
  return out;
}

/**
 * Queries typed the way an analyst starts, on the index's most common words of five letters or more: three and
 * four letters of the commonest, the whole word, then a second word begun and finished ("cus", "cust", "customs",
 * "customs ris", "customs risk"). A worker runs them once after loading, so the engine's code is optimised before
 * the first real keystroke (docs/decisions/010-search-in-a-worker.md).
 * @example warmUpQueries(index) // → ['cus', 'cust', 'customs', 'customs ris', 'customs risk']
 */
export function warmUpQueries(index: BriefingIndex): string[] {
  // The ten commonest such words (a short list kept sorted: one pass over the terms).
  const top: { term: string; df: number }[] = [];
  for (let id = 0; id < index.terms.length; id++) {
    const term = index.terms[id]!;
    if (term.length < 5) continue;
    const df = index.documentFrequency(id);
    if (top.length === 10 && df <= top[9]!.df) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.df < df) at--;
    top.splice(at, 0, { term, df });
    if (top.length > 10) top.pop();
  }
  const a = top[0]?.term;
  if (!a) return [];
  // The second word is another word, not a form of the first ("customs" after "custom").
  const b = top.find((t) => !t.term.startsWith(a.slice(0, 4)))?.term;
  return [a.slice(0, 3), a.slice(0, 4), a, ...(b ? [`${a} ${b.slice(0, 3)}`, `${a} ${b}`] : [])];
}
