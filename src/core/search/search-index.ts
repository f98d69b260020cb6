/**
 * The search index: MiniSearch, with one set of options used to build the index at build time
 * (scripts/build-data.ts), to build it in a worker for an imported corpus, and to load the serialised index. The
 * file is MiniSearch's own JSON (`toJSON`, read back with `MiniSearch.loadJSONAsync`) with one extra top-level key
 * in front, `briefingAtlas`: a fingerprint of these options and of the normaliser's behaviour, the corpus it was
 * built from and the tagger's alias groups. A file built with anything else is refused, and the caller rebuilds.
 *
 * Why MiniSearch and these options: docs/decisions/019-minisearch-as-the-engine.md.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Briefing, Corpus, Result } from '../corpus';
import { TAG_KINDS } from '../corpus';
import { foldTerm, forEachIndexTerm, indexTerms, stemTerm } from './normalize';
import { type AliasGroups, type SynonymTable, buildSynonymTable } from './search-synonyms';

/** The fields a briefing matches in, as "matched in" names them. */
export const SEARCH_FIELDS = ['title', 'summary', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * A field never searched: the plural spellings the word fields hold only by their fold ("customs", "countries"), so
 * that suggestions can offer the word as the briefings spell it. Searching goes by the fold, and prefix and word-form
 * lookups would only meet the same briefings twice.
 */
export const SPELLING_FIELD = 'spellings';
type IndexField = SearchField | typeof SPELLING_FIELD;
const INDEX_FIELDS: readonly IndexField[] = [...SEARCH_FIELDS, SPELLING_FIELD];

/** The stored field: the folded part stream of title, summary and tags, for side-by-side checks (`containsRun`). */
export const STREAM_FIELD = 'p';
/** Separates fields (and tag labels) in the stream: no run crosses it. */
export const STREAM_BREAK = '|';

/**
 * Field weights, tuned on the relevance suite (decision 019): title words are what an analyst remembers, and tags are
 * labels the tagger found in the text.
 */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = {
  title: 3,
  summary: 1,
  tags: 1.5,
};

/**
 * How much a match by another form of the word ("smugglers" for "smuggling") counts against the word itself, so
 * exact forms rank first (decision 019).
 */
export const WORD_FORM_WEIGHT = 0.6;

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
  spellings: string;
  p: string;
}

/**
 * Bump when the meaning of the index changes in a way the fingerprint cannot see (e.g. what a field holds).
 * 4: MiniSearch, word fields and a stored part stream; word forms found through the term dictionary at query time
 * (3 had a stem field; 2 was the retired typed-array engine).
 */
export const SEARCH_INDEX_VERSION = 4;

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
    read: readForIndex([NORMALIZER_CANARY, NORMALIZER_CANARY], []),
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

/**
 * One reading of some texts for the index: their index terms (words) by their fold, the plural spellings that fold
 * to another term, and the folded part stream (one space between parts, `STREAM_BREAK` between texts). Terms are
 * space-free, so each list travels as one space-joined string and MiniSearch's tokenizer only splits it.
 */
function readForIndex(texts: readonly string[], spellings: string[]): { words: string[]; stream: string[] } {
  const words: string[] = [];
  const stream: string[] = [];
  texts.forEach((text, i) => {
    if (i > 0) stream.push(STREAM_BREAK);
    forEachIndexTerm(
      text,
      (term) => (foldTerm(term) === term ? words : spellings).push(term),
      (part) => stream.push(part),
    );
  });
  return { words, stream };
}

