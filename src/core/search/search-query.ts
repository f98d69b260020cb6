/**
 * The query syntax analysts already know, read without ever failing:
 * - several words mean all of them (AND);
 * - "plastic waste" in quotes is a phrase (curly quotes too);
 * - -pandemic or -"plastic waste" excludes;
 * - the last word, while it is being typed, matches as a prefix.
 * Anything else — an unbalanced quote, a lone or doubled minus — falls back to plain words.
 */
import { foldTerm, normalizeText, scanWords } from './normalize';

/** One word of a query, read with the same normaliser as the index. */
export interface QueryWord {
  /** Normalised joined form, not plural-folded: the prefix looked up while the word is being typed. */
  surface: string;
  /** The matching key: the folded joined form ("Cross-Borders" → "crossborder"). */
  term: string;
  /** Folded parts: more than one when typed as a compound ("e-commerce" → ['e', 'commerce']). */
  parts: string[];
}

export interface ParsedQuery {
  /** Required words, in the order typed. */
  terms: QueryWord[];
  /** Required phrases (a quoted single word is an exact word). */
  phrases: QueryWord[][];
  excludedTerms: QueryWord[];
  excludedPhrases: QueryWord[][];
  /** The last of `terms` is still being typed (no space or quote after it) and matches as a prefix. */
  lastTermIsPrefix: boolean;
}

/** More words than this are ignored: nobody types them, and each one costs a lookup per keystroke. */
export const MAX_QUERY_WORDS = 32;

/** Reads words with the index's normaliser: "E-Commerce" → { surface: 'ecommerce', term: 'ecommerce', … }. */
export function toQueryWords(text: string): QueryWord[] {
  return scanWords(text).map((w) => ({
    surface: w.joined,
    term: foldTerm(w.joined),
    parts: w.parts.map((p) => foldTerm(p.term)),
  }));
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/**
 * Parses a search query. Never throws; invalid syntax degrades to plain words.
 * @example parseQuery('customs "plastic waste" -pandemic strat')
 * // → terms customs, strat (prefix); phrases [plastic waste]; excludedTerms [pandemic]
 */
export function parseQuery(query: string): ParsedQuery {
  let s = normalizeText(typeof query === 'string' ? query : '');
  // An unbalanced quote is a typo, not a phrase: drop the last one so the rest still pairs up.
  if ((s.match(/"/g)?.length ?? 0) % 2 === 1) {
    const last = s.lastIndexOf('"');
    s = s.slice(0, last) + ' ' + s.slice(last + 1);
  }
  const parsed: ParsedQuery = {
    terms: [],
    phrases: [],
    excludedTerms: [],
    excludedPhrases: [],
    lastTermIsPrefix: false,
  };
  let count = 0;
  let lastWasOpenWord = false;
  let i = 0;
  while (i < s.length && count < MAX_QUERY_WORDS) {
    while (isSpace(s[i])) i++;
    if (i >= s.length) break;
    // A single minus right before a word or quote excludes; "-", "--x" and "- x" are plain text.
    let negated = false;
    if (s[i] === '-' && i + 1 < s.length && !isSpace(s[i + 1]) && s[i + 1] !== '-') {
      negated = true;
      i++;
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      const end = close === -1 ? s.length : close;
      const words = toQueryWords(s.slice(i + 1, end)).slice(0, MAX_QUERY_WORDS - count);
      i = end + 1;
      lastWasOpenWord = false;
      if (words.length === 0) continue;
      count += words.length;
      (negated ? parsed.excludedPhrases : parsed.phrases).push(words);
      continue;
    }
    let end = i;
    while (end < s.length && !isSpace(s[end]) && s[end] !== '"') end++;
    const token = s.slice(i, end);
    i = end;
    const words = toQueryWords(token).slice(0, MAX_QUERY_WORDS - count);
    count += words.length;
    (negated ? parsed.excludedTerms : parsed.terms).push(...words);
    // Still being typed only if nothing (space, quote, punctuation) follows the word.
    lastWasOpenWord = !negated && words.length > 0 && end === s.length && /[\p{L}\p{N}]$/u.test(token);
  }
  parsed.lastTermIsPrefix = lastWasOpenWord && parsed.terms.length > 0;
  return parsed;
}

/** Whether a parsed query asks for anything at all. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return (
    q.terms.length === 0 &&
    q.phrases.length === 0 &&
    q.excludedTerms.length === 0 &&
    q.excludedPhrases.length === 0
  );
}
