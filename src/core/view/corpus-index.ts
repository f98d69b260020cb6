/**
 * The per-corpus indexes `deriveView` counts with: tag id → briefings and briefing → tags as typed arrays, and the
 * month of each briefing. Each is built once per corpus object and kept in a WeakMap keyed by it (pure memo: the
 * same corpus always gives the same index, and a corpus no longer used takes its index with it).
 */
import {
  FILTER_KINDS,
  regionOrder,
  tagColumnsOf,
  type Briefing,
  type Corpus,
  type FilterKind,
  type TagColumns,
} from '../corpus';
import { monthOf } from './timeline';

export interface KindIndex {
  ids: string[];
  labels: string[];
  byId: Map<string, number>;
  /** CSR rows: values of briefing i are `values[offsets[i] .. offsets[i+1])`. */
  offsets: Uint32Array;
  values: Uint32Array;
  /** Briefing indices per value, ascending. */
  postings: Uint32Array[];
  /** Number of briefings per value in the whole corpus. */
  corpusCounts: Uint32Array;
  /** Value indices ordered for display: most frequent in the corpus first, then by label. */
  order: number[];
}

export interface CorpusIndex {
  size: number;
  kinds: Record<FilterKind, KindIndex>;
  briefingIndex: Map<string, number>;
}

const indexCache = new WeakMap<Corpus, CorpusIndex>();

/** The order of labels wherever values of equal count are listed: case- and accent-blind, numbers by value. */
export const compareLabels = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/**
 * The facet index of one kind from its tag columns: values numbered by id (the taxonomy's themes first, then in
 * order of first appearance; an id's first label is its label), a briefing's repeated value counted once.
 */
function buildKindIndex(
  kind: FilterKind,
  n: number,
  columns: TagColumns,
  seed: readonly { id: string; label: string }[],
): KindIndex {
  const ids: string[] = [];
  const labels: string[] = [];
  const byId = new Map<string, number>();
  const add = (id: string, label: string) => {
    let v = byId.get(id);
    if (v === undefined) {
      v = ids.length;
      byId.set(id, v);
      ids.push(id);
      labels.push(label);
    }
    return v;
  };
  for (const s of seed) add(s.id, s.label);
  const { dictionary } = columns;
  // Dictionary number → value number (-1: not met yet).
  const valueOf = new Int32Array(dictionary.length).fill(-1);
  const offsets = new Uint32Array(n + 1);
  const rows = new Uint32Array(columns.values.length);
  // The briefing (+1) that last listed each value: a tag named twice in one briefing counts once.
  const lastSeen = new Uint32Array(seed.length + dictionary.length);
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let k = columns.offsets[i]!; k < columns.offsets[i + 1]!; k++) {
      const d = columns.values[k]!;
      let v = valueOf[d]!;
      if (v < 0) v = valueOf[d] = add(dictionary[d]![0], dictionary[d]![1]);
      if (lastSeen[v] !== i + 1) {
        lastSeen[v] = i + 1;
        rows[m++] = v;
      }
    }
    offsets[i + 1] = m;
  }
  const values = rows.slice(0, m);
  const corpusCounts = new Uint32Array(ids.length);
  for (const v of values) corpusCounts[v]!++;
  const postings = Array.from(corpusCounts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(ids.length);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const v = values[k]!;
      postings[v]![fill[v]!++] = i;
    }
  }
  const rank = kind === 'regions' ? (v: number) => regionOrder(ids[v]!, labels[v]!) : () => 0;
  const order = ids
    .map((_, v) => v)
    .sort(
      (a, b) =>
        rank(a) - rank(b) || corpusCounts[b]! - corpusCounts[a]! || compareLabels(labels[a]!, labels[b]!),
    );
  return { ids, labels, byId, offsets, values, postings, corpusCounts, order };
}

/** The per-corpus index (tag id → briefings, typed arrays), built once per corpus object. */
export function getCorpusIndex(corpus: Corpus): CorpusIndex {
  const cached = indexCache.get(corpus);
  if (cached) return cached;
  const { briefings } = corpus;
  const kinds = {} as Record<FilterKind, KindIndex>;
  for (const kind of FILTER_KINDS) {
    // Every theme of the taxonomy is a value even with no briefing: a theme nobody covers is a gap worth seeing.
    const seed = kind === 'themes' ? (corpus.taxonomy?.themes ?? []) : [];
    kinds[kind] = buildKindIndex(kind, briefings.length, tagColumnsOf(corpus, kind), seed);
  }
  const index: CorpusIndex = {
    size: briefings.length,
    kinds,
    briefingIndex: new Map(briefings.map((b, i) => [b.id, i])),
  };
  indexCache.set(corpus, index);
  return index;
}

/** Finds a briefing by id in constant time. */
export function findBriefing(corpus: Corpus, id: string): Briefing | undefined {
  const i = getCorpusIndex(corpus).briefingIndex.get(id);
  return i === undefined ? undefined : corpus.briefings[i];
}

/** The briefings' months as numbers: `months[codes[i]]` is briefing i's month (code 0: undated). */
export interface MonthIndex {
  months: (string | null)[];
  codes: Uint32Array;
  /** Briefings per month code in the whole corpus. */
  corpusCounts: Uint32Array;
}

const monthIndexCache = new WeakMap<Corpus, MonthIndex>();

/** The month of each briefing, read once per corpus. */
export function getMonthIndex(corpus: Corpus): MonthIndex {
  let cached = monthIndexCache.get(corpus);
  if (cached) return cached;
  const months: (string | null)[] = [null];
  const codeOf = new Map<string, number>();
  const codes = new Uint32Array(corpus.briefings.length);
  corpus.briefings.forEach((b, i) => {
    const month = monthOf(b);
    if (month === null) return;
    let code = codeOf.get(month);
    if (code === undefined) {
      code = months.length;
      codeOf.set(month, code);
      months.push(month);
    }
    codes[i] = code;
  });
  const corpusCounts = new Uint32Array(months.length);
  for (let i = 0; i < codes.length; i++) corpusCounts[codes[i]!]!++;
  cached = { months, codes, corpusCounts };
  monthIndexCache.set(corpus, cached);
  return cached;
}
