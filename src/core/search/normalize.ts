/**
 * The one text normaliser of Briefing Atlas. The search index is built with `indexTerms`, queries are read with
 * `scanWords` + `foldTerm`, highlights are found with `scanWords`: all three share the functions below, on the
 * command line (build-time index) and in the browser (query, highlight, client-side index). Change anything here and
 * the index fingerprint changes with it (see `NORMALIZER_CANARY` in search-index.ts), so a stale prebuilt index is
 * refused rather than silently disagreeing with the query side.
 *
 * Compounds (docs/decisions/003-search-normaliser.md): a word written with a hyphen, slash or apostrophe is indexed
 * as its parts *and* its joined form ("E-Commerce" → e, commerce, ecommerce), so "ecommerce", "e-commerce" and
 * "E-Commerce" meet on `ecommerce`. Spaced compounds ("Asia Pacific") are not joined at index time — that would
 * double the index for every adjacent word pair — the query side bridges them instead (see search-briefings.ts).
 */
import { stemmer } from 'stemmer';
import { foldLetters } from '../corpus';

/**
 * Folds letters as the tagger does (`foldLetters`, corpus/text-fold.ts), then quotes and dashes.
 * @example normalizeText('Côte d’Ivoire — “E‑Commerce”') // → `cote d'ivoire - "e-commerce"`
 */
export function normalizeText(text: string): string {
  return foldLetters(text)
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** One run of letters/digits inside a word, with its place in the original text. */
export interface WordPart {
  start: number;
  end: number;
  /** Normalised, not plural-folded. */
  term: string;
}

/** A word as written, possibly a compound of parts joined by hyphens, slashes or apostrophes. */
export interface Word {
  start: number;
  end: number;
  parts: WordPart[];
  /** The parts joined without separators: "Asia-Pacific" → "asiapacific". */
  joined: string;
}

// Letters, digits and combining marks (so "e\u0301" stays one letter); joiners are hyphen-likes, slashes and
// apostrophe-likes between two such runs. '.' is not a joiner: "1.5", "U.S." and "border.The" stay apart.
const PART = '[\\p{L}\\p{N}\\p{M}]+';
const JOINER = "[-\\u2010-\\u2015\\u2212/'\\u2018\\u2019\\u02BC]";
const WORD_RE = new RegExp(`${PART}(?:${JOINER}${PART})*`, 'gu');
const PART_RE = new RegExp(PART, 'gu');

const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

function normalizePart(raw: string): string {
  // Most parts are plain ASCII letters and digits: lower-casing is all the normaliser would do to them.
  if (ASCII_ALNUM.test(raw)) return raw.toLowerCase();
  return normalizeText(raw).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Finds the words of a text with their original offsets and normalised parts. Used to tokenise for the index, to
 * read queries and to map matches back onto the original text for highlighting.
 * @example scanWords('Asia-Pacific WCO').map((w) => w.joined) // → ['asiapacific', 'wco']
 */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const parts: WordPart[] = [];
    for (const p of m[0].matchAll(PART_RE)) {
      const term = normalizePart(p[0]);
      if (term) parts.push({ start: start + p.index, end: start + p.index + p[0].length, term });
    }
    if (parts.length === 0) continue;
    words.push({ start, end: start + m[0].length, parts, joined: parts.map((p) => p.term).join('') });
  }
  return words;
}

/**
 * The matching key of a term: a conservative English plural fold, so "MEAs" meets "MEA", "agreements" meets
 * "agreement", "countries" meets "country". Never applied to words ending in -ss, -us, -is or to short words.
 * Both the surface form and its fold are indexed; queries look up the fold.
 * @example foldTerm('agreements') // → 'agreement'
 */
export function foldTerm(term: string): string {
  const n = term.length;
  if (n < 4 || term[n - 1] !== 's' || /\d/.test(term)) return term;
  if (/(?:ss|us|is)$/.test(term)) return term;
  if (n > 4 && term.endsWith('ies')) return term.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(term)) return term.slice(0, -2);
  return term.slice(0, -1);
}

/**
 * The English stem of a folded term (Porter, from the `stemmer` package), so word forms meet: smuggling, smuggled,
 * smuggle → smuggl; seized, seizes → seiz. Two extensions where Porter leaves forms apart that analysts treat as
 * one: an agent noun in consonant + "-ler" meets its verb (smuggler → smuggl), and a noun in consonant + "-ure"
 * meets its verb (seizure → seiz, closure → clos). Terms with digits and terms under four letters are their own
 * stem (acronyms, codes: "hs", "g20", "wco").
 * @example stemTerm('smugglers') // → 'smuggl'
 */
