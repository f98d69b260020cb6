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
import { sortSmall } from './sort-small';

/** A letter stream folded from one string, with the way back to the original offsets. */
export interface PreparedText {
  readonly text: string;
  /** Number of folded letters (the arrays of a transient stream are longer: read only this many). */
  readonly length: number;
  /** Folded (lower-case, unaccented) UTF-16 code unit of each letter or digit. */
  readonly codes: Uint16Array;
  /** Offset in `text` where the character that produced letter i starts (where it ends: `letterEnd`). */
  readonly starts: Int32Array;
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

type Buffers = ReturnType<typeof allocate>;

/** The buffers that `prepareText(text, { transient: true })` writes into and lends out until its next call. */
let scratch: Buffers = allocate(4096);

/**
 * Folds a string into a letter stream for matching; spans map back to the string exactly.
 *
 * With `transient`, the stream is written into buffers kept between calls and is valid only until the next
 * transient call: for a caller that is done with it before it prepares another text (the tagger, per field).
 * Allocating an ArrayBuffer costs microseconds in V8, several times the folding of a short field, and each one is
 * memory outside the heap that the garbage collector has to track.
 * @example prepareText("Côte d'Ivoire").length // → 11 ("cotedivoire")
 */
export function prepareText(text: string, options?: { transient: boolean }): PreparedText {
  const transient = options?.transient === true;
  // Room for one letter per character and a little more; "&" (three letters) and ligatures may need more, and
  // then the text is folded again into buffers twice the size.
  let buffers = transient ? scratch : allocate(text.length + 8);
  if (buffers.codes.length < text.length + 8) buffers = allocate(2 * text.length + 8);
  let n = foldInto(text, buffers);
  while (n < 0) {
    buffers = allocate(2 * buffers.codes.length);
    n = foldInto(text, buffers);
  }
  const { codes, starts, upper, before } = buffers;
  if (transient) {
    scratch = buffers;
    // The buffers as they are, longer than `length`: views cut to size cost more than a short field's folding.
    return { text, length: n, codes, starts, upper, before };
  }
  return {
    text,
    length: n,
    codes: codes.subarray(0, n),
    starts: starts.subarray(0, n),
    upper: upper.subarray(0, n),
    before: before.subarray(0, n),
  };
}

/**
 * Writes the letter stream of `text` into `buffers`; returns the number of letters, or -1 when they do not fit.
 * The buffers stay the same for the whole loop (no growing inside it), which keeps this loop, run on every
 * character of every briefing, free of reloads.
 */
function foldInto(text: string, buffers: Buffers): number {
  const { codes, starts, upper, before } = buffers;
  const capacity = codes.length;
  const length = text.length;
  let n = 0;
  let pending = HARD;
  for (let i = 0; i < length;) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits: most of every text.
    const lower = code | 32;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) {
      if (n === capacity) return -1;
      const isLetter = code >= 65;
      codes[n] = isLetter ? lower : code;
      starts[n] = i;
      upper[n] = isLetter && code <= 90 ? 1 : 0;
      before[n] = pending;
      pending = NONE;
      n += 1;
      i += 1;
      continue;
    }
    let folded: string;
    let isUpper = false;
    let width = 1;
    if (code < 128) {
      if (code !== 38) {
        const sep = classifyAsciiSeparator(code);
        if (sep > pending) pending = sep;
        i += 1;
        continue;
      }
      // "Bosnia & Herzegovina" reads as "Bosnia and Herzegovina".
      if (pending < SOFT) pending = SOFT;
      folded = 'and';
    } else {
      const cp = text.codePointAt(i) ?? code;
      width = cp > 0xffff ? 2 : 1;
      const fold = foldNonAscii(text.slice(i, i + width));
      if (fold.kind === 'separator') {
        if (fold.sep > pending) pending = fold.sep;
        i += width;
        continue;
      }
      folded = fold.folded;
      isUpper = fold.upper;
    }
    if (n + folded.length > capacity) return -1;
    for (let k = 0; k < folded.length; k++) {
      codes[n] = folded.charCodeAt(k);
      starts[n] = i;
      upper[n] = isUpper ? 1 : 0;
      before[n] = pending;
      pending = NONE;
      n += 1;
    }
    if (code === 38) pending = SOFT;
    i += width;
  }
  return n;
}

