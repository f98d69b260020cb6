/**
 * The search index: MiniSearch, with one set of options used to build the index at build time
 * (scripts/build-data.ts), to build it in a worker for an imported corpus, and to load the serialised index. The
 * file is MiniSearch's own JSON (`toJSON`, read back with `MiniSearch.loadJSONAsync`) with one extra top-level key
 * in front, `briefingAtlas`: a fingerprint of these options and of the normaliser's behaviour, the corpus it was
 * built from and the tagger's alias groups. A file built with anything else is refused, and the caller rebuilds.
 *
 * Why MiniSearch and these options: docs/decisions/015-minisearch-as-the-engine.md.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Briefing, Corpus, Result } from '../corpus';
import { TAG_KINDS } from '../corpus';
import { foldTerm, forEachIndexTerm, indexTerms, scanWords, stemTerm } from './normalize';
import { type AliasGroups, type SynonymTable, buildSynonymTable } from './search-synonyms';

/** The fields a briefing matches in, as "matched in" names them. */
export const SEARCH_FIELDS = ['title', 'summary', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The field of every word's English stem (title, summary and tags together): word forms meet there. */
export const STEM_FIELD = 'stems';
type IndexField = SearchField | typeof STEM_FIELD;
const INDEX_FIELDS: readonly IndexField[] = [...SEARCH_FIELDS, STEM_FIELD];

/** The stored field: the folded part stream of title, summary and tags, for side-by-side checks (`containsRun`). */
export const STREAM_FIELD = 'p';
/** Separates fields (and tag labels) in the stream: no run crosses it. */
export const STREAM_BREAK = '|';

/**
 * Field weights, tuned on the relevance suite (decision 015): title words are what an analyst remembers, tags are
 * labels the tagger found in the text, and a match only by a word's stem ("smugglers" for "smuggling") counts less
 * than the word itself, so exact forms rank first.
 */
export const FIELD_BOOST: Readonly<Record<IndexField, number>> = {
  title: 3,
  summary: 1,
  tags: 1.5,
  stems: 0.6,
};

export type BriefingIndex = MiniSearch<IndexedBriefing>;

/**
 * What the index reads of a briefing, read once (`readForIndex`): `id` is its position in the corpus; each field is
 * its terms, space-joined; `p` is the part stream stored for side-by-side checks.
 */
export interface IndexedBriefing {
  id: number;
  title: string;
  summary: string;
  tags: string;
  stems: string;
  p: string;
}

/**
 * Bump when the meaning of the index changes in a way the fingerprint cannot see (e.g. what a field holds).
 * 3: MiniSearch with a stem field and a stored part stream (2 was the retired typed-array engine).
 */
export const SEARCH_INDEX_VERSION = 3;

/** Text that exercises every rule of the normaliser; its tokens are part of the fingerprint. */
const NORMALIZER_CANARY =
  'Côte d’Ivoire’s E‑Commerce, Asia-Pacific/ASIAPACIFIC cross—border “MEAs” ﬁnance Straße Øresund countries taxes 1.5 smugglers seizure';

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
    fields: INDEX_FIELDS,
    boosts: FIELD_BOOST,
    canary: indexTerms(NORMALIZER_CANARY),
    read: readForIndex([NORMALIZER_CANARY, NORMALIZER_CANARY]),
  }),
)}`;

/**
 * Identifies a corpus cheaply (name, generation time, size), so the app can tell whether a prebuilt index belongs to
 * the corpus it loaded. The data step writes both files from the same corpus object.
 */
export function corpusKey(corpus: Pick<Corpus, 'name' | 'generatedAt' | 'briefings'>): string {
  return `${corpus.name}|${corpus.generatedAt}|${corpus.briefings.length}`;
}

/** The tag labels of a briefing, every kind, in one list. */
export function tagLabels(briefing: Briefing): string[] {
  const labels: string[] = [];
  for (const kind of TAG_KINDS) for (const tag of briefing[kind]) labels.push(tag.label);
  return labels;
}

/**
 * One reading of some texts for the index: their index terms (words), the stem of each folded part and joined
 * compound, and the folded part stream
 * (one space between parts, `STREAM_BREAK` between texts). Terms are space-free, so each list travels as one
 * space-joined string and MiniSearch's tokenizer only splits it.
 */
function readForIndex(texts: readonly string[]): { words: string[]; stems: string[]; stream: string[] } {
  const words: string[] = [];
  const stems: string[] = [];
  const stream: string[] = [];
  texts.forEach((text, i) => {
    if (i > 0) stream.push(STREAM_BREAK);
    const scanned = scanWords(text);
    forEachIndexTerm(
      scanned,
      (term) => words.push(term),
      (part) => {
        stream.push(part);
        stems.push(stemTerm(part));
      },
    );
    // A compound's joined form has a stem of its own ("cross-borders" → crossbord).
    for (const word of scanned) if (word.parts.length > 1) stems.push(stemTerm(foldTerm(word.joined)));
  });
  return { words, stems, stream };
}

/** The query planner hands MiniSearch terms already normalised: it must not cut or change them again. */
const SEARCH_DEFAULTS: SearchOptions = {
  tokenize: (term) => [term],
  processTerm: (term) => term,
  combineWith: 'AND',
  boost: FIELD_BOOST,
  maxFuzzy: 2,
};

/** The options every index is built and loaded with. */
export const MINISEARCH_OPTIONS: Options<IndexedBriefing> = {
  idField: 'id',
  fields: [...INDEX_FIELDS],
  storeFields: [STREAM_FIELD],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term,
  searchOptions: SEARCH_DEFAULTS,
};

function toIndexed(briefing: Briefing, position: number): IndexedBriefing {
  const labels = tagLabels(briefing);
  const title = readForIndex([briefing.title]);
  const summary = readForIndex([briefing.summary]);
  const tags = readForIndex(labels);
  return {
    id: position,
    title: title.words.join(' '),
    summary: summary.words.join(' '),
    tags: tags.words.join(' '),
    stems: [...title.stems, ...summary.stems, ...tags.stems].join(' '),
    p: [title.stream.join(' '), summary.stream.join(' '), tags.stream.join(' ')].join(` ${STREAM_BREAK} `),
  };
}

/**
 * Builds the index of a corpus, synchronously (build time, worker).
 * @example buildSearchIndex(corpus).documentCount // → corpus.briefings.length
 */
export function buildSearchIndex(corpus: Pick<Corpus, 'briefings'>): BriefingIndex {
  const index = new MiniSearch<IndexedBriefing>(MINISEARCH_OPTIONS);
  index.addAll(corpus.briefings.map(toIndexed));
  return index;
}

/**
 * Builds the index in chunks, yielding between them, for a main thread that must stay responsive.
 * @example await buildSearchIndexAsync(corpus)
 */
export async function buildSearchIndexAsync(
  corpus: Pick<Corpus, 'briefings'>,
  chunkSize = 500,
): Promise<BriefingIndex> {
  const index = new MiniSearch<IndexedBriefing>(MINISEARCH_OPTIONS);
  await index.addAllAsync(corpus.briefings.map(toIndexed), { chunkSize });
  return index;
}

/** The `briefingAtlas` key of a serialised index. */
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

const HEADER_KEY = '{"briefingAtlas":';
/** MiniSearch's `toJSON` writes this key first; the header ends right before it. */
const MINISEARCH_FIRST_KEY = ',"documentCount":';

/**
 * Serialises an index: MiniSearch's JSON with the header in front (public/data/search-index.json).
 * @example await writeFile('search-index.json', serializeSearchIndex(buildSearchIndex(corpus), corpus, ALIAS_GROUPS))
 */
export function serializeSearchIndex(
  index: BriefingIndex,
  corpus: Pick<Corpus, 'name' | 'generatedAt' | 'briefings'>,
  aliasGroups: AliasGroups,
): string {
  const header: SearchIndexHeader = {
    format: 'briefing-atlas/search-index',
    fingerprint: SEARCH_INDEX_FINGERPRINT,
    corpus: corpusKey(corpus),
    aliasGroups: aliasGroups.map((g) => [...g]),
  };
  const body = JSON.stringify(index);
  if (!body.startsWith('{"documentCount":')) throw new Error('Unexpected MiniSearch serialisation.');
  return `${HEADER_KEY}${JSON.stringify(header)},${body.slice(1)}`;
}

function isAliasGroups(value: unknown): value is AliasGroups {
  return (
    Array.isArray(value) && value.every((g) => Array.isArray(g) && g.every((m) => typeof m === 'string'))
  );
}

/**
 * Reads and checks the header of a serialised index without parsing the rest: refuses, with a reason, another
 * file, or an index from other options or another normaliser.
 * @example readSearchIndexHeader(text) // → { ok: true, data: { format, fingerprint, corpus, aliasGroups } } | { ok: false, reason }
 */
export function readSearchIndexHeader(text: string): Result<SearchIndexHeader> {
  const end = text.indexOf(MINISEARCH_FIRST_KEY);
  if (!text.startsWith(HEADER_KEY) || end < 0)
    return { ok: false, reason: 'Not a Briefing Atlas search index.' };
  let p: Partial<SearchIndexHeader>;
  try {
    p = JSON.parse(text.slice(HEADER_KEY.length, end)) as Partial<SearchIndexHeader>;
  } catch (error) {
    return unreadable(error);
  }
  if (p.format !== 'briefing-atlas/search-index')
    return { ok: false, reason: 'Not a Briefing Atlas search index.' };
  if (p.fingerprint !== SEARCH_INDEX_FINGERPRINT) {
    return {
      ok: false,
      reason: `The search index was built with other options (${String(p.fingerprint)}, expected ${SEARCH_INDEX_FINGERPRINT}).`,
    };
  }
  if (!isAliasGroups(p.aliasGroups)) return { ok: false, reason: 'The search index has no synonym table.' };
  return {
    ok: true,
    data: {
      format: p.format,
      fingerprint: p.fingerprint,
      corpus: String(p.corpus),
      aliasGroups: p.aliasGroups,
    },
  };
}

function unreadable(error: unknown): { ok: false; reason: string } {
  return {
    ok: false,
    reason: `The search index cannot be read: ${error instanceof Error ? error.message : 'unknown error'}`,
  };
}

/**
 * Loads a serialised index (the text `serializeSearchIndex` wrote) with MiniSearch's async loader, which yields
 * between chunks of terms. Refuses, with a reason, another file, other options, another normaliser or (if `corpus`
 * is given) another corpus: the caller rebuilds.
 * @example await loadSearchIndex(await res.text(), corpus) // → { ok: true, data: { index, synonyms } } | { ok: false, reason }
 */
export async function loadSearchIndex(
  text: string,
  corpus?: Pick<Corpus, 'name' | 'generatedAt' | 'briefings'>,
): Promise<Result<LoadedSearchIndex & { corpus: string }>> {
  const header = readSearchIndexHeader(text);
  if (!header.ok) return header;
  if (corpus && header.data.corpus !== corpusKey(corpus))
    return { ok: false, reason: 'The search index was built from another corpus.' };
  try {
    const index = await MiniSearch.loadJSONAsync<IndexedBriefing>(text, MINISEARCH_OPTIONS);
    return {
      ok: true,
      data: { index, synonyms: buildSynonymTable(header.data.aliasGroups), corpus: header.data.corpus },
    };
  } catch (error) {
    return unreadable(error);
  }
}

// --- The term dictionary ------------------------------------------------------------------------------------
// MiniSearch keeps its terms in a radix tree (`_index`, protected): term → field id → document → frequency. The
// planner asks it whether a word is indexed (to bridge compounds, to decide on fuzzy) and suggestions list its
// prefixes. The access is these few typed functions, tested, with minisearch pinned to an exact version.

type FieldTermData = Map<number, Map<number, number>>;
interface RadixMap {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): { entries(): IterableIterator<[string, FieldTermData]> };
}

const dictionary = (index: BriefingIndex): RadixMap => (index as unknown as { _index: RadixMap })._index;

/** Field ids of the word fields (not the stem field), per index. */
const wordFieldIds = new WeakMap<BriefingIndex, Set<number>>();
function wordFields(index: BriefingIndex): Set<number> {
  let ids = wordFieldIds.get(index);
  if (!ids) {
    const all = (index as unknown as { _fieldIds: Record<string, number> })._fieldIds;
    ids = new Set(SEARCH_FIELDS.map((f) => all[f]!));
    wordFieldIds.set(index, ids);
  }
  return ids;
}

/** Briefings with the term in a word field (largest per field; 0 when none). */
function frequencyOf(index: BriefingIndex, data: FieldTermData | undefined): number {
  if (!data) return 0;
  const fields = wordFields(index);
  let df = 0;
  for (const [field, docs] of data) if (fields.has(field)) df = Math.max(df, docs.size);
  return df;
}

/** Whether `term` is a word of the index (title, summary or tags), as is. */
export function hasTerm(index: BriefingIndex, term: string): boolean {
  return frequencyOf(index, dictionary(index).get(term)) > 0;
}

/** Whether some indexed word starts with `prefix` (the word itself included). */
export function hasPrefix(index: BriefingIndex, prefix: string): boolean {
  for (const [, data] of dictionary(index).atPrefix(prefix).entries())
    if (frequencyOf(index, data) > 0) return true;
  return false;
}

/** Number of briefings with `term` (largest per field; 0 when not indexed). */
export function documentFrequency(index: BriefingIndex, term: string): number {
  return frequencyOf(index, dictionary(index).get(term));
}

/** Indexed words starting with `prefix`, each with its document frequency (largest per field); at most `limit`. */
export function termsWithPrefix(
  index: BriefingIndex,
  prefix: string,
  limit = 2000,
): { term: string; documents: number }[] {
  const out: { term: string; documents: number }[] = [];
  for (const [term, data] of dictionary(index).atPrefix(prefix).entries()) {
    const documents = frequencyOf(index, data);
    if (documents > 0) out.push({ term, documents });
    if (out.length >= limit) break;
  }
  return out.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/**
 * Queries typed the way an analyst starts, on the index's most common words of five letters or more: three and
 * four letters of the commonest, the whole word, then a second word begun and finished ("cus", "cust", "customs",
 * "customs ris", "customs risk"). A worker runs them once after loading, so the search code is optimised before
 * the first real keystroke (docs/decisions/010-search-in-a-worker.md).
 * @example warmUpQueries(index) // → ['cus', 'cust', 'customs', 'customs ris', 'customs risk']
 */
export function warmUpQueries(index: BriefingIndex): string[] {
  const top: { term: string; df: number }[] = [];
  for (const [term, data] of dictionary(index).atPrefix('').entries()) {
    if (term.length < 5) continue;
    const df = frequencyOf(index, data);
    if (df === 0 || (top.length === 10 && df <= top[9]!.df)) continue;
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
