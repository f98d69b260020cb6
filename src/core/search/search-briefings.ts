/**
 * From a query string to ranked briefing ids: our query planner on top of MiniSearch. The parsed query is planned
 * into MiniSearch sub-queries, one clause per thing the analyst asked for, all required (AND):
 *
 * - a word: its folded form exactly in title, summary and tags, and its English stem in the stem field (weighed
 *   less, so exact forms rank first); typo-tolerant (fuzzy) only when it is 5+ letters and not itself indexed; the
 *   word being typed (the last, with no space after it) also matches as a prefix from 3 letters.
 * - a word written joined that the text may write spaced ("crossborder", "prearrival" vs "cross border", "pre
 *   arrival"): also the two indexed words it splits into, kept only where they stand side by side. A known prefix
 *   (pre-, post-, cross-, co-, e-, …: `WORD_PREFIXES`) splits off whatever its length.
 * - two words the text may write joined ("Asia Pacific" vs "Asiapacific", "pre arrival" vs "pre-arrival"): also
 *   their joined form, if indexed.
 * - an acronym or old name: also its synonyms from the tagger's alias table (a multi-word name as a phrase).
 * - a quoted phrase: its words, kept only where they stand side by side (compounds either way).
 * - an exclusion (-word, -"phrase"): briefings containing it are dropped.
 *
 * "Side by side" is checked on the briefing's folded part stream (stored in the index) with `containsRun`, which is
 * blind to how a compound is written: "asia pacific", "asia-pacific" and "asiapacific" all make "asiapacific".
 *
 * No dead ends: when no briefing has every clause, the briefings that have most of them are returned instead,
 * ranked by how many they have, then by score, and the outcome says so (`partial`).
 */
import type { Query, SearchResult } from 'minisearch';
import type { Corpus } from '../corpus';
import { WORD_PREFIXES, containsRun, findRuns, foldTerm, scanWords } from './normalize';
import {
  type BriefingIndex,
  type SearchField,
  FIELD_BOOST,
  SEARCH_FIELDS,
  STREAM_FIELD,
  WORD_FORM_WEIGHT,
  documentFrequency,
  hasPrefix,
  hasTerm,
  tagLabels,
  termsWithPrefix,
  wordForms,
} from './search-index';
import { type ParsedQuery, type QueryWord, isEmptyQuery, parseQuery } from './search-query';
import type { SynonymTable } from './search-synonyms';

/** The word being typed matches as a prefix from this many letters; shorter prefixes match nearly everything. */
export const MIN_PREFIX_LENGTH = 3;
/** Words shorter than this are never fuzzy: "aid" must not find "add", and short fuzzy lookups are costly. */
export const MIN_FUZZY_LENGTH = 5;
/** Edit distance as a fraction of the word length (5–7 letters: 1 edit; 8+: 2), capped by `maxFuzzy` (2). */
export const FUZZINESS = 0.2;
/**
 * Joined words are split in at most this many ways. A part the query typed ("tax-id") counts from 2 letters; a
 * split the index suggests ("asiapacific" → "asia" + "pacific") needs halves of 3 or more, or a known prefix
 * first: two-letter halves are almost always chance ("cust" → "cu" + "st").
 */
const MAX_SPLITS = 3;
const MIN_TYPED_PART = 2;
const MIN_SPLIT_PART = 3;

interface Leaf {
  term: string;
  prefix: boolean;
  fuzzy: number | false;
  /** Also look up the word's other forms (the analyst's own words, not their spaced parts). */
  forms?: boolean;
}
type Expr = { leaf: Leaf } | { and: Expr[] } | { or: Expr[] };

/** One required (or excluded) thing. */
interface Clause {
  /** How the status line names it ("timber", `"plastic waste"`). */
  label: string;
  expr: Expr;
  /**
   * Concatenated targets (see `containsRun`). When non-empty, a hit must either have matched every term of one of
   * `direct`, or contain one of these runs.
   */
  runs: string[];
  direct: string[][];
  /** Terms that only serve to retrieve run candidates: not highlighted on their own. */
  runOnly: string[];
  /** Terms that match on their own. */
  directTerms: string[];
}

