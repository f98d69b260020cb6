/**
 * From a query string to ranked briefing ids. The parsed query is planned into engine sub-queries, one clause
 * per thing the analyst asked for, all required (AND):
 *
 * - a word: its folded form, exactly; typo-tolerant (fuzzy) only when it is 5+ letters and not itself in the index;
 *   the word being typed (the last, with no space after it) also matches as a prefix from 3 letters.
 * - a word written joined that the text may write spaced ("crossborder" vs "cross border"): also the two indexed
 *   words it splits into, kept only where they stand side by side.
 * - two words the text may write joined ("Asia Pacific" vs "Asiapacific"): also their joined form, if indexed.
 * - an acronym or old name: also its synonyms (a multi-word name as a phrase).
 * - a quoted phrase: its words, kept only where they stand side by side (compounds either way).
 * - an exclusion (-word, -"phrase"): briefings containing it are dropped.
 *
 * "Side by side" is checked on the folded part stream of the briefing with `containsRun`, which is blind to how a
 * compound is written: "asia pacific", "asia-pacific" and "asiapacific" all concatenate to "asiapacific".
 *
 * Why the work is shaped like this (scale issue, 100k briefings): prefix only on the last word and only from 3
 * letters, fuzzy only when needed, AND between clauses, no stored fields; verification only on candidates.
 */
import type { Corpus } from '../corpus';
import { foldTerm } from './normalize';
import type { QueryExpr, QueryLeaf } from './search-engine';
import {
  type BriefingIndex,
  type SearchField,
  FIELD_BOOSTS,
  SEARCH_FIELDS,
  documentFrequency,
  hasPrefix,
  hasTerm,
  termsWithPrefix,
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
 * split the index suggests ("asiapacific" → "asia" + "pacific") needs halves of 3 or more: two-letter halves are
 * almost always chance ("cust" → "cu" + "st") and cost a check of every briefing that has both.
 */
const MAX_SPLITS = 3;
const MIN_TYPED_PART = 2;
const MIN_SPLIT_PART = 3;

type Leaf = QueryLeaf;
type Expr = QueryExpr;

/** One required (or excluded) thing. */
interface Clause {
  expr: Expr;
  /**
   * Concatenated targets (see `containsRun`). When non-empty, a candidate must either have matched every term of
   * one of `direct`, or contain one of these runs.
   */
  runs: string[];
  direct: string[][];
  /** Leaf terms that only serve to retrieve run candidates: not highlighted on their own. */
  runOnly: string[];
  /** Leaf terms that match on their own. */
  directTerms: string[];
}

export interface SearchMatch {
  /** Fields the briefing matched in. */
  fields: SearchField[];
  /** What to highlight: matched index terms and side-by-side runs; pass to `highlightRanges`. */
  terms: string[];
}

export interface SearchOutcome {
  /** False when the query asks for nothing: `ids` is then every briefing, in corpus order. */
  active: boolean;
  /** Ranked: best match first. With only exclusions, corpus order. */
  ids: string[];
  /**
   * The same briefings as positions in the index's order (the corpus order it was built from): what
   * `deriveView` counts with, without looking 100,000 ids up. Absent when the query is inactive.
   */
  docs?: Uint32Array;
  /**
   * What matched in a briefing of `ids` (undefined for others, and for exclusion-only queries). Worked out on
   * demand: a list renders a page of results, not all 100,000.
   */
  match: (id: string) => SearchMatch | undefined;
  query: ParsedQuery;
}

export interface SearchBriefingsOptions {
  /** From `loadSearchIndex` (the shipped alias groups), or `buildSynonymTable(ALIAS_GROUPS)` where the dictionaries are at hand. */
  synonyms: SynonymTable;
}

const leaf = (term: string, prefix = false, fuzzy: number | false = false): Expr => ({
  leaf: { term, prefix, fuzzy },
});
const and = (exprs: Expr[]): Expr => (exprs.length === 1 ? exprs[0]! : { and: exprs });
const or = (exprs: Expr[]): Expr => (exprs.length === 1 ? exprs[0]! : { or: exprs });

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
      const prefixFuzzy =
        w.surface.length >= MIN_FUZZY_LENGTH && !hasPrefix(this.index, w.surface) ? FUZZINESS : false;
      if (w.surface === w.term) return [{ term: w.term, prefix: true, fuzzy: prefixFuzzy }];
      // "customs": its fold "custom" already finds every briefing with "customs"; the prefix only adds longer words.
      const longer = termsWithPrefix(this.index, w.surface, 2).some((t) => t.term !== w.surface);
      if (!longer && !prefixFuzzy) return [{ term: w.term, prefix: false, fuzzy: false }];
      return [
        { term: w.term, prefix: false, fuzzy: false },
        { term: w.surface, prefix: true, fuzzy: prefixFuzzy },
      ];
    }
    return [{ term: w.term, prefix: false, fuzzy: this.fuzzyFor(w.term) }];
  }

  /** Ways the text may write this word spaced: typed parts ("cross-border"), or indexed halves ("crossborder"). */
  private spacedForms(w: QueryWord): string[][] {
    if (w.parts.length > 1) return w.parts.every((p) => p.length >= MIN_TYPED_PART) ? [w.parts] : [];
    const forms: string[][] = [];
    const t = w.term;
    for (let k = MIN_SPLIT_PART; k <= t.length - MIN_SPLIT_PART && forms.length < MAX_SPLITS; k++) {
      const a = t.slice(0, k);
      const b = t.slice(k);
      if (hasTerm(this.index, a) && hasTerm(this.index, b)) forms.push([a, b]);
    }
    return forms;
  }

  /** A single word, with its spaced forms. */
  word(w: QueryWord, typing: boolean): Clause {
    const leaves = this.wordLeaves(w, typing);
    const spaced = this.spacedForms(w);
    const alternatives = [or(leaves.map((l) => ({ leaf: l })))];
    for (const form of spaced) alternatives.push(and(form.map((p) => leaf(p))));
    return {
      expr: or(alternatives),
      runs: spaced.length > 0 ? [w.parts.join('')] : [],
      direct: leaves.map((l) => [l.term]),
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
      expr: or([and([or(la.map((l) => ({ leaf: l }))), or(lb.map((l) => ({ leaf: l })))]), { leaf: joined }]),
      runs: [],
      direct: [],
      runOnly: [],
      directTerms: [...la, ...lb, joined].map((l) => l.term),
    };
  }

  /** Words `words` that form a synonym key, with the key's alternatives. */
  synonym(words: QueryWord[], alternatives: readonly (readonly string[])[], typing: boolean): Clause {
    const natural =
      words.length === 1
        ? this.word(words[0]!, typing)
        : {
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
        // Retrieve by the rarest word only ("epizooties", not "world" or "health"): the run check does the rest,
        // and common words would materialise most of a large index.
        const frequencies = alt.map((t) => documentFrequency(this.index, t));
        if (frequencies.some((f) => f === 0)) continue;
        const rarest = alt[frequencies.indexOf(Math.min(...frequencies))]!;
        exprs.push(leaf(rarest));
        clause.runs.push(alt.join(''));
        clause.runOnly = [...clause.runOnly, rarest];
      }
    }
    // The natural words must be checked too once any alternative needs checking.
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
      // A word of one or two letters still being typed narrows nothing yet (unless it is a word of the corpus):
      // matching it as a prefix would touch most of the index.
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

