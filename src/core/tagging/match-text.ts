/**
 * Span-preserving, mangling-tolerant phrase matching: the one matcher that the gazetteer, the region table, the
 * dictionaries and the taxonomy all compile their phrases with.
 *
 * Text is folded once into a stream of letters and digits (lower case, accents stripped, `&` read as "and"), each
 * remembering where it sits in the original string and which separator precedes it. Phrases are compiled into a
 * letter trie once, at module load; matching walks the trie from each word start, so a briefing costs a few map
 * look-ups per word whatever the size of the dictionaries.
 *
 * Tolerance rules (the same for every phrase):
 * - Case: letters are compared case-insensitively, except capitals that a phrase *requires* (below).
 * - Accents and apostrophes: "Cote dIvoire" = "Côte d'Ivoire"; curly and straight apostrophes alike.
 * - Separators may be dropped, never invented: "Asia Pacific" also matches "Asia-Pacific" and "Asiapacific",
 *   "e-commerce" also matches "ecommerce", but "Niger" never matches inside "Nigeria" (a phrase starts and ends
 *   at word boundaries) and "Asiapacific" as written would not match "Asia Pacific".
 * - Punctuation other than spaces, hyphens, dashes, slashes, dots and apostrophes (commas, brackets, quotes,
 *   colons…) is a hard break that only a phrase with punctuation at the same place crosses.
 *
 * Phrase syntax (for the data modules):
 * - `HS`, `BiH`, `OiE`, `nCEN`: a word with two or more capitals is an acronym; its capitals are required, so
 *   `US` does not match "us" or "Us". If every word of a phrase is an acronym (or a single capital, or a number),
 *   its separators are required too: `A/P` does not match "AP".
 * - `^Chad`, `^Trade Facilitation Agreement`: a leading `^` makes every capital as written required, for names
 *   that are also common words or generic phrases ("chad", "trade facilitation agreements").
 * - `smuggl*`: a trailing `*` matches any ending of the last word ("smuggling", "smuggled", "smugglers").
 * - Plural endings "s"/"es" are accepted when the matcher is compiled with `plural: true`.
 */
import { foldLetters } from '../corpus';

/** A letter stream folded from one string, with the way back to the original offsets. */
export interface PreparedText {
  readonly text: string;
  /** Number of folded letters. */
  readonly length: number;
  /** Folded (lower-case, unaccented) UTF-16 code unit of each letter or digit. */
  readonly codes: Uint16Array;
  /** Offset in `text` where the character that produced letter i starts / ends (exclusive). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 when the original character of letter i is a capital. */
  readonly upper: Uint8Array;
  /** Separator before letter i: 0 none (same word), 1 soft (space, hyphen…), 2 hard (comma, bracket, start). */
  readonly before: Uint8Array;
}

const NONE = 0;
const SOFT = 1;
const HARD = 2;

/** Soft separators beyond ASCII: apostrophes, primes, hyphens and dashes, odd spaces. */
const SOFT_SEPARATOR =
  /^[\s\u2018\u2019\u201A\u201B\u02BC\u2032\u00B4\u2010-\u2015\u2212\u00AD\u2044\u2215]$/u;
const LETTER_DIGIT_OR_MARK = /^[\p{L}\p{N}\p{M}]$/u;

type Fold = { kind: 'letters'; folded: string; upper: boolean } | { kind: 'separator'; sep: number };
const foldCache = new Map<string, Fold>();

function foldNonAscii(ch: string): Fold {
  const cached = foldCache.get(ch);
  if (cached) return cached;
  let fold: Fold;
  if (LETTER_DIGIT_OR_MARK.test(ch)) {
    // The one letter fold shared with the search (corpus/text-fold.ts); only letters and digits survive it, and a
    // character that folds to nothing (a combining accent, an isolated vowel sign) is skipped inside its word.
    const folded = foldLetters(ch).replace(/[^\p{L}\p{N}]/gu, '');
    fold = folded
      ? { kind: 'letters', folded, upper: ch !== ch.toLowerCase() }
      : { kind: 'separator', sep: NONE };
  } else {
    fold = { kind: 'separator', sep: SOFT_SEPARATOR.test(ch) ? SOFT : HARD };
  }
  foldCache.set(ch, fold);
  return fold;
}

/** ASCII separators that words may be glued across: space, tab, newline, hyphen, slash, dot, apostrophe, backtick, underscore. */
function classifyAsciiSeparator(code: number): number {
  return code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 45 ||
    code === 47 ||
    code === 46 ||
    code === 39 ||
    code === 96 ||
    code === 95
    ? SOFT
    : HARD;
}

/**
 * Folds a string into a letter stream for matching; spans map back to the string exactly.
 * @example prepareText("Côte d'Ivoire").length // → 11 ("cotedivoire")
 */