export interface SearchMatch {
  /** Fields the briefing matched in. */
  fields: SearchField[];
  /** What to highlight: the briefing's matched words (folded) and side-by-side runs; pass to `highlightRanges`. */
  terms: string[];
}

/** When no briefing has every part of the query: what the results have instead. */
export interface PartialMatch {
  /** The parts of the query, as the analyst wrote them ("timber", "smuggling"). */
  wanted: string[];
}

export interface SearchOutcome {
  /** False when the query asks for nothing: `ids` is then every briefing, in corpus order. */
  active: boolean;
  /** Ranked: best match first. With only exclusions, corpus order. */
  ids: string[];
  /** The same briefings as corpus positions: what `deriveView` counts with. Absent when the query is inactive. */
  docs?: Uint32Array;
  /** What matched in a briefing of `ids` (undefined for others, and for exclusion-only queries). */
  match: (id: string) => SearchMatch | undefined;
  query: ParsedQuery;
  /** Set when no briefing has all of the query: `ids` are then those with most of it. */
  partial: PartialMatch | null;
}

export interface SearchBriefingsOptions {
  /** From `loadSearchIndex` (the shipped alias groups), or `buildSynonymTable(ALIAS_GROUPS)` where the dictionaries are at hand. */
  synonyms: SynonymTable;
}

const leaf = (term: string): Expr => ({ leaf: { term, prefix: false, fuzzy: false } });
const and = (exprs: Expr[]): Expr => (exprs.length === 1 ? exprs[0]! : { and: exprs });
const or = (exprs: Expr[]): Expr => (exprs.length === 1 ? exprs[0]! : { or: exprs });

/** Field boosts for a match by another form of the word: weighed less, so exact forms rank first. */
const FORM_BOOST = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, FIELD_BOOST[f] * WORD_FORM_WEIGHT]));

/**
 * A planned expression as a MiniSearch query: the term in the word fields, and its other forms, weighed less when
 * the word itself is indexed (exact forms rank first).
 */
function toQuery(index: BriefingIndex, expr: Expr): Query {
  if ('and' in expr) return { combineWith: 'AND', queries: expr.and.map((e) => toQuery(index, e)) };
  if ('or' in expr) return { combineWith: 'OR', queries: expr.or.map((e) => toQuery(index, e)) };
  const { term, prefix, fuzzy, forms } = expr.leaf;
  const word: Query = { combineWith: 'OR', queries: [term], fields: [...SEARCH_FIELDS], prefix, fuzzy };
  const others = forms ? wordForms(index, term) : [];
  if (others.length === 0) return word;
  // Weighed less only against the word itself: where the briefings never write it, its forms are all there is.
  const boost = hasTerm(index, term) ? FORM_BOOST : FIELD_BOOST;
  return {
    combineWith: 'OR',
    queries: [word, { queries: others, fields: [...SEARCH_FIELDS], boost, prefix: false, fuzzy: false }],
  };
}

class Planner {
  constructor(
    private readonly index: BriefingIndex,
    private readonly synonyms: SynonymTable,
  ) {}

  private fuzzyFor(term: string): number | false {
    return term.length >= MIN_FUZZY_LENGTH && !hasTerm(this.index, term) ? FUZZINESS : false;
  }