/**
 * A clause's side-by-side condition compiled against one search's leaves: each direct alternative as the leaf bits
 * of its terms (a term can stand in several leaves), so a hit is tested with integer ops, not a Set of its terms.
 */
interface Check {
  direct: number[][];
  runs: readonly string[];
}

function compileCheck(clause: Clause, leafTerms: readonly string[]): Check {
  const termBits = new Map<string, number>();
  leafTerms.forEach((t, i) => {
    if (i < 32) termBits.set(t, ((termBits.get(t) ?? 0) | (1 << i)) >>> 0);
  });
  return {
    // An alternative with a term no leaf carries can never be met: left out.
    direct: clause.direct
      .map((set) => set.map((t) => termBits.get(t) ?? 0))
      .filter((b) => b.every((x) => x !== 0)),
    runs: clause.runs,
  };
}

/**
 * Whether a hit (its leaf bits `mask`) satisfies a clause's side-by-side condition: it matched every term of one
 * direct alternative, or one of the runs stands in one of its fields (checked on the index's token stream, never
 * on the text). Plain loops, no callbacks: this runs once per hit, up to 100,000 times a keystroke.
 */
function satisfies(check: Check, index: BriefingIndex, doc: number, mask: number): boolean {
  if (check.runs.length === 0) return true;
  for (let a = 0; a < check.direct.length; a++) {
    const bits = check.direct[a]!;
    let all = true;
    for (let k = 0; k < bits.length && all; k++) all = (mask & bits[k]!) !== 0;
    if (all) return true;
  }
  for (let k = 0; k < check.runs.length; k++) if (index.hasRun(doc, check.runs[k]!)) return true;
  return false;
}

/**
 * What a search found, as plain data (typed arrays, strings, a Map): it crosses between a worker and the page
 * unchanged (structured clone), and `searchOutcome` turns it into ids and per-briefing matches on the page's side.
 */
export interface SearchFound {
  query: ParsedQuery;
  /** Index positions of the results, best first; null when the query asks for nothing. */
  docs: Uint32Array | null;
  /** Per result: the bits of the leaf terms it matched (see `leafTerms`); null when nothing was matched by terms. */
  masks: Uint32Array | null;
  leafTerms: string[];
  /** Per leaf term: the index terms it reached. */
  derived: Map<string, number[]>;
  /** Side-by-side runs a result may have matched by (marked as a whole). */
  runs: string[];
  /** Index terms retrieved only to check a run: not marked on their own. */
  runOnly: string[];
}

/**
 * Runs a query on the index: the work of a search, with no corpus needed (a worker holding only the index can do
 * it). `searchOutcome` reads the result.
 * @example searchOutcome(index, corpus, findBriefings(index, 'crossborder -pandemic', { synonyms }))
 */