export function prepareText(text: string): PreparedText {
  // One buffer for all five arrays; capacity grows only for text with many "&" or ligatures.
  let capacity = text.length + 8;
  let buffer = allocate(capacity);
  let n = 0;
  let pending = HARD;
  const push = (code: number, start: number, end: number, isUpper: boolean): void => {
    if (n === capacity) {
      capacity *= 2;
      const bigger = allocate(capacity);
      bigger.codes.set(buffer.codes);
      bigger.starts.set(buffer.starts);
      bigger.ends.set(buffer.ends);
      bigger.upper.set(buffer.upper);
      bigger.before.set(buffer.before);
      buffer = bigger;
    }
    buffer.codes[n] = code;
    buffer.starts[n] = start;
    buffer.ends[n] = end;
    buffer.upper[n] = isUpper ? 1 : 0;
    buffer.before[n] = pending;
    pending = NONE;
    n += 1;
  };
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) push(code, i, i + 1, false);
      else if (code >= 65 && code <= 90) push(code + 32, i, i + 1, true);
      else if (code >= 48 && code <= 57) push(code, i, i + 1, false);
      else if (code === 38) {
        // "Bosnia & Herzegovina" reads as "Bosnia and Herzegovina".
        pending = Math.max(pending, SOFT);
        push(97, i, i + 1, false);
        push(110, i, i + 1, false);
        push(100, i, i + 1, false);
        pending = SOFT;
      } else pending = Math.max(pending, classifyAsciiSeparator(code));
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const fold = foldNonAscii(text.slice(i, i + width));
    if (fold.kind === 'separator') pending = Math.max(pending, fold.sep);
    else {
      for (let k = 0; k < fold.folded.length; k++) push(fold.folded.charCodeAt(k), i, i + width, fold.upper);
    }
    i += width;
  }
  return {
    text,
    length: n,
    codes: buffer.codes.subarray(0, n),
    starts: buffer.starts.subarray(0, n),
    ends: buffer.ends.subarray(0, n),
    upper: buffer.upper.subarray(0, n),
    before: buffer.before.subarray(0, n),
  };
}

function allocate(capacity: number): {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  upper: Uint8Array;
  before: Uint8Array;
} {
  const buffer = new ArrayBuffer(capacity * 12);
  return {
    starts: new Int32Array(buffer, 0, capacity),
    ends: new Int32Array(buffer, capacity * 4, capacity),
    codes: new Uint16Array(buffer, capacity * 8, capacity),
    upper: new Uint8Array(buffer, capacity * 10, capacity),
    before: new Uint8Array(buffer, capacity * 11, capacity),
  };
}

interface Term {
  value: number;
  length: number;
  /** Separator before letter k of the phrase: 0 none, 1 soft, 2 hard (a comma in "IPR, Health and Safety"). */
  separators: Uint8Array;
  /** Letter offsets whose capital is required. */
  capitals: readonly number[];
  strict: boolean;
  prefix: boolean;
  plural: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  terms: Term[] | undefined;
}

/** A compiled set of phrases; build once at module load with `compilePhrases`. */
export interface PhraseMatcher<T> {
  readonly root: TrieNode;
  readonly values: readonly T[];
}

/** One occurrence of a phrase: [start, end) in the original string. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** Phrases with their values, and whether plural endings are accepted for them. */
export interface PhraseSet<T> {
  entries: Iterable<readonly [phrase: string, value: T]>;
  plural: boolean;
}

/**
 * Compiles phrases (see the syntax at the top of this file) into a matcher.
 * @example compilePhrases([['Asia Pacific', 'AP']], { plural: false })
 */
export function compilePhrases<T>(
  entries: Iterable<readonly [phrase: string, value: T]>,
  options: { plural: boolean },
): PhraseMatcher<T> {
  return compilePhraseSets([{ entries, plural: options.plural }]);
}

/**
 * Compiles several phrase sets into one matcher, so that one pass over a text finds them all.
 * @example compilePhraseSets([{ entries: [['Niger', 'NER']], plural: false }, { entries: [['waste', 'env']], plural: true }])
 */
export function compilePhraseSets<T>(sets: readonly PhraseSet<T>[]): PhraseMatcher<T> {
  const root: TrieNode = { next: undefined, terms: undefined };
  const values: T[] = [];
  for (const { entries, plural } of sets)
    for (const [phrase, value] of entries) {
      const term = compileTerm(phrase, values.length, plural);
      if (!term) continue;
      values.push(value);
      let node = root;
      for (const code of term.codes) {
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) {
          child = { next: undefined, terms: undefined };
          node.next.set(code, child);
        }
        node = child;
      }
      (node.terms ??= []).push(term.term);
    }
  return { root, values };
}