  /** The word itself: its fold exactly (fuzzy if unknown), and while typed, its surface form as a prefix. */
  private wordLeaves(w: QueryWord, typing: boolean): Leaf[] {
    if (typing && w.surface.length >= MIN_PREFIX_LENGTH) {
      // A word the briefings use (by its fold: "customs" is "custom") or begin is not a typo.
      const prefixFuzzy =
        w.surface.length >= MIN_FUZZY_LENGTH &&
        !hasTerm(this.index, w.term) &&
        !hasPrefix(this.index, w.surface)
          ? FUZZINESS
          : false;
      if (w.surface === w.term) return [{ term: w.term, prefix: true, fuzzy: prefixFuzzy, forms: true }];
      // "customs": its fold "custom" already finds every briefing with "customs"; the prefix only adds longer words.
      const longer = termsWithPrefix(this.index, w.surface, 2).some((t) => t.term !== w.surface);
      if (!longer && !prefixFuzzy) return [{ term: w.term, prefix: false, fuzzy: false, forms: true }];
      return [
        { term: w.term, prefix: false, fuzzy: false, forms: true },
        { term: w.surface, prefix: true, fuzzy: prefixFuzzy },
      ];
    }
    return [{ term: w.term, prefix: false, fuzzy: this.fuzzyFor(w.term), forms: true }];
  }

  /** Ways the text may write this word spaced: typed parts ("cross-border"), or indexed halves ("crossborder"). */
  private spacedForms(w: QueryWord): string[][] {
    if (w.parts.length > 1) return w.parts.every((p) => p.length >= MIN_TYPED_PART) ? [w.parts] : [];
    const forms: string[][] = [];
    const t = w.term;
    const indexed = (a: string, b: string) => hasTerm(this.index, a) && hasTerm(this.index, b);
    for (const p of WORD_PREFIXES) {
      const rest = t.slice(p.length);
      if (t.startsWith(p) && rest.length >= MIN_SPLIT_PART && p.length < MIN_SPLIT_PART && indexed(p, rest))
        forms.push([p, rest]);
    }
    for (let k = MIN_SPLIT_PART; k <= t.length - MIN_SPLIT_PART && forms.length < MAX_SPLITS; k++) {
      const a = t.slice(0, k);
      const b = t.slice(k);
      if (indexed(a, b)) forms.push([a, b]);
    }
    return forms;
  }

  /** A single word, with its spaced forms. */
  word(w: QueryWord, typing: boolean): Clause {
    const leaves = this.wordLeaves(w, typing);
    const spaced = this.spacedForms(w);
    const alternatives = [or(leaves.map((l) => ({ leaf: l })))];
    for (const form of spaced) alternatives.push(and(form.map((p) => leaf(p))));
    const direct = leaves.map((l) => [l.term]);
    return {
      label: w.surface,
      expr: or(alternatives),
      runs: spaced.length > 0 ? [w.parts.join('')] : [],
      // A match by another form of the word is a match of the word.
      direct: [
        ...direct,
        ...leaves.filter((l) => l.forms).flatMap((l) => wordForms(this.index, l.term).map((f) => [f])),
      ],
      runOnly: spaced.flat(),
      directTerms: leaves.map((l) => l.term),
    };
  }

  /** Two adjacent words the text may also write as one ("asia pacific" → "asiapacific"), or null. */
  pair(a: QueryWord, b: QueryWord, typingB: boolean): Clause | null {
    const surface = a.surface + b.surface;
    let joined: Leaf;
    if (typingB && surface.length >= MIN_PREFIX_LENGTH) {
      if (!hasPrefix(this.index, surface)) return null;
      joined = { term: surface, prefix: true, fuzzy: false };
    } else {
      const term = foldTerm(surface);
      if (!hasTerm(this.index, term)) return null;
      joined = { term, prefix: false, fuzzy: false };
    }
    const la = this.wordLeaves(a, false);
    const lb = this.wordLeaves(b, typingB);
    return {
      label: `${a.surface} ${b.surface}`,
      expr: or([and([or(la.map((l) => ({ leaf: l }))), or(lb.map((l) => ({ leaf: l })))]), { leaf: joined }]),
      runs: [],
      direct: [],
      runOnly: [],
      directTerms: [...la, ...lb, joined].map((l) => l.term),
    };
  }

