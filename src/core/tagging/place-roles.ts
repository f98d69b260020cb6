/**
 * Decides what each place mention does in its sentence (rules: place-role-rules.ts). The field is read once for
 * its sentences and cues; each mention then looks up the nearest cue before it in its sentence, and the words
 * right after it.
 */
import { OWN_ROLES, type OwnRole, type PlaceRole } from '../corpus';
import { allMatches, type Span } from './match-text';
import {
  CUES_AFTER,
  CUES_BEFORE,
  LANGUAGE_CUE_BEFORE,
  LANGUAGE_WORDS,
  MAX_CUE_GAP_WORDS,
  PUBLISHER_SEATS,
  TRAINED_EXPERTS,
} from './place-role-rules';

const OWN = new Set<PlaceRole>(OWN_ROLES);

/** Whether a role makes the place one of the briefing's own (counted) places. */
export function isOwnRole(role: PlaceRole): role is OwnRole {
  return OWN.has(role);
}

const ROLE_OF_GROUP: PlaceRole[] = CUES_BEFORE.map(([role]) => role);
/** One pass over a field finds every cue: each role is a capture group of one alternation. */
const CUE_RE = new RegExp(
  `\\b(?:${CUES_BEFORE.map(([, phrases]) => `(${[...phrases].sort((a, b) => b.length - a.length).join('|')})`).join('|')})\\b`,
  // Cues are plain ASCII words, matched on a lower-cased copy: ASCII word boundaries, no Unicode or ignore-case
  // mode (several times faster on every field).
  'g',
);
/** Every cue after a name in one anchored alternation, tried in the table's order: the first that matches wins. */
const AFTER_RE = new RegExp(
  CUES_AFTER.map(([, pattern]) => `(${pattern.replace(/^\^/, '')})`).join('|'),
  'iuy',
);
const ROLE_AFTER: PlaceRole[] = CUES_AFTER.map(([role]) => role);
const FILLER_WORDS = new Set(
  'the its their his her a an government governments people peoples republic kingdom state states federal of and customs from one two three four both each'.split(
    ' ',
  ),
);
const WORD_RE = /[\p{L}\d]+/gu;
/** Words that start a clause of their own: a cue before them does not reach past them. */
const CLAUSE_WORDS = new Set(
  'which who that is was are were has have had will would while whereas'.split(' '),
);
/** A verb right after a name: the name is the subject of its own clause. */
const CLAUSE_VERB_RE =
  /^(?:\s+(?:also|then|has|have|had|was|were|is|jointly))?\s+(?:[a-z]+ed|ran|held|led|took|met|gave|set|made|is|was|has|have|will|brought|began|sent|won|runs|holds|leads|teams)\b/;

/** What paying is called: the publisher and its bodies fund an activity only when it is said in these words. */
const MONEY_RE = /fund|financ|sponsor|grant|donor|donat|paid|pay|backed|budget/i;
const SENTENCE_MARK_RE = /[.!?;\n]/g;

/**
 * Where sentences start: after a full stop, question or exclamation mark, or semicolon followed by space and then
 * anything but a lower-case letter; after a line break.
 */
function findSentenceStarts(text: string): number[] {
  const starts = [0];
  // The marks are found by a regular expression, which skips the letters between them far faster than a loop.
  SENTENCE_MARK_RE.lastIndex = 0;
  for (let m = SENTENCE_MARK_RE.exec(text); m !== null; m = SENTENCE_MARK_RE.exec(text)) {
    const i = m.index;
    if (text.charCodeAt(i) === 10) {
      starts.push(i + 1);
      continue;
    }
    let j = i + 1;
    while (j < text.length && /\s/.test(text[j]!)) j += 1;
    if (j === i + 1 || j >= text.length) continue;
    const next = text[j]!;
    // Not a lower-case letter (\p{Ll}): a character with an upper-case form of its own.
    if (next === next.toUpperCase() || next.toLowerCase() !== next) starts.push(i + 1);
  }
  return starts;
}

/** An ASCII-lower-cased copy whose offsets are the text's own (the cues are ASCII). */
function lowerAscii(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for every text but a few (dotted capital I): fall back to ASCII only.
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}

interface Cue extends Span {
  role: PlaceRole;
}

/** The cues and sentences of one field, read once. */
export interface RoleContext {
  text: string;
  cues: Cue[];
  /** Offsets where a sentence starts, ascending (0 first). */
  sentenceStarts: number[];
}

/** Reads a field's cues and sentences. */
export function readRoleContext(
  text: string,
  mentions: readonly Span[] = [{ start: text.length, end: text.length }],
): RoleContext {
  const cues: Cue[] = [];
  const sentenceStarts = findSentenceStarts(text);
  const lower = lowerAscii(text);
  // Only the stretch of each sentence before its last mention can hold a cue that decides anything.
  const re = CUE_RE;
  sentenceStarts.forEach((start, i) => {
    const end = Math.min(sentenceStarts[i + 1] ?? text.length, text.length);
    let last = -1;
    for (const m of mentions) if (m.start >= start && m.start < end && m.start > last) last = m.start;
    if (last === -1) return;
    re.lastIndex = start;
    for (let m = re.exec(lower); m !== null && m.index < last; m = re.exec(lower)) {
      let group = -1;
      for (let g = 1; g < m.length; g++)
        if (m[g] !== undefined) {
          group = g - 1;
          break;
        }
      if (group !== -1)
        cues.push({ role: ROLE_OF_GROUP[group]!, start: m.index, end: m.index + m[0].length });
    }
  });
  return { text, cues, sentenceStarts };
}