function allocate(capacity: number): {
  codes: Uint16Array;
  starts: Int32Array;
  upper: Uint8Array;
  before: Uint8Array;
} {
  const buffer = new ArrayBuffer(capacity * 8);
  return {
    starts: new Int32Array(buffer, 0, capacity),
    codes: new Uint16Array(buffer, capacity * 4, capacity),
    upper: new Uint8Array(buffer, capacity * 6, capacity),
    before: new Uint8Array(buffer, capacity * 7, capacity),
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

/**
 * The trie, packed into arrays once it is built: nodes in breadth-first order (the few nodes every walk visits sit
 * together), each node's children as a run of sorted letter codes. A walk reads a few adjacent numbers per letter
 * instead of hashing (the walk is most of the tagger's time). Node 0 is the root; its ASCII children are also in a
 * direct table.
 *
 * Breadth-first order numbers the children of each node in the order its edges are laid out, so edge e leads to
 * node e + 1 and needs no array of its own; and whether a node ends a term is one byte. The arrays a walk reads are
 * what the processor's caches must hold between one field and the next, so the fewer and smaller, the faster.
 */
interface Trie {
  /** Children of node k are edges firstEdge[k] … firstEdge[k + 1] - 1; edge e leads to node e + 1. */
  firstEdge: Uint32Array;
  edgeCode: Uint16Array;
  /** The root's child by an ASCII code, or -1. */
  rootAscii: Int32Array;
  /** 1 where a term ends at the node. */
  endsTerm: Uint8Array;
  /** The terms that end at each node, or undefined. */
  terms: (Term[] | undefined)[];
}

/** The child of `node` by letter `code`, or -1. */
function childOf(trie: Trie, node: number, code: number): number {
  const { firstEdge, edgeCode } = trie;
  for (let e = firstEdge[node]!, end = firstEdge[node + 1]!; e < end; e++) {
    const c = edgeCode[e]!;
    if (c === code) return e + 1;
    if (c > code) break;
  }
  return -1;
}

/** Packs a trie built as child lists (node 0 the root) into a `Trie`. */
function packTrie(children: Map<number, number>[], terms: (Term[] | undefined)[]): Trie {
  const order: number[] = [0];
  const newId = new Int32Array(children.length).fill(-1);
  newId[0] = 0;
  for (let k = 0; k < order.length; k++)
    for (const code of [...children[order[k]!]!.keys()].sort((x, y) => x - y)) {
      const child = children[order[k]!]!.get(code)!;
      newId[child] = order.length;
      order.push(child);
    }
  const edges = order.reduce((sum, node) => sum + children[node]!.size, 0);
  const trie: Trie = {
    firstEdge: new Uint32Array(order.length + 1),
    edgeCode: new Uint16Array(edges),
    rootAscii: new Int32Array(128).fill(-1),
    endsTerm: Uint8Array.from(order, (node) => (terms[node] ? 1 : 0)),
    terms: order.map((node) => terms[node]),
  };
  let e = 0;
  order.forEach((node, k) => {
    trie.firstEdge[k] = e;
    for (const code of [...children[node]!.keys()].sort((x, y) => x - y)) {
      trie.edgeCode[e] = code;
      if (newId[children[node]!.get(code)!] !== e + 1)
        throw new Error('The trie is not in breadth-first order.');
      if (k === 0 && code < 128) trie.rootAscii[code] = e + 1;
      e += 1;
    }
  });
  trie.firstEdge[order.length] = e;
  return trie;
}

/** A compiled set of phrases; build once at module load with `compilePhrases`. */
export interface PhraseMatcher<T> {
  readonly trie: Trie;
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
  const children: Map<number, number>[] = [new Map()];
  const terms: (Term[] | undefined)[] = [undefined];
  const values: T[] = [];
  for (const { entries, plural } of sets)
    for (const [phrase, value] of entries) {
      const term = compileTerm(phrase, values.length, plural);
      if (!term) continue;
      values.push(value);
      let node = 0;
      for (const code of term.codes) {
        let child = children[node]!.get(code);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          terms.push(undefined);
          children[node]!.set(code, child);
        }
        node = child;
      }
      (terms[node] ??= []).push(term.term);
    }
  return { trie: packTrie(children, terms), values };
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
    prepared.text.slice(prepared.starts[w.from], letterEnd(prepared, w.to - 1));
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

/**
 * Where the character that produced letter k ends in the text (exclusive): one code unit after it starts, two for a
 * surrogate pair. Worked out when a match is found, rather than stored for every letter.
 */
function letterEnd(text: PreparedText, k: number): number {
  const start = text.starts[k]!;
  const high = text.text.charCodeAt(start);
  return (high & 0xfc00) === 0xd800 && (text.text.charCodeAt(start + 1) & 0xfc00) === 0xdc00
    ? start + 2
    : start + 1;
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
  const { trie } = matcher;
  const { rootAscii, firstEdge, edgeCode, endsTerm, terms } = trie;
  const { codes, before } = text;
  for (let i = 0; i < text.length; i++) {
    if (before[i] === NONE) continue;
    const first = codes[i]!;
    let node = first < 128 ? rootAscii[first]! : childOf(trie, 0, first);
    for (let j = i + 1; node >= 0; j++) {
      if (endsTerm[node] === 1)
        for (const term of terms[node]!) {
          const end = checkTerm(text, term, i);
          if (end < 0) continue;
          found.push({
            start: text.starts[i]!,
            end: letterEnd(text, end - 1),
            value: matcher.values[term.value]!,
          });
        }
      if (j >= text.length) break;
      // The child by the next letter: a short scan of sorted codes (inlined childOf).
      const code = codes[j]!;
      let next = -1;
      for (let e = firstEdge[node]!, end = firstEdge[node + 1]!; e < end; e++) {
        const c = edgeCode[e]!;
        if (c === code) {
          next = e + 1;
          break;
        }
        if (c > code) break;
      }
      node = next;
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
  const ranked = sortSmall([...matches], (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: M[] = [];
  for (const m of ranked) if (!chosen.some((c) => overlaps(c, m))) chosen.push(m);
  return sortSmall(chosen, (a, b) => a.start - b.start);
}

/**
 * Every match of a global regular expression in `text`, like `text.matchAll(re)` but without the copy of the
 * expression that `matchAll` makes on every call (a cost the tagger paid on every field and every place).
 * @example allMatches(/\d+/g, 'a1b22').map((m) => m[0]) // → ['1', '22']
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global expression: ${re.source}`);
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches.push(m);
    if (m[0] === '') re.lastIndex += 1;
  }
  return matches;
}