/** The query planner hands MiniSearch terms already normalised: it must not cut or change them again. */
const SEARCH_DEFAULTS: SearchOptions = {
  tokenize: (term) => [term],
  processTerm: (term) => term,
  combineWith: 'AND',
  fields: [...SEARCH_FIELDS],
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
  const spellings: string[] = [];
  const title = readForIndex([briefing.title], spellings);
  const summary = readForIndex([briefing.summary], spellings);
  const tags = readForIndex(tagLabels(briefing), spellings);
  return {
    id: position,
    title: title.words.join(' '),
    summary: summary.words.join(' '),
    tags: tags.words.join(' '),
    spellings: spellings.join(' '),
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
  corpus: CorpusIdentity,
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
 * Loads a serialised index (the text `serializeSearchIndex` wrote). On a page, with MiniSearch's async loader, which
 * yields between chunks of terms; in a worker (`{ yielding: false }`), with its one-pass loader: the async loader
 * waits on a timer every 1,000 terms and every 1,000 postings of a word, and a browser holds such timers to 4 ms
 * each, which made loading 10,000 briefings' index take seconds longer with nothing else to do. Refuses, with a
 * reason, another file, other options, another normaliser or (if `corpus` is given) another corpus: the caller
 * rebuilds.
 * @example await loadSearchIndex(await res.text(), corpus) // → { ok: true, data: { index, synonyms } } | { ok: false, reason }
 */
export async function loadSearchIndex(
  text: string,
  corpus?: CorpusIdentity,
  { yielding = true }: { yielding?: boolean } = {},
): Promise<Result<LoadedSearchIndex & { corpus: string }>> {
  const header = readSearchIndexHeader(text);
  if (!header.ok) return header;
  if (corpus && header.data.corpus !== corpusKey(corpus))
    return { ok: false, reason: 'The search index was built from another corpus.' };
  try {
    const index = yielding
      ? await MiniSearch.loadJSONAsync<IndexedBriefing>(text, MINISEARCH_OPTIONS)
      : MiniSearch.loadJSON<IndexedBriefing>(text, MINISEARCH_OPTIONS);
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

/** Field ids of the word fields (not the spellings), per index. */
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

/** Briefings with the term (largest per field; 0 when none), in the word fields or (null) in every field. */
function frequencyOf(data: FieldTermData | undefined, fields: Set<number> | null): number {
  if (!data) return 0;
  let df = 0;
  for (const [field, docs] of data) if (!fields || fields.has(field)) df = Math.max(df, docs.size);
  return df;
}

/** Whether `term` is a word of the index (title, summary or tags), as is. */
export function hasTerm(index: BriefingIndex, term: string): boolean {
  return frequencyOf(dictionary(index).get(term), wordFields(index)) > 0;
}

/** Whether some indexed word starts with `prefix` (the word itself included). */
export function hasPrefix(index: BriefingIndex, prefix: string): boolean {
  for (const [, data] of dictionary(index).atPrefix(prefix).entries())
    if (frequencyOf(data, wordFields(index)) > 0) return true;
  return false;
}

/** Number of briefings with `term` (largest per field; 0 when not indexed). */
export function documentFrequency(index: BriefingIndex, term: string): number {
  return frequencyOf(dictionary(index).get(term), wordFields(index));
}

/**
 * Indexed words starting with `prefix`, plural spellings included ("customs" beside "custom"), each with its
 * document frequency (largest per field); at most `limit`. For suggestions: searching goes by the fold.
 */
export function termsWithPrefix(
  index: BriefingIndex,
  prefix: string,
  limit = 2000,
): { term: string; documents: number }[] {
  const out: { term: string; documents: number }[] = [];
  for (const [term, data] of dictionary(index).atPrefix(prefix).entries()) {
    const documents = frequencyOf(data, null);
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
    const df = frequencyOf(data, wordFields(index));
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

/** Stems shorter than this find no other forms: "us" (of "use") would gather far too much. */
const MIN_STEM_LENGTH = 4;
/** Words a stem's prefix may list before the search gives up on its forms (a safeguard, far above real counts). */
const MAX_FORM_CANDIDATES = 5000;
const formsCache = new WeakMap<BriefingIndex, Map<string, string[]>>();

/**
 * The other indexed forms of a word: the index's words with the same English stem (`stemTerm`), e.g. "smugglers"
 * and "smuggled" for "smuggling". Found in the term dictionary, not in a field of their own: a stem is at most one
 * letter off being a prefix of its words (Porter's "-y" → "-i", a dropped "-e"), so the words under the stem less its
 * last letter are the only candidates. Cached per index.
 * @example wordForms(index, 'seizure') // → ['seized', 'seize'] (plurals are folded: 'seizures' is 'seizure')
 */
export function wordForms(index: BriefingIndex, term: string): string[] {
  const stem = stemTerm(term);
  if (stem.length < MIN_STEM_LENGTH) return [];
  let cache = formsCache.get(index);
  if (!cache) formsCache.set(index, (cache = new Map()));
  let forms = cache.get(stem);
  if (!forms) {
    forms = [];
    let seen = 0;
    for (const [candidate, data] of dictionary(index).atPrefix(stem.slice(0, -1)).entries()) {
      if (++seen > MAX_FORM_CANDIDATES) break;
      // Plural folds are indexed beside their surface forms: the fold alone stands for both.
      if (
        foldTerm(candidate) === candidate &&
        frequencyOf(data, wordFields(index)) > 0 &&
        stemTerm(candidate) === stem
      )
        forms.push(candidate);
    }
    cache.set(stem, forms);
  }
  return forms.filter((f) => f !== term);
}