export function findBriefings(index: BriefingIndex, q: string, options: SearchBriefingsOptions): SearchFound {
  const query = parseQuery(q);
  const nothing = { leafTerms: [], derived: new Map<string, number[]>(), runs: [], runOnly: [] };
  if (isEmptyQuery(query)) return { query, docs: null, masks: null, ...nothing };
  const planner = new Planner(index, options.synonyms);
  const n = index.documentCount;

  const excluded = new Uint8Array(n);
  let anyExcluded = false;
  for (const clause of planner.excluded(query)) {
    const hits = index.search(clause.expr, FIELD_BOOSTS);
    // No leaf counts as matched here (a phrase has no direct alternative anyway): only the runs decide.
    const check = compileCheck(clause, []);
    for (const doc of hits.docs) {
      if (!excluded[doc] && satisfies(check, index, doc, 0)) {
        excluded[doc] = 1;
        anyExcluded = true;
      }
    }
  }

  const clauses = planner.required(query);
  if (clauses.length === 0) {
    const docs = new Uint32Array(n);
    let count = 0;
    for (let d = 0; d < n; d++) if (!excluded[d]) docs[count++] = d;
    return { query, docs: docs.slice(0, count), masks: null, ...nothing };
  }

  const checked = clauses.filter((c) => c.runs.length > 0);
  const hits = index.search(and(clauses.map((c) => c.expr)), FIELD_BOOSTS);
  const kept = new Uint32Array(hits.docs.length);
  const keptMasks = new Uint32Array(hits.docs.length);
  let count = 0;
  const checks = checked.map((c) => compileCheck(c, hits.leafTerms));
  for (let r = 0; r < hits.docs.length; r++) {
    const doc = hits.docs[r]!;
    if (anyExcluded && excluded[doc]) continue;
    let ok = true;
    for (let c = 0; c < checks.length && ok; c++) ok = satisfies(checks[c]!, index, doc, hits.masks[r]!);
    if (!ok) continue;
    kept[count] = doc;
    keptMasks[count] = hits.masks[r]!;
    count++;
  }
  const directTerms = new Set(clauses.flatMap((c) => c.directTerms));
  return {
    query,
    docs: kept.slice(0, count),
    masks: keptMasks.slice(0, count),
    leafTerms: hits.leafTerms,
    derived: hits.derived,
    runs: checked.flatMap((c) => c.runs),
    runOnly: [...new Set(clauses.flatMap((c) => c.runOnly).filter((t) => !directTerms.has(t)))],
  };
}

/**
 * Reads what a search found: ranked ids (made when first asked for) and, per result, what matched where (worked
 * out for the briefings a page shows). `index` must be the index the search ran on, or a copy of it.
 */
export function searchOutcome(index: BriefingIndex, corpus: Corpus, found: SearchFound): SearchOutcome {
  const { query, docs, masks } = found;
  if (!docs) return { active: false, ids: corpus.briefings.map((b) => b.id), match: () => undefined, query };
  const count = docs.length;
  // The ids are made when first asked for: the page counts with `docs`, and 100,000 ids per keystroke is garbage.
  let ids: string[] | null = null;
  const idsOf = () => {
    if (!ids) {
      ids = new Array<string>(count);
      for (let r = 0; r < count; r++) ids[r] = index.ids[docs[r]!]!;
    }
    return ids;
  };
  const runOnly = new Set(found.runOnly);
  // Rank + 1 of each briefing (0: not a result), made on the first look-up: a typed array, since a short prefix
  // has 100,000 results and a Map of them took longer than the search.
  let rankOf: Uint32Array | null = null;
  const cache = new Map<string, SearchMatch>();
  const match = (id: string): SearchMatch | undefined => {
    if (!masks) return undefined;
    const doc = index.docOf(id);
    if (doc === undefined) return undefined;
    if (!rankOf) {
      rankOf = new Uint32Array(index.documentCount);
      for (let r = 0; r < count; r++) rankOf[docs[r]!] = r + 1;
    }
    const r = rankOf[doc]! - 1;
    if (r < 0) return undefined;
    let m = cache.get(id);
    if (m) return m;
    // The index terms this briefing matched, through the leaves its hit was built from.
    let fieldBits = 0;
    const terms: string[] = [];
    found.leafTerms.forEach((leafTerm, i) => {
      if (i < 32 && !(masks[r]! & (1 << i))) return;
      for (const termId of found.derived.get(leafTerm) ?? []) {
        const bits = index.fieldsOf(termId, doc);
        if (!bits) continue;
        fieldBits |= bits;
        // Words retrieved only to check a phrase are marked as the phrase, not one by one.
        if (!runOnly.has(index.terms[termId]!)) terms.push(index.terms[termId]!);
      }
    });
    for (const run of found.runs) if (index.hasRun(doc, run)) terms.push(run);
    const fields = SEARCH_FIELDS.filter((_, f) => fieldBits & (1 << f));
    m = { fields, terms: [...new Set(terms)] };
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
  return searchOutcome(index, corpus, findBriefings(index, q, options));
}