function isAcronymWord(word: string): boolean {
  let capitals = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) capitals += 1;
  return capitals >= 2 || (capitals === 1 && word.length === 1);
}

function compileTerm(raw: string, value: number, plural: boolean): { codes: number[]; term: Term } | null {
  let phrase = raw.trim();
  const allCapitals = phrase.startsWith('^');
  if (allCapitals) phrase = phrase.slice(1);
  const prefix = phrase.endsWith('*');
  if (prefix) phrase = phrase.slice(0, -1);
  const prepared = prepareText(phrase);
  if (prepared.length === 0) return null;
  // Split the phrase into words on its separators to decide which capitals are required.
  const words: { from: number; to: number }[] = [];
  for (let k = 0; k < prepared.length; k++) {
    if (k === 0 || prepared.before[k] !== NONE) words.push({ from: k, to: k + 1 });
    else words[words.length - 1]!.to = k + 1;
  }
  const wordText = (w: { from: number; to: number }): string =>
    prepared.text.slice(prepared.starts[w.from], prepared.ends[w.to - 1]);
  const isNumber = (w: { from: number; to: number }): boolean => /^\d+$/.test(wordText(w));
  const acronymWords = words.map((w) => isAcronymWord(wordText(w)));
  const strict = words.every((w, i) => acronymWords[i] || isNumber(w)) && acronymWords.some(Boolean);
  const capitals: number[] = [];
  words.forEach((w, i) => {
    const single = w.to - w.from === 1;
    const required = allCapitals || (acronymWords[i] && (!single || strict));
    if (!required) return;
    for (let k = w.from; k < w.to; k++) if (prepared.upper[k]) capitals.push(k);
  });
  const separators = new Uint8Array(prepared.length);
  for (let k = 1; k < prepared.length; k++) separators[k] = prepared.before[k]!;
  return {
    codes: Array.from(prepared.codes),
    term: { value, length: prepared.length, separators, capitals, strict, prefix, plural },
  };
}

function isWordEnd(text: PreparedText, at: number): boolean {
  return at >= text.length || text.before[at] !== NONE;
}

/** Where a match of `term` starting at letter `start` ends (exclusive, in letters), or -1 if it does not match. */
function checkTerm(text: PreparedText, term: Term, start: number): number {
  const end = start + term.length;
  for (let k = 1; k < term.length; k++) {
    const sep = text.before[start + k]!;
    // A text separator must be one the phrase has (a hard one only where the phrase has punctuation too).
    if (sep > term.separators[k]!) return -1;
    if (term.strict && term.separators[k] !== NONE && sep === NONE) return -1;
  }
  for (const k of term.capitals) if (text.upper[start + k] === 0) return -1;
  if (term.prefix) {
    let e = end;
    while (e < text.length && text.before[e] === NONE) e += 1;
    return e;
  }
  if (isWordEnd(text, end)) return end;
  if (!term.plural) return -1;
  const s = 115;
  const e = 101;
  if (text.codes[end] === s && isWordEnd(text, end + 1)) return end + 1;
  if (text.codes[end] === e && text.codes[end + 1] === s && isWordEnd(text, end + 2)) return end + 2;
  return -1;
}

/**
 * Every occurrence of every phrase in the text, overlapping ones included (use `selectLongest` to resolve).
 * @example findPhrases(compilePhrases([['Asia Pacific', 'AP']], { plural: false }), prepareText('Asiapacific Nations'))
 * // → [{ start: 0, end: 11, value: 'AP' }]
 */
export function findPhrases<T>(matcher: PhraseMatcher<T>, text: PreparedText): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.before[i] === NONE) continue;
    let node: TrieNode | undefined = matcher.root;
    for (let j = i; j < text.length; j++) {
      node = node.next?.get(text.codes[j]!);
      if (!node) break;
      if (!node.terms) continue;
      for (const term of node.terms) {
        const end = checkTerm(text, term, i);
        if (end < 0) continue;
        found.push({ start: text.starts[i]!, end: text.ends[end - 1]!, value: matcher.values[term.value]! });
      }
    }
  }
  return found;
}

/** A span in a string, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Resolves overlapping matches: the longest wins, then the earliest; the result is in text order.
 * @example selectLongest([{ start: 0, end: 6, value: 'GIN' }, { start: 0, end: 16, value: 'PNG' }]) // → the PNG one
 */
export function selectLongest<M extends Span>(matches: readonly M[]): M[] {
  const ranked = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: M[] = [];
  for (const m of ranked) if (!chosen.some((c) => overlaps(c, m))) chosen.push(m);
  return chosen.sort((a, b) => a.start - b.start);
}