export function stemTerm(term: string): string {
  let stem = stems.get(term);
  if (stem === undefined) {
    stem = stemUncached(term);
    // A corpus has tens of thousands of distinct words at most; the cache is dropped if it ever grows past that.
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(term, stem);
  }
  return stem;
}

const MAX_CACHED_STEMS = 200_000;
const stems = new Map<string, string>();

function stemUncached(term: string): string {
  if (term.length < 4 || /\d/.test(term)) return term;
  const stem = stemmer(term);
  if (stem.length >= 7 && /[^aeiou]ler$/.test(stem)) return stem.slice(0, -2);
  if (stem.length >= 6 && /[^aeiou]ur$/.test(stem)) return stem.slice(0, -2);
  return stem;
}

/**
 * Prefixes that analysts and the briefings write joined, hyphenated or spaced: "pre-arrival", "prearrival",
 * "pre arrival". A query word that starts with one also matches its prefix and rest side by side, whatever their
 * length ("ecommerce" → e + commerce); a query's prefix word followed by another also matches them joined.
 */
export const WORD_PREFIXES: readonly string[] = [
  'pre',
  'post',
  'cross',
  'co',
  'e',
  'anti',
  'counter',
  'inter',
  'multi',
  'non',
  'trans',
  're',
];

/**
 * The index tokenizer: every part, every compound's joined form, and the plural fold of
 * each where it differs.
 * @example indexTerms("E-Commerce MEAs") // → ['e', 'commerce', 'ecommerce', 'meas', 'mea']
 */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  forEachIndexTerm(text, (term) => out.push(term));
  return out;
}

/**
 * The index tokenizer as callbacks, in one pass over a text (or its words, already scanned): `onTerm` gets every
 * term `indexTerms` would list, in the same order; `onPart` gets the folded part sequence `foldedParts` would list.
 * The index builds its word fields, its stems and its part stream from this one reading.
 */
export function forEachIndexTerm(
  text: string | readonly Word[],
  onTerm: (term: string) => void,
  onPart?: (folded: string) => void,
): void {
  for (const word of typeof text === 'string' ? scanWords(text) : text) {
    for (const part of word.parts) {
      onTerm(part.term);
      const folded = foldTerm(part.term);
      if (folded !== part.term) onTerm(folded);
      onPart?.(folded);
    }
    if (word.parts.length > 1) {
      onTerm(word.joined);
      const folded = foldTerm(word.joined);
      if (folded !== word.joined) onTerm(folded);
    }
  }
}

/**
 * The folded part sequence of a text: what phrase and compound matching compare against (see `containsRun`).
 * @example foldedParts('Cross-Border Agreements') // → ['cross', 'border', 'agreement']
 */
export function foldedParts(text: string): string[] {
  const out: string[] = [];
  for (const word of scanWords(text)) for (const part of word.parts) out.push(foldTerm(part.term));
  return out;
}

/**
 * Whether some run of consecutive tokens, concatenated, equals `target` exactly (aligned on token boundaries). This
 * is how "asia pacific", "asia-pacific" and "asiapacific" are one phrase: all concatenate to "asiapacific".
 * @example containsRun(['the', 'asia', 'pacific', 'region'], 'asiapacific') // → true
 */
export function containsRun(tokens: readonly string[], target: string): boolean {
  return findRuns(tokens, target, true).length > 0;
}

/**
 * Every [first, last] token index pair whose concatenation equals `target`.
 * @example findRuns(['e', 'commerce', 'ecommerce'], 'ecommerce') // → [[0, 1], [2, 2]]
 */
export function findRuns(tokens: readonly string[], target: string, firstOnly = false): [number, number][] {
  const runs: [number, number][] = [];
  if (!target) return runs;
  for (let i = 0; i < tokens.length; i++) {
    let acc = '';
    for (let j = i; j < tokens.length; j++) {
      acc += tokens[j];
      if (acc.length > target.length || !target.startsWith(acc)) break;
      if (acc.length === target.length) {
        runs.push([i, j]);
        if (firstOnly) return runs;
        break;
      }
    }
  }
  return runs;
}