  /** Words `words` that form a synonym key, with the key's alternatives. */
  synonym(words: QueryWord[], alternatives: readonly (readonly string[])[], typing: boolean): Clause {
    const natural: Clause =
      words.length === 1
        ? this.word(words[0]!, typing)
        : {
            label: words.map((w) => w.surface).join(' '),
            expr: and(
              words.map((w, i) =>
                or(this.wordLeaves(w, typing && i === words.length - 1).map((l) => ({ leaf: l }))),
              ),
            ),
            runs: [],
            direct: [words.map((w) => w.term)],
            runOnly: [],
            directTerms: words.map((w) => w.term),
          };
    const exprs = [natural.expr];
    const clause: Clause = { ...natural, runs: [...natural.runs], direct: [...natural.direct] };
    for (const alt of alternatives) {
      if (alt.length === 1) {
        exprs.push(leaf(alt[0]!));
        clause.direct.push([alt[0]!]);
        clause.directTerms = [...clause.directTerms, alt[0]!];
      } else {
        // Retrieve by the rarest word only ("epizooties", not "world" or "health"): the run check does the rest.
        const frequencies = alt.map((t) => documentFrequency(this.index, t));
        if (frequencies.some((f) => f === 0)) continue;
        const rarest = alt[frequencies.indexOf(Math.min(...frequencies))]!;
        exprs.push(leaf(rarest));
        clause.runs.push(alt.join(''));
        clause.runOnly = [...clause.runOnly, rarest];
      }
    }
    return { ...clause, expr: or(exprs) };
  }

  /** A quoted phrase: every word (in any compound spelling), then side by side. */
  phrase(words: QueryWord[]): Clause {
    const runOnly: string[] = [];
    const slots = words.map((w, i) => {
      const options: Expr[] = [leaf(w.term)];
      runOnly.push(w.term);
      for (const form of this.spacedForms(w)) {
        options.push(and(form.map((p) => leaf(p))));
        runOnly.push(...form);
      }
      for (const neighbour of [words[i - 1], words[i + 1]]) {
        if (!neighbour) continue;
        const joined =
          neighbour === words[i - 1] ? neighbour.surface + w.surface : w.surface + neighbour.surface;
        const term = foldTerm(joined);
        if (hasTerm(this.index, term)) {
          options.push(leaf(term));
          runOnly.push(term);
        }
      }
      return or(options);
    });
    return {
      label: words.length === 1 ? words[0]!.surface : `"${words.map((w) => w.surface).join(' ')}"`,
      expr: and(slots),
      runs: [words.flatMap((w) => w.parts).join('')],
      direct: [],
      runOnly,
      directTerms: [],
    };
  }

  /** The required clauses of a query, words read left to right: synonyms first, then joined pairs. */
  required(q: ParsedQuery): Clause[] {
    const clauses: Clause[] = [];
    const words = q.terms;
    const last = words.length - 1;
    const typingAt = (i: number) => q.lastTermIsPrefix && i === last;
    let i = 0;
    while (i < words.length) {
      const synonym = this.longestSynonym(words, i);
      if (synonym) {
        clauses.push(
          this.synonym(
            words.slice(i, i + synonym.length),
            synonym.alternatives,
            typingAt(i + synonym.length - 1),
          ),
        );
        i += synonym.length;
        continue;
      }
      // A word of one or two letters still being typed narrows nothing yet (unless it is a word of the corpus).
      if (typingAt(i) && this.stillShort(words[i]!)) {
        i += 1;
        continue;
      }
      const next = words[i + 1];
      const paired =
        next && !(typingAt(i + 1) && this.stillShort(next))
          ? this.pair(words[i]!, next, typingAt(i + 1))
          : null;
      if (paired) {
        clauses.push(paired);
        i += 2;
        continue;
      }
      clauses.push(this.word(words[i]!, typingAt(i)));
      i += 1;
    }
    for (const p of q.phrases) clauses.push(this.phrase(p));
    return clauses;
  }

