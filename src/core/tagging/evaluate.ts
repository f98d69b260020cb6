/**
 * Scores the tagger against hand-checked gold labels (the development set in `__dev-set__/`, whose labelling rules
 * are `__dev-set__/LABELLING.md`): precision and recall per field, and every disagreement, so `npm run eval` can say
 * where the tagger stands and what to fix next.
 */
import {
  FILTER_KINDS,
  GLOBAL_REGION_ID,
  foldLetters,
  settleCorrections,
  type Briefing,
  type Correction,
  type FilterKind,
} from '../corpus';
import { DICTIONARIES } from './data/dictionaries';

/** Every name the dictionary knows for a programme id, so an older or longer name in the gold still matches. */
const PROGRAMME_NAMES = new Map(
  DICTIONARIES.programmes.map((e) => [
    e.label,
    [e.label, ...e.aliases.map((a) => a.replace(/^\^|\*$/g, ''))],
  ]),
);

/** One hand-labelled item: what a careful reader says the briefing is about. */
export interface GoldItem {
  title: string;
  source?: string;
  /** The six WCO regions' labels; empty when `global`. */
  regions: string[];
  global: boolean;
  /** ISO alpha-3 of the briefing's own places. */
  countries: string[];
  programmes: string[];
  /** Alpha-3 for a country's government or fund; otherwise the organisation's name. */
  funders: string[];
}

export const EVAL_FIELDS = ['regions', 'global', 'countries', 'programmes', 'funders'] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Disagreement {
  title: string;
  field: EvalField;
  /** Found by the tagger, not in the gold. */
  extra: string[];
  /** In the gold, not found. */
  missed: string[];
}

export interface Evaluation {
  items: number;
  scores: Record<EvalField, FieldScore>;
  disagreements: Disagreement[];
}

const NAME_NOISE = new Set([
  'the',
  'wco',
  'a',
  'an',
  'of',
  'for',
  'and',
  'on',
  'in',
  'programme',
  'program',
  'project',
]);

/**
 * The words that identify a name: "the WCO Mercator Programme" and "Mercator Programme" are one name; an acronym in
 * brackets is left out ("Container Control Programme (CCP)").
 */
function nameKey(name: string): string[] {
  return foldLetters(name.replace(/\([^)]*\)/g, ' '))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_NOISE.has(w));
}

/** Two names of one thing: the same words, or two or more words all inside the other's ("the SECO-WCO Global Trade Facilitation Programme"). */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka.length === 0 || kb.length === 0) return foldLetters(a) === foldLetters(b);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  // One word inside a longer name is not the same name ("STCE" is not "the COPES-STCE Project").
  if (short.length < 2) return short.length === long.length && short[0] === long[0];
  return short.every((w) => long.includes(w));
}

function score(tp: number, fp: number, fn: number): FieldScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Matches found values to gold values one to one; `same` says whether two values name one thing. */
function matchSets(
  found: readonly string[],
  gold: readonly string[],
  same: (f: string, g: string) => boolean,
): { extra: string[]; missed: string[]; tp: number } {
  const left = [...gold];
  const extra: string[] = [];
  let tp = 0;
  for (const f of found) {
    const i = left.findIndex((g) => same(f, g));
    if (i === -1) extra.push(f);
    else {
      tp += 1;
      left.splice(i, 1);
    }
  }
  return { extra, missed: left, tp };
}

/** What the tagger says of a briefing, in the gold's terms. */
export function predictionOf(b: Briefing): Record<EvalField, string[]> {
  const global = b.regions.some((r) => r.id === GLOBAL_REGION_ID && r.evidence.length > 0);
  return {
    regions: b.regions.filter((r) => r.id !== GLOBAL_REGION_ID).map((r) => r.label),
    global: global ? ['Global'] : [],
    countries: b.countries.map((c) => c.id),
    programmes: b.programmes.map((p) => p.label),
    funders: b.funders.flatMap((f) => [f.id === f.label ? f.label : `${f.id}|${f.label}`]),
  };
}

function sameFunder(found: string, gold: string): boolean {
  const [id, label] = found.includes('|') ? found.split('|') : [found, found];
  if (/^[A-Z]{3}$/.test(gold)) return id === gold;
  return sameName(label ?? found, gold) || (id !== undefined && sameName(id, gold));
}

/**
 * Scores tagged briefings against gold items, paired in order (titles must match).
 * @example evaluateTagger(tagBriefings(raws), gold).scores.countries.precision // → 0.97
 */