function sentenceStartOf(ctx: RoleContext, at: number): number {
  let start = 0;
  for (const s of ctx.sentenceStarts) {
    if (s > at) break;
    start = s;
  }
  return start;
}

/** Words between two offsets that are neither another name nor filler ("the Government of"). */
function gapWords(text: string, from: number, to: number, names: readonly Span[]): number {
  let count = 0;
  for (const m of allMatches(WORD_RE, text.slice(from, to))) {
    const at = from + m.index;
    if (names.some((n) => n.start <= at && at < n.end)) continue;
    const lower = m[0].toLowerCase();
    if (CLAUSE_WORDS.has(lower)) return Infinity;
    if (FILLER_WORDS.has(lower)) continue;
    count += 1;
  }
  return count;
}

/**
 * The role of the place at `span`. `names` are the spans of every other name in the field (places, organisations,
 * programmes), which may stand in a list between a cue and the place.
 * @example decidePlaceRole(readRoleContext('Funded by Japan, held in Lusaka.'), { start: 10, end: 15 }, []) // → 'funder'
 */
export function decidePlaceRole(
  ctx: RoleContext,
  span: Span,
  names: readonly Span[],
  options: { fundsOnlyWithMoneyWords?: boolean } = {},
): PlaceRole {
  const { role, cue } = decideRole(ctx, span, names);
  if (role !== 'funder' || !options.fundsOnlyWithMoneyWords) return role;
  return MONEY_RE.test(cue) ? role : 'subject';
}

/** The role and the words that decided it. */
function decideRole(ctx: RoleContext, span: Span, names: readonly Span[]): { role: PlaceRole; cue: string } {
  const { text } = ctx;
  const word = text.slice(span.start, span.end).toLowerCase();
  if (PUBLISHER_SEATS.has(word)) return { role: 'seat', cue: word };
  const after = text.slice(span.end, span.end + 90);
  if (LANGUAGE_WORDS.has(word)) {
    const before = text.slice(Math.max(0, span.start - 12), span.start);
    const next = after.match(/^\s*([\p{L}]+)/u)?.[1]?.toLowerCase();
    const nounAfter =
      next !== undefined &&
      /^(?:customs|government|authorities|administration|experts?|officials?|officers?|delegation|embassy|side|cooperation|co-operation|ministry|agency)$/.test(
        next,
      );
    if (!nounAfter && LANGUAGE_CUE_BEFORE.test(before)) return { role: 'language', cue: before };
  }
  AFTER_RE.lastIndex = 0;
  const afterCue = AFTER_RE.exec(after);
  if (afterCue) {
    const group = afterCue.findIndex((g, i) => i > 0 && g !== undefined);
    return { role: ROLE_AFTER[group - 1]!, cue: afterCue[0] };
  }

  const sentence = sentenceStartOf(ctx, span.start);
  // "Funded by the EU, the WCO ran a workshop": a name after a comma and before its own verb opens a new clause,
  // out of the reach of the cue before it.
  if (
    /,\s*(?:the\s+)?$/i.test(text.slice(Math.max(sentence, span.start - 6), span.start)) &&
    CLAUSE_VERB_RE.test(after)
  )
    return { role: 'subject', cue: '' };
  let nearest: Cue | undefined;
  for (const cue of ctx.cues) {
    if (cue.end > span.start) break;
    if (cue.start < sentence) continue;
    // Nearest wins; at the same end the longer (it started earlier) wins.
    if (!nearest || cue.end > nearest.end || (cue.end === nearest.end && cue.start < nearest.start))
      nearest = cue;
  }
  if (nearest && gapWords(text, nearest.end, span.start, names) <= MAX_CUE_GAP_WORDS) {
    // A chain of cues reads as its head: "experts from the Customs administrations of Denmark" are experts.
    let head = nearest;
    for (let i = ctx.cues.indexOf(head) - 1; i >= 0 && isOwnRole(head.role); i--) {
      const prev = ctx.cues[i]!;
      if (prev.start < sentence || gapWords(text, prev.end, head.start, []) > 1) break;
      if (names.some((n) => n.start >= prev.end && n.end <= head.start)) break;
      head = prev;
    }
    const cue = text.slice(head.start, head.end);
    if (
      head.role === 'expert' &&
      TRAINED_EXPERTS.test(text.slice(Math.max(sentence, head.start - 60), head.start))
    )
      return { role: 'participant', cue };
    return { role: head.role, cue };
  }
  return { role: 'subject', cue: '' };
}