  excluded(q: ParsedQuery): Clause[] {
    return [...q.excludedTerms.map((w) => this.phrase([w])), ...q.excludedPhrases.map((p) => this.phrase(p))];
  }

  private stillShort(w: QueryWord): boolean {
    return (
      w.surface.length < MIN_PREFIX_LENGTH && !hasTerm(this.index, w.term) && hasPrefix(this.index, w.surface)
    );
  }

  private longestSynonym(words: QueryWord[], i: number) {
    for (let n = Math.min(this.synonyms.maxWords, words.length - i); n >= 1; n--) {
      const key = words
        .slice(i, i + n)
        .map((w) => w.term)
        .join(' ');
      const alternatives = this.synonyms.entries.get(key);
      if (alternatives && alternatives.length > 0) return { length: n, alternatives };
    }
    return null;
  }
}

/** The stored part stream of a hit, as tokens. */
const streamOf = (hit: SearchResult): string[] => String(hit[STREAM_FIELD] ?? '').split(' ');

/**
 * Whether a hit satisfies a clause's side-by-side condition: it matched every term of one direct alternative, or
 * one of the runs stands in one of its fields (checked on the stored part stream, never on the text).
 */
function satisfies(clause: Clause, hit: SearchResult): boolean {
  if (clause.runs.length === 0) return true;
  const matched = hit.queryTerms;
  if (clause.direct.some((set) => set.every((t) => matched.includes(t)))) return true;
  const tokens = streamOf(hit);
  return clause.runs.some((run) => containsRun(tokens, run));
}

/**
 * What a search found, as plain data (a typed array and strings): it crosses between a worker and the page
 * unchanged (structured clone), and `searchOutcome` turns it into ids and per-briefing matches on the page.
 */
export interface SearchFound {
  query: ParsedQuery;
  /** Corpus positions of the results, best first; null when the query asks for nothing. */
  docs: Uint32Array | null;
  /** Indexed words the results matched by (prefix and typo expansions included). */
  terms: string[];
  /** Side-by-side runs a result may have matched by (marked as a whole). */
  runs: string[];
  partial: PartialMatch | null;
}

/**
 * Runs a query on the index: the work of a search, with no corpus needed (a worker holding only the index can do
 * it). `searchOutcome` reads the result.
 * @example searchOutcome(corpus, findBriefings(index, 'crossborder -pandemic', { synonyms }))
 */
export function findBriefings(index: BriefingIndex, q: string, options: SearchBriefingsOptions): SearchFound {
  const query = parseQuery(q);
  const nothing = { terms: [], runs: [], partial: null };
  if (isEmptyQuery(query)) return { query, docs: null, ...nothing };
  const planner = new Planner(index, options.synonyms);

  const excluded = new Set<number>();
  for (const clause of planner.excluded(query)) {
    const hits = index.search(toQuery(index, clause.expr), { filter: (hit) => satisfies(clause, hit) });
    for (const hit of hits) excluded.add(hit.id as number);
  }

  const clauses = planner.required(query);
  if (clauses.length === 0) {
    const docs: number[] = [];
    for (let d = 0; d < index.documentCount; d++) if (!excluded.has(d)) docs.push(d);
    return { query, docs: Uint32Array.from(docs), ...nothing };
  }

  const checked = clauses.filter((c) => c.runs.length > 0);
  const keep = (hit: SearchResult) =>
    !excluded.has(hit.id as number) && checked.every((c) => satisfies(c, hit));
  // Every result has the narrowest clause: found first, its briefings bound the whole query, and MiniSearch skips
  // every other briefing of the common words' postings (`boostDocument` 0) instead of scoring it.
  const within = narrowestMatches(index, clauses, excluded);
  const skip = within ?? (excluded.size > 0 ? null : undefined);
  let hits =
    within?.size === 0
      ? []
      : index.search(toQuery(index, and(clauses.map((c) => c.expr))), {
          filter: keep,
          ...(skip === undefined
            ? {}
            : {
                boostDocument: (id: unknown) =>
                  excluded.has(id as number) || (skip !== null && !skip.has(id as number)) ? 0 : 1,
              }),
        });
  let partial: PartialMatch | null = null;
  if (hits.length === 0 && clauses.length > 1) {
    ({ hits, partial } = mostOf(index, clauses, excluded));
  }

  const runOnly = new Set(clauses.flatMap((c) => c.runOnly));
  for (const t of clauses.flatMap((c) => c.directTerms)) runOnly.delete(t);
  const terms = new Set<string>();
  for (const hit of hits) for (const t of hit.terms) if (!runOnly.has(t)) terms.add(t);
  return {
    query,
    docs: Uint32Array.from(hits, (h) => h.id as number),
    terms: [...terms],
    runs: [...new Set(checked.flatMap((c) => c.runs))],
    partial,
  };
}