export function evaluateTagger(briefings: readonly Briefing[], gold: readonly GoldItem[]): Evaluation {
  if (briefings.length !== gold.length)
    throw new Error(`The dev set has ${gold.length} gold items but ${briefings.length} briefings were read.`);
  const counts = Object.fromEntries(EVAL_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    EvalField,
    { tp: number; fp: number; fn: number }
  >;
  const disagreements: Disagreement[] = [];
  briefings.forEach((b, i) => {
    const g = gold[i]!;
    if (b.title !== g.title)
      throw new Error(`Item ${i + 1}: briefing "${b.title}" is paired with gold "${g.title}".`);
    const found = predictionOf(b);
    const expected: Record<EvalField, string[]> = {
      regions: g.regions,
      global: g.global ? ['Global'] : [],
      countries: g.countries,
      programmes: g.programmes,
      funders: g.funders,
    };
    for (const field of EVAL_FIELDS) {
      const same =
        field === 'programmes'
          ? (f: string, x: string) => (PROGRAMME_NAMES.get(f) ?? [f]).some((name) => sameName(name, x))
          : field === 'funders'
            ? sameFunder
            : (f: string, x: string) => f === x;
      const { extra, missed, tp } = matchSets(found[field], expected[field], same);
      counts[field].tp += tp;
      counts[field].fp += extra.length;
      counts[field].fn += missed.length;
      if (extra.length > 0 || missed.length > 0) disagreements.push({ title: g.title, field, extra, missed });
    }
  });
  const scores = Object.fromEntries(
    EVAL_FIELDS.map((f) => [f, score(counts[f].tp, counts[f].fp, counts[f].fn)]),
  ) as Record<EvalField, FieldScore>;
  return { items: gold.length, scores, disagreements };
}

/** One kind's tally of analysts' corrections against the tagger, on the briefings they corrected. */
export interface OverturnedTally {
  /** The tagger's tags of this kind on the corrected briefings. */
  tagged: number;
  /** Tags the tagger gave that analysts removed (its false positives). */
  removed: number;
  /** Tags the tagger missed that analysts added (its false negatives). */
  added: number;
}

/** The analysts' corrections read as extra gold: what they overturned, by kind, and what did not apply. */
export interface CorrectionsEvaluation {
  /** Briefings with at least one correction that overturned the tagger. */
  briefings: number;
  byKind: Record<FilterKind, OverturnedTally>;
  /** Every overturned decision, for the rule-writer. */
  overturned: {
    title: string;
    kind: FilterKind;
    tagId: string;
    label: string;
    action: 'add' | 'remove';
    note?: string;
  }[];
  /** Corrections the tagger already agrees with (a rule was fixed since). */
  alreadySo: number;
  /** Corrections whose briefing is not in these briefings. */
  noBriefing: number;
}

/**
 * Reads analysts' corrections as gold on the briefings they corrected: a removal overturns a tag the tagger gave, an
 * addition one it missed. On those briefings the tagger's precision for a kind is (tagged − removed) / tagged.
 * @example evaluateCorrections(tagBriefings(raws), corrections).byKind.regions // → { tagged: 12, removed: 3, added: 1 }
 */
export function evaluateCorrections(
  briefings: readonly Briefing[],
  corrections: readonly Correction[],
): CorrectionsEvaluation {
  const byKind = Object.fromEntries(
    FILTER_KINDS.map((k) => [k, { tagged: 0, removed: 0, added: 0 }]),
  ) as Record<FilterKind, OverturnedTally>;
  const result: CorrectionsEvaluation = { briefings: 0, byKind, overturned: [], alreadySo: 0, noBriefing: 0 };
  const settled = settleCorrections(corrections);
  const seen = new Set<string>();
  for (const b of briefings) {
    const winners = settled.get(b.id);
    if (!winners || seen.has(b.id)) continue;
    seen.add(b.id);
    let overturned = false;
    for (const kind of FILTER_KINDS)
      if (winners.some((c) => c.kind === kind)) byKind[kind].tagged += b[kind].length;
    for (const c of winners) {
      const tag = b[c.kind].find((t) => t.id === c.tagId);
      if ((c.action === 'remove') !== !!tag) {
        result.alreadySo++;
        continue;
      }
      overturned = true;
      byKind[c.kind][c.action === 'remove' ? 'removed' : 'added']++;
      result.overturned.push({
        title: b.title,
        kind: c.kind,
        tagId: c.tagId,
        label: tag?.label ?? c.label ?? c.tagId,
        action: c.action,
        ...(c.note ? { note: c.note } : {}),
      });
    }
    if (overturned) result.briefings++;
  }
  for (const [id, list] of settled) if (!seen.has(id)) result.noBriefing += list.length;
  return result;
}
