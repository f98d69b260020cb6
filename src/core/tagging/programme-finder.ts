/**
 * Programmes that are in no dictionary, found by pattern ("Operation Sunbird", "Project Prism", "Gender Equality
 * Programme").
 */
import type { Span } from './match-text';
import { sortSmall } from './sort-small';

/** A programme found by pattern: not in the dictionary, so its id is made from its name. */
export interface UnlistedProgramme extends Span {
  id: string;
  label: string;
  /**
   * Found before a lower-case keyword ("the KAIZEN project"): a weaker sign, so the caller drops it when its name
   * is only places ("a Georgian study", "the German Government initiative").
   */
  lowerCaseKeyword?: true;
}

/** Words that open a sentence or a title rather than a name. */
const NOT_NAME_WORDS = new Set(
  [
    'The This That These Those Its Our Their His Her A An And Or Of For To In On At By With From Into Against As',
    'Under Over Targets Targeting Seizes Seized Led Launched New Joint Pilot Regional National Global International',
    'WCO Customs Manager Managers Officer Officers Coordinator Coordinators Director Leader Leaders Team Teams',
    'Steering Committee Board Document Proposal Report Phase Launch Meeting Partners Countries Activities Centre',
    'Center Room Manual Plan Order Results Success In During Since Until Following Through',
    'January February March April May June July August September October November December',
  ]
    .join(' ')
    .split(' '),
);
/** Words too generic to name a programme on their own ("Regional Training Programme" is no programme's name). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  'WCO Customs Regional National Global International Pilot Joint New Training Technical Assistance Capacity Building Development Support Annual Action Work Research Reform Modernization Modernisation AEO Authorized Authorised Economic Operator Operators Case Feasibility Comparative Baseline Research Diagnostic Needs Assessment'.split(
    ' ',
  ),
);
const NAME_WORD = /^(?:[A-Z][\p{L}\d'’&-]*|\d{4})$/u;
const CONNECTOR = /^(?:of|for|and|on|in|the)$/;
const NUMERAL = /^(?:[IVX]{1,5}|(?:19|20)\d\d|\d{1,2})$/;

function toSlug(words: readonly string[]): string {
  const joined = words.join(' ');
  // Printable ASCII (most names) has no accents to strip.
  const folded = /[^ -~]/.test(joined) ? joined.normalize('NFD').replace(/\p{M}/gu, '') : joined;
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const NON_ASCII_LETTER = /^\p{L}$/u;
const NON_ASCII_SPACE = /^\s$/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** A letter (any script) or an ASCII digit: `[\p{L}\d]`. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return isAsciiLetterOrDigit(cp);
  return NON_ASCII_LETTER.test(String.fromCodePoint(cp));
}

function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return NON_ASCII_SPACE.test(String.fromCodePoint(cp));
}

/**
 * Words (with inner hyphens and apostrophes) and single punctuation marks, so that names stop at punctuation; of
 * `text` from `from` to `to`, which must not cut a word. The tokens of `/[\p{L}\d]+(?:['’-][\p{L}\d]+)*|[^\s\p{L}\d]/gu`,
 * read by hand: the regular expression's match objects cost more than the rest of the programme finder.
 */
function tokenize(text: string, from: number, to: number, tokens: Token[]): void {
  const length = text.length;
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isSpace(cp)) {
      i += width;
      continue;
    }
    if (!isWordChar(cp)) {
      tokens.push({ text: text.slice(i, i + width), start: i, end: i + width });
      i += width;
      continue;
    }
    let j = i + width;
    for (;;) {
      while (j < length) {
        const next = text.codePointAt(j)!;
        if (!isWordChar(next)) break;
        j += next > 0xffff ? 2 : 1;
      }
      const joiner = text.charCodeAt(j);
      if (
        (joiner === 39 || joiner === 0x2019 || joiner === 45) &&
        j + 1 < length &&
        isWordChar(text.codePointAt(j + 1)!)
      )
        j += 1;
      else break;
    }
    tokens.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
}

/**
 * Where a keyword may stand (a few more: "co-operation", "Studies" in any name); found before any tokenising. A
 * match right after a letter or digit ("cooperation") is skipped by the caller: a look-behind here would slow the
 * search on every summary.
 */
const KEYWORD_AT_RE = /operation|project|program|initiative|package|stud(?:y|ies)/gi;

/** Marks that a name may run through: joiners inside a word, quotes around a name, brackets around an acronym. */
const PASSABLE = new Set([39, 0x2019, 45, 34, 0x201c, 0x201d, 0x2018, 40, 41]);

/** Whether the character at `at` is punctuation that stops every reading of a name (a comma, a full stop…). */
function isStop(text: string, at: number): boolean {
  const cp = text.codePointAt(at)!;
  return !PASSABLE.has(cp) && !isSpace(cp) && !isWordChar(cp);
}

/**
 * The tokens of the stretches around each keyword, in text order: a name is read from its keyword to the nearest
 * punctuation on either side, so the rest of the text (most of it) need not be tokenised. A stretch reaches back
 * past a closing bracket to its opening one (a name may look back into a bracket: "the EXBS (Export Control…)
 * Program"), and keeps the punctuation at both ends, so that reading stops there as it would in the whole text.
 */
