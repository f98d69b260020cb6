/**
 * Programmes that are in no dictionary, found by pattern ("Operation Sunbird", "Project Prism", "Gender Equality
 * Programme").
 */
import type { Span } from './match-text';

/** A programme found by pattern: not in the dictionary, so its id is made from its name. */
export interface UnlistedProgramme extends Span {
  id: string;
  label: string;
}

/** Words that open a sentence or a title rather than a name. */
const NOT_NAME_WORDS = new Set(
  [
    'The This That These Those Its Our Their His Her A An And Or Of For To In On At By With From Into Against As',
    'Under Over Targets Targeting Seizes Seized Led Launched New Joint Pilot Regional National Global International',
    'WCO Customs Manager Managers Officer Officers Coordinator Coordinators Director Leader Leaders Team Teams',
    'Steering Committee Board Document Proposal Report Phase Launch Meeting Partners Countries Activities Centre',
    'Center Room Manual Plan Order Results Success',
  ]
    .join(' ')
    .split(' '),
);
/** Words too generic to name a programme on their own ("Regional Training Programme" is no programme's name). */
const GENERIC_WORDS = new Set(
  'WCO Customs Regional National Global International Pilot Joint New Training Technical Assistance Capacity Building Development Support Annual Action Work Research Reform Modernization Modernisation'.split(
    ' ',
  ),
);
const NAME_WORD = /^(?:[A-Z][\p{L}\d'’&-]*|\d{4})$/u;
const CONNECTOR = /^(?:of|for|and|on|in|the)$/;
const NUMERAL = /^(?:[IVX]{1,5}|(?:19|20)\d\d|\d{1,2})$/;

function toSlug(words: readonly string[]): string {
  return words
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Words (with inner hyphens and apostrophes) and single punctuation marks, so that names stop at punctuation.
  for (const m of text.matchAll(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*|[^\s\p{L}\d]/gu)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
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
  const words: Token[] = [];
  while (i >= 0 && words.length < 7) {
    const t = tokens[i]!;
    if (NAME_WORD.test(t.text)) words.unshift(t);
    else if (CONNECTOR.test(t.text) && words.length > 0 && NAME_WORD.test(tokens[i - 1]?.text ?? ''))
      words.unshift(t);
    else break;
    i -= 1;
  }
  while (words.length > 0 && (NOT_NAME_WORDS.has(words[0]!.text) || CONNECTOR.test(words[0]!.text)))
    words.shift();
  if (words.every((w) => GENERIC_WORDS.has(w.text) || CONNECTOR.test(w.text))) return null;
  return { words, start: words[0]!.start };
}

/**
 * Programmes, projects and operations that are in no dictionary, found by pattern: "Operation Sunbird IV",
 * "Project Prism", "Gender Equality Programme". Capitalised names only, so "the project" and "This Programme"
 * are not names. Title-case text (a title) capitalises every word, so callers should trust a title hit only when
 * the summary confirms it.
 * @example findUnlistedProgrammes('during Operation Sunbird IV, officers…') // → [{ id: 'operation-sunbird', label: 'Operation Sunbird', start: 7, end: 26 }]
 */
export function findUnlistedProgrammes(text: string): UnlistedProgramme[] {
  if (!/Operation|Project|Program/.test(text)) return [];
  const tokens = tokenize(text);
  const found: UnlistedProgramme[] = [];
  tokens.forEach((t, k) => {
    if (t.text === 'Operation' || t.text === 'Project') {
      const name = readNameAfter(tokens, k + 1);
      if (name) {
        const words = [t.text, ...name.words.map((w) => w.text)];
        found.push({ id: toSlug(words), label: words.join(' '), start: t.start, end: name.end });
        return;
      }
    }
    if (/^(?:Programmes?|Programs?|Projects?)$/.test(t.text)) {
      const name = readNameBefore(tokens, k);
      if (name) {
        const keyword = t.text.replace(/s$/, '');
        const words = [...name.words.map((w) => w.text), keyword];
        found.push({ id: toSlug(words), label: words.join(' '), start: name.start, end: t.end });
      }
    }
  });
  return found;
}