/**
 * How many briefings a plan can match at most, read from the term dictionary; Infinity where a prefix or a typo
 * makes it unknown. A guide for choosing the clause to search first, not a count.
 */
function estimate(index: BriefingIndex, expr: Expr): number {
  if ('and' in expr) return expr.and.reduce((m, e) => Math.min(m, estimate(index, e)), Infinity);
  if ('or' in expr) return expr.or.reduce((sum, e) => sum + estimate(index, e), 0);
  const { term, prefix, fuzzy, forms } = expr.leaf;
  if (fuzzy !== false) return Infinity;
  let n = 0;
  if (prefix) {
    const words = termsWithPrefix(index, term, MAX_ESTIMATED_PREFIX_WORDS + 1);
    if (words.length > MAX_ESTIMATED_PREFIX_WORDS) return Infinity;
    for (const w of words) n += w.documents;
  } else n = documentFrequency(index, term);
  if (forms) for (const f of wordForms(index, term)) n += documentFrequency(index, f);
  return n;
}

/** A prefix with more words than this is not estimated (it is seldom the narrowest clause). */
const MAX_ESTIMATED_PREFIX_WORDS = 50;
/** Below this share of the corpus, a clause is worth searching first to bound the others. */
const NARROW_SHARE = 0.5;

/**
 * The briefings of the query's narrowest clause (by `estimate`), when there are several clauses and one is narrow
 * enough to be worth a search of its own; null otherwise.
 */
function narrowestMatches(
  index: BriefingIndex,
  clauses: Clause[],
  excluded: ReadonlySet<number>,
): Set<number> | null {
  if (clauses.length < 2) return null;
  let best: Clause | null = null;
  let bestEstimate = index.documentCount * NARROW_SHARE;
  for (const c of clauses) {
    const e = estimate(index, c.expr);
    if (e < bestEstimate) [best, bestEstimate] = [c, e];
  }
  if (!best) return null;
  const clause = best;
  const hits = index.search(toQuery(index, clause.expr), {
    filter: (hit) => !excluded.has(hit.id as number) && satisfies(clause, hit),
  });
  return new Set(hits.map((h) => h.id as number));
}

/**
 * No dead ends: each clause searched on its own, and the briefings that have most of them, ranked by how many
 * they have, then by their summed scores.
 */
function mostOf(
  index: BriefingIndex,
  clauses: Clause[],
  excluded: ReadonlySet<number>,
): { hits: SearchResult[]; partial: PartialMatch | null } {
  const found = new Map<number, { hit: SearchResult; count: number; score: number; terms: Set<string> }>();
  for (const clause of clauses) {
    const hits = index.search(toQuery(index, clause.expr), {
      filter: (hit) => !excluded.has(hit.id as number) && satisfies(clause, hit),
    });
    for (const hit of hits) {
      const id = hit.id as number;
      const seen = found.get(id);
      if (seen) {
        seen.count++;
        seen.score += hit.score;
        for (const t of hit.terms) seen.terms.add(t);
      } else found.set(id, { hit, count: 1, score: hit.score, terms: new Set(hit.terms) });
    }
  }
  if (found.size === 0) return { hits: [], partial: null };
  const ranked = [...found.values()].sort((a, b) => b.count - a.count || b.score - a.score);
  return {
    hits: ranked.map((r) => ({ ...r.hit, terms: [...r.terms], score: r.score })),
    partial: { wanted: clauses.map((c) => c.label) },
  };
}