function tokenizeKeywordClauses(text: string): Token[] {
  const stretches: [start: number, end: number][] = [];
  KEYWORD_AT_RE.lastIndex = 0;
  for (let m = KEYWORD_AT_RE.exec(text); m !== null; m = KEYWORD_AT_RE.exec(text)) {
    if (m.index > 0 && isAsciiLetterOrDigit(text.charCodeAt(m.index - 1))) continue;
    let start = m.index;
    let brackets = 0;
    for (; start > 0; start--) {
      const c = text.charCodeAt(start - 1);
      if (c === 41) brackets += 1;
      else if (c === 40) brackets -= 1;
      else if (brackets <= 0 && isStop(text, start - 1)) {
        // The stop itself is kept (a surrogate pair whole).
        start -= start >= 2 && (c & 0xfc00) === 0xdc00 ? 2 : 1;
        break;
      }
    }
    let end = m.index + m[0].length;
    while (end < text.length && !isStop(text, end)) end += 1;
    end = Math.min(text.length, end + 1);
    if (end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end += 1;
    stretches.push([start, end]);
  }
  // Stretches that overlap are read as one; a keyword's own stretch may start before an earlier keyword's.
  sortSmall(stretches, (a, b) => a[0] - b[0]);
  const tokens: Token[] = [];
  for (let k = 0; k < stretches.length;) {
    const start = stretches[k]![0];
    let end = stretches[k]![1];
    for (k += 1; k < stretches.length && stretches[k]![0] <= end; k++) end = Math.max(end, stretches[k]![1]);
    tokenize(text, start, end, tokens);
  }
  return tokens;
}

/** Name words after "Operation"/"Project": capitalised words, then an optional numeral. */
function readNameAfter(tokens: readonly Token[], from: number): { words: Token[]; end: number } | null {
  const words: Token[] = [];
  let i = from;
  if (tokens[i]?.text === '"' || tokens[i]?.text === "'" || tokens[i]?.text === '“') i += 1;
  while (i < tokens.length && words.length < 3) {
    const t = tokens[i]!;
    if (words.length > 0 && NUMERAL.test(t.text)) break;
    if (!NAME_WORD.test(t.text) || NOT_NAME_WORDS.has(t.text)) break;
    words.push(t);
    i += 1;
  }
  if (words.length === 0) return null;
  let end = words[words.length - 1]!.end;
  if (i < tokens.length && NUMERAL.test(tokens[i]!.text) && tokens[i]!.start - end <= 1) end = tokens[i]!.end;
  return { words, end };
}

/** Name words before "Programme"/"Project": capitalised words joined by of/for/and, an optional "(ACRONYM)" skipped. */
function readNameBefore(tokens: readonly Token[], keyword: number): { words: Token[]; start: number } | null {
  let i = keyword - 1;
  if (tokens[i]?.text === ')' && tokens[i - 2]?.text === '(' && /^[A-Z]{2,}$/.test(tokens[i - 1]?.text ?? ''))
    i -= 3;
  else if (tokens[i]?.text === ')') {
    // "the EXBS (Export Control and Related Border Security) Program": an acronym spelled out in brackets before
    // the keyword; the name is the acronym's.
    let open = i - 1;
    while (open >= 0 && i - open <= 12 && tokens[open]!.text !== '(') open -= 1;
    if (open >= 1 && tokens[open]!.text === '(' && /^[A-Z][A-Z0-9-]+$/.test(tokens[open - 1]!.text)) {
      const acronym = tokens[open - 1]!;
      return { words: [acronym], start: acronym.start };
    }
  }
  const words: Token[] = [];
  while (i >= 0 && words.length < 7) {
    const t = tokens[i]!;
    if (NAME_WORD.test(t.text)) words.unshift(t);
    else if (CONNECTOR.test(t.text) && words.length > 0 && NAME_WORD.test(tokens[i - 1]?.text ?? ''))
      words.unshift(t);
    else break;
    i -= 1;
  }
  // "Zambia's AEO programme", "the WCO's CCASP Project": an owner's possessive is not part of the name.
  while (
    words.length > 0 &&
    (NOT_NAME_WORDS.has(words[0]!.text) ||
      CONNECTOR.test(words[0]!.text) ||
      /['’]s$/.test(words[0]!.text) ||
      /^\d{4}$/.test(words[0]!.text))
  )
    words.shift();
  if (words.every((w) => GENERIC_WORDS.has(w.text) || CONNECTOR.test(w.text))) return null;
  const lowerCase = !/^[A-Z]/.test(tokens[keyword]!.text);
  if (lowerCase) {
    // A lower-case keyword needs a real name before it: an acronym, or two capitalised words.
    const named = words.filter((w) => !GENERIC_WORDS.has(w.text) && !CONNECTOR.test(w.text));
    if (!named.some((w) => /^[A-Z0-9]{2,}$/.test(w.text.replace(/-/g, ''))) && named.length < 2) return null;
  }
  return { words, start: words[0]!.start };
}

/** A capitalised keyword, or a lower-case one after a capitalised word: the only texts worth reading closely. */
const MAYBE_PROGRAMME_RE =
  /(?:Operation|Project|Program|Initiative|Package|Stud(?:y|ies))|[A-Z0-9][\p{L}\d'’-]*\s+(?:project|program|initiative|package|stud(?:y|ies))/u;
/** The same test's cheap parts first: a capitalised keyword, or any lower-case one after a space. */
const CAPITALISED_KEYWORD_RE = /Operation|Project|Program|Initiative|Package|Stud(?:y|ies)/;
const LOWER_CASE_KEYWORD_RE = /\s(?:project|program|initiative|package|stud(?:y|ies))/;
const KEYWORD_RE = /^(?:programmes?|programs?|projects?|initiatives?|packages?|stud(?:y|ies))$/i;

/**
 * "for (the) Harmonized System" after a keyword: capitalised words joined by of/and/the. Not "in", which usually
 * opens the venue ("the Security Project for West and Central Africa in Conakry").
 */
function readForTail(tokens: readonly Token[], from: number): { words: string[]; end: number } | null {
  if (tokens[from]?.text !== 'for') return null;
  const words = ['for'];
  let i = from + 1;
  let end = -1;
  let named = 0;
  while (i < tokens.length && words.length < 9) {
    const t = tokens[i]!;
    if (NAME_WORD.test(t.text) && !NOT_NAME_WORDS.has(t.text)) {
      named += 1;
      end = t.end;
    } else if (t.text === 'in' || !CONNECTOR.test(t.text) || !NAME_WORD.test(tokens[i + 1]?.text ?? ''))
      break;
    words.push(t.text);
    i += 1;
  }
  while (words.length > 0 && CONNECTOR.test(words[words.length - 1]!)) words.pop();
  return named > 0 && end > 0 ? { words, end } : null;
}

/**
 * Programmes, projects and operations that are in no dictionary, found by pattern: "Operation Sunbird IV",
 * "Project Prism", "Gender Equality Programme", "the KAIZEN project", "a Time Release Study", "the Revenue
 * Package". Capitalised names only, so "the project" and "This Programme" are not names. Title-case text (a title) capitalises every word, so callers should trust a title hit only when
 * the summary confirms it.
 * @example findUnlistedProgrammes('during Operation Sunbird IV, officers…') // → [{ id: 'operation-sunbird', label: 'Operation Sunbird', start: 7, end: 26 }]
 */
export function findUnlistedProgrammes(
  text: string,
  /** Tokenise the whole text rather than the keywords' clauses: the reference that tests hold the clauses to. */
  options?: { wholeText: boolean },
): UnlistedProgramme[] {
  if (
    !CAPITALISED_KEYWORD_RE.test(text) &&
    !(LOWER_CASE_KEYWORD_RE.test(text) && MAYBE_PROGRAMME_RE.test(text))
  )
    return [];
  let tokens: Token[] = [];
  if (options?.wholeText) tokenize(text, 0, text.length, tokens);
  else tokens = tokenizeKeywordClauses(text);
  const found: UnlistedProgramme[] = [];
  tokens.forEach((t, k) => {
    // 'the WCO-ESA Project "Building Trade Capacity…"': a quoted title after the keyword describes the project
    // named before it.
    const quoted = t.text === 'Project' && /^["“']$/.test(tokens[k + 1]?.text ?? '');
    if (t.text === 'Operation' || (t.text === 'Project' && !(quoted && readNameBefore(tokens, k)))) {
      const name = readNameAfter(tokens, k + 1);
      if (name) {
        const words = [t.text, ...name.words.map((w) => w.text)];
        found.push({ id: toSlug(words), label: words.join(' '), start: t.start, end: name.end });
        return;
      }
    }
    // "the KAIZEN project", "a Time Release Study", "the Revenue Package": the keyword may be lower case when the
    // name before it is capitalised.
    if (t.text.length >= 5 && t.text.length <= 11 && KEYWORD_RE.test(t.text)) {
      const name = readNameBefore(tokens, k);
      if (name) {
        const keyword = t.text.replace(/ies$/, 'y').replace(/s$/, '');
        const words = [...name.words.map((w) => w.text), keyword];
        // "the Security Project for West and Central Africa": a capitalised keyword may be followed by "for" and the
        // rest of the name.
        const tail = /^[A-Z]/.test(t.text) ? readForTail(tokens, k + 1) : null;
        if (tail) words.push(...tail.words);
        const end = tail ? tail.end : t.end;
        const hit: UnlistedProgramme = { id: toSlug(words), label: words.join(' '), start: name.start, end };
        if (!/^[A-Z]/.test(t.text)) hit.lowerCaseKeyword = true;
        found.push(hit);
      }
    }
  });
  // "the EU-WCO Programme for the Harmonized System in Africa (HS-Africa Programme)": a name in brackets right after
  // another is its short name, not a second programme.
  return found.filter(
    (p) => !found.some((q) => q !== p && q.end <= p.start && /^\s*\($/.test(text.slice(q.end, p.start))),
  );
}