/** The texts a briefing is searched in, by field (tags: each label). */
function fieldTexts(corpus: Corpus, doc: number): [SearchField, string][] {
  const b = corpus.briefings[doc]!;
  return [
    ['title', b.title],
    ['summary', b.summary],
    ...tagLabels(b).map((l): [SearchField, string] => ['tags', l]),
  ];
}

/**
 * Reads what a search found: ranked ids (made when first asked for) and, per result, what matched where (worked
 * out on the briefing's own text, for the briefings a page shows). `corpus` must be the corpus the index was built
 * from (positions are corpus positions).
 */
export function searchOutcome(corpus: Corpus, found: SearchFound): SearchOutcome {
  const { query, docs } = found;
  if (!docs)
    return {
      active: false,
      ids: corpus.briefings.map((b) => b.id),
      match: () => undefined,
      query,
      partial: null,
    };
  let ids: string[] | null = null;
  const idsOf = () => (ids ??= Array.from(docs, (d) => corpus.briefings[d]!.id));
  const terms = new Set(found.terms);
  const onlyExcluding = found.terms.length === 0 && found.runs.length === 0;
  let positionOf: Map<string, number> | null = null;
  const cache = new Map<string, SearchMatch>();
  const match = (id: string): SearchMatch | undefined => {
    if (onlyExcluding) return undefined;
    if (!positionOf) {
      positionOf = new Map();
      for (const d of docs) positionOf.set(corpus.briefings[d]!.id, d);
    }
    const doc = positionOf.get(id);
    if (doc === undefined) return undefined;
    let m = cache.get(id);
    if (m) return m;
    const fields = new Set<SearchField>();
    const marked = new Set<string>();
    for (const [field, text] of fieldTexts(corpus, doc)) {
      const tokens = scanWords(text).flatMap((w) => [
        ...w.parts.map((p) => p.term),
        ...(w.parts.length > 1 ? [w.joined] : []),
      ]);
      for (const token of tokens) {
        const folded = foldTerm(token);
        if (terms.has(token) || terms.has(folded)) {
          fields.add(field);
          marked.add(folded);
        }
      }
      if (found.runs.length > 0) {
        const parts = scanWords(text).flatMap((w) => w.parts.map((p) => foldTerm(p.term)));
        for (const run of found.runs)
          if (findRuns(parts, run, true).length > 0) {
            fields.add(field);
            marked.add(run);
          }
      }
    }
    m = { fields: SEARCH_FIELDS.filter((f) => fields.has(f)), terms: [...marked] };
    cache.set(id, m);
    return m;
  };
  return {
    active: true,
    get ids() {
      return idsOf();
    },
    docs,
    match,
    query,
    partial: found.partial,
  };
}

/**
 * Searches the corpus: ranked ids of the briefings that match, and per briefing what matched where.
 * @example searchBriefings(index, corpus, 'crossborder -pandemic', { synonyms }).ids // → ['b3…', 'b7…', …]
 */
export function searchBriefings(
  index: BriefingIndex,
  corpus: Corpus,
  q: string,
  options: SearchBriefingsOptions,
): SearchOutcome {
  return searchOutcome(corpus, findBriefings(index, q, options));
}

/** The status line's words for a partial match: "No briefing has all of: timber, smuggling — 6 have some of them". */
export function describePartial(partial: PartialMatch, count: number): string {
  const some = `${count.toLocaleString('en')} ${count === 1 ? 'has' : 'have'} some of them`;
  return `No briefing has all of: ${partial.wanted.join(', ')} — ${some}`;
}
