/**
 * One function of (corpus, view state) gives every number on screen: the matching briefings, the facet counts and
 * the chart aggregates. `deriveView` is it; the per-corpus index behind it is built once and memoised.
 *
 * Counting rules:
 * - A briefing with two values of one kind counts once for each value (so bars of a chart may sum to more than N).
 * - Values of one facet combine with OR, facets with each other with AND; a search result set (if any) narrows like
 *   one more facet.
 * - Facet counts follow the usual faceted-search rule: the count next to a value is the number of briefings that have
 *   that value and match every *other* active facet (the facet's own selection is left out). So within a facet the
 *   counts keep saying what ticking another value would add, and outside it they say how many results remain.
 * - Charts describe the matching briefings only (the N in the status line).
 */
import {
  GLOBAL_REGION_ID,
  REGIONS,
  isGlobalRegion,
  regionOrder,
  tagColumnsOf,
  type Briefing,
  type Corpus,
  type TagColumns,
  FILTER_KINDS,
  type FilterKind,
} from '../corpus';
import { FILTER_PARAM, type ViewState } from './view-state';
import { isMonthInRange, monthOf, timelineOfCounts, type Timeline } from './timeline';

interface KindIndex {
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

const compareLabels = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

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

export interface FacetValue {
  id: string;
  label: string;
  /** Briefings with this value that match the other facets (see the module comment). */
  count: number;
  selected: boolean;
}

export interface ChartDatum {
  id: string;
  label: string;
  count: number;
  /** False for a value the corpus does not have (a WCO region with no briefing): shown, but nothing to filter. */
  filterable: boolean;
  /** The region meaning "no geography". */
  global?: boolean;
}

export interface CoverageMatrix {
  themes: ChartDatum[];
  regions: ChartDatum[];
  /** cells[t][r] = matching briefings with theme t and region r. */
  cells: number[][];
  max: number;
}

export interface DerivedView {
  /** M: briefings in the corpus. */
  total: number;
  /** N: briefings matching the view. */
  matched: number;
  /** The matching briefings, in search-rank order when a search is active, else corpus order. */
  results: Briefing[];
  facets: Record<FilterKind, FacetValue[]>;
  byTheme: ChartDatum[];
  byRegion: ChartDatum[];
  matrix: CoverageMatrix;
  topProgrammes: ChartDatum[];
  topOrganizations: ChartDatum[];
  /** Matching briefings per month, the date range left out; undated ones counted apart. */
  timeline: Timeline;
}

/**
 * Search results as `deriveView` takes them: an ordered set of briefing ids that also carries their positions in
 * `corpus.briefings`, so 100,000 results are counted without 100,000 id look-ups. It is a `ReadonlySet<string>`, so
 * it goes wherever a Set of ids does.
 * @example deriveView(corpus, state, new RankedIds(corpus, outcome.ids, outcome.docs))
 */
export class RankedIds implements ReadonlySet<string> {
  private lookup: Set<string> | null = null;
  private idList: readonly string[] | null;

  /** `positions[r]` is the position in `corpus.briefings` of `ids[r]`; without `ids`, they are read from it. */
  constructor(
    readonly corpus: Corpus,
    ids: readonly string[] | null,
    readonly positions: Uint32Array,
  ) {
    this.idList = ids;
  }

  /** The ids in rank order (made from the positions on first use: deriveView never needs them). */
  get ids(): readonly string[] {
    if (!this.idList) {
      const list = new Array<string>(this.positions.length);
      for (let r = 0; r < list.length; r++) list[r] = this.corpus.briefings[this.positions[r]!]!.id;
      this.idList = list;
    }
    return this.idList;
  }

  get size(): number {
    return this.positions.length;
  }

  has(id: string): boolean {
    this.lookup ??= new Set(this.ids);
    return this.lookup.has(id);
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.ids) callback.call(thisArg, id, id, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.ids) yield [id, id];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    yield* this.ids;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

function rankedPositions(corpus: Corpus, index: CorpusIndex, matchedIds: ReadonlySet<string>): Uint32Array {
  if (matchedIds instanceof RankedIds && matchedIds.corpus === corpus) return matchedIds.positions;
  const out = new Uint32Array(matchedIds.size);
  const seen = new Uint8Array(index.size);
  let m = 0;
  for (const id of matchedIds) {
    const i = index.briefingIndex.get(id);
    if (i !== undefined && !seen[i]) {
      seen[i] = 1;
      out[m++] = i;
    }
  }
  return out.subarray(0, m);
}

export const TOP_LIMIT = 10;
const SEARCH = -1;
const DATE = -2;

/**
 * Derives everything the dashboard shows from the corpus and the view state.
 * `matchedIds` is the ordered result of a text search (null = no search): it narrows like a facet and its iteration
 * order becomes the result order.
 * @example deriveView(corpus, parseViewState('region=EUR').state).matched // → 2 on the seed corpus
 */
export function deriveView(
  corpus: Corpus,
  state: ViewState,
  matchedIds: ReadonlySet<string> | null = null,
): DerivedView {
  // The view depends on the filters and the search result only. While a query is typed the page renders twice per
  // keystroke (the box at once, the results deferred); the first render asks again for the view it already has.
  const key = viewKey(state);
  const last = lastView.get(corpus);
  // A keystroke often finds the same briefings in the same order ("custom" → "customs"): the same view, so
  // nothing below the search box is redrawn but the marked words.
  if (last && last.key === key && sameRanking(last.matchedIds, matchedIds)) return last.view;
  const computed = computeView(corpus, state, matchedIds);
  // Parts equal to the last view's are that view's objects, so a memoised chart whose numbers did not change is
  // not redrawn (a keystroke usually changes a few counts, not every chart).
  const view = last ? shareEqualParts(last.view, computed) : computed;
  lastView.set(corpus, { key, matchedIds, view });
  return view;
}

/** Whether two search results hold the same briefings in the same order (null: no search). */
export function sameRanking(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  if (a instanceof RankedIds && b instanceof RankedIds && a.corpus === b.corpus) {
    const p = a.positions;
    const q = b.positions;
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return false;
    return true;
  }
  const other = b.values();
  for (const id of a) if (other.next().value !== id) return false;
  return true;
}

const sameDatum = (a: ChartDatum, b: ChartDatum) =>
  a.id === b.id &&
  a.label === b.label &&
  a.count === b.count &&
  a.filterable === b.filterable &&
  a.global === b.global;
const sameFacetValue = (a: FacetValue, b: FacetValue) =>
  a.id === b.id && a.label === b.label && a.count === b.count && a.selected === b.selected;
const sameMonth = (a: Timeline['months'][number], b: Timeline['months'][number]) =>
  a.month === b.month && a.count === b.count;

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

/** `next` with every part that equals `prev`'s replaced by `prev`'s object (structural sharing). */
function shareEqualParts(prev: DerivedView, next: DerivedView): DerivedView {
  const list = <T>(a: T[], b: T[], same: (x: T, y: T) => boolean) => (sameList(a, b, same) ? a : b);
  const facets = {} as Record<FilterKind, FacetValue[]>;
  for (const kind of FILTER_KINDS) facets[kind] = list(prev.facets[kind], next.facets[kind], sameFacetValue);
  const byRegion = list(prev.byRegion, next.byRegion, sameDatum);
  const m = next.matrix;
  const matrix =
    prev.matrix.max === m.max &&
    sameList(prev.matrix.themes, m.themes, sameDatum) &&
    sameList(prev.matrix.regions, m.regions, sameDatum) &&
    sameList(prev.matrix.cells, m.cells, (x, y) => sameList(x, y, Object.is))
      ? prev.matrix
      : m;
  const timeline =
    prev.timeline.undated === next.timeline.undated &&
    sameList(prev.timeline.months, next.timeline.months, sameMonth)
      ? prev.timeline
      : next.timeline;
  return {
    total: next.total,
    matched: next.matched,
    results: list(prev.results, next.results, Object.is),
    facets,
    byTheme: list(prev.byTheme, next.byTheme, sameDatum),
    byRegion,
    matrix,
    topProgrammes: list(prev.topProgrammes, next.topProgrammes, sameDatum),
    topOrganizations: list(prev.topOrganizations, next.topOrganizations, sameDatum),
    timeline,
  };
}

const lastView = new WeakMap<
  Corpus,
  { key: string; matchedIds: ReadonlySet<string> | null; view: DerivedView }
>();

/** Everything of the view state that `computeView` reads. */
function viewKey(state: ViewState): string {
  return JSON.stringify([FILTER_KINDS.map((kind) => state.filters[kind]), state.from, state.to]);
}

/** The briefings' months as numbers: `months[codes[i]]` is briefing i's month (code 0: undated). */
interface MonthIndex {
  months: (string | null)[];
  codes: Uint32Array;
  /** Briefings per month code in the whole corpus. */
  corpusCounts: Uint32Array;
}

const monthIndexCache = new WeakMap<Corpus, MonthIndex>();

/** The month of each briefing, read once per corpus. */
function monthIndexOf(corpus: Corpus): MonthIndex {
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

/** The positions of the briefings that fail some constraint, ascending. */
function outsideOf(misses: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < misses.length; i++) if (misses[i] !== 0) count++;
  const out = new Uint32Array(count);
  let o = 0;
  for (let i = 0; i < misses.length; i++) if (misses[i] !== 0) out[o++] = i;
  return out;
}

/** Adds (`sign` 1) or takes off (−1) one per value of each briefing in `docs` (CSR rows `offsets`/`values`). */
function countValues(
  counts: Uint32Array,
  docs: ArrayLike<number>,
  offsets: Uint32Array,
  values: Uint32Array,
  sign: 1 | -1 = 1,
): void {
  for (let d = 0; d < docs.length; d++) {
    const i = docs[d]!;
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) counts[values[j]!]! += sign;
  }
}

/** Adds (`sign` 1) or takes off (−1) each briefing's theme × region pairs, at `theme · regions + region`. */
function countPairs(
  counts: Uint32Array,
  docs: ArrayLike<number>,
  themes: KindIndex,
  regions: KindIndex,
  sign: 1 | -1,
): void {
  const width = regions.ids.length;
  for (let d = 0; d < docs.length; d++) {
    const i = docs[d]!;
    const r0 = regions.offsets[i]!;
    const r1 = regions.offsets[i + 1]!;
    for (let a = themes.offsets[i]!, a1 = themes.offsets[i + 1]!; a < a1; a++) {
      const rowStart = themes.values[a]! * width;
      for (let b = r0; b < r1; b++) counts[rowStart + regions.values[b]!]! += sign;
    }
  }
}

const pairCache = new WeakMap<CorpusIndex, Uint32Array>();

/** Theme × region pairs of the whole corpus, counted once per corpus. */
function pairCountsOf(index: CorpusIndex): Uint32Array {
  let pairs = pairCache.get(index);
  if (!pairs) {
    const { themes, regions } = index.kinds;
    pairs = new Uint32Array(themes.ids.length * regions.ids.length);
    const all = new Uint32Array(index.size);
    for (let i = 0; i < all.length; i++) all[i] = i;
    countPairs(pairs, all, themes, regions, 1);
    pairCache.set(index, pairs);
  }
  return pairs;
}

function computeView(corpus: Corpus, state: ViewState, matchedIds: ReadonlySet<string> | null): DerivedView {
  const index = getCorpusIndex(corpus);
  const n = index.size;
  // For each briefing: how many active constraints it fails, and which one (meaningful when exactly one).
  const misses = new Uint8Array(n);
  const missedKind = new Int8Array(n);
  const member = new Uint8Array(n);

  FILTER_KINDS.forEach((kind, k) => {
    const selected = state.filters[kind];
    if (selected.length === 0) return;
    const kindIndex = index.kinds[kind];
    member.fill(0);
    for (const id of selected) {
      const v = kindIndex.byId.get(id);
      if (v === undefined) continue;
      for (const i of kindIndex.postings[v]!) member[i] = 1;
    }
    for (let i = 0; i < n; i++) {
      if (!member[i]) {
        misses[i]!++;
        missedKind[i] = k;
      }
    }
  });
  // A date range narrows like one more facet; an undated briefing is outside every range.
  const dated = !!(state.from || state.to);
  const monthIndex = monthIndexOf(corpus);
  if (dated) {
    const inRange = monthIndex.months.map((month) => isMonthInRange(month, state.from, state.to));
    for (let i = 0; i < n; i++) {
      if (!inRange[monthIndex.codes[i]!]) {
        misses[i]!++;
        missedKind[i] = DATE;
      }
    }
  }
  // The search result as corpus positions, in rank order, each once.
  const ranked = matchedIds ? rankedPositions(corpus, index, matchedIds) : null;
  if (ranked) {
    member.fill(0);
    for (const i of ranked) member[i] = 1;
    for (let i = 0; i < n; i++) {
      if (!member[i]) {
        misses[i]!++;
        missedKind[i] = SEARCH;
      }
    }
  }

  let matchingIdx: Uint32Array;
  if (ranked) {
    matchingIdx = new Uint32Array(ranked.length);
    let m = 0;
    for (const i of ranked) if (misses[i] === 0) matchingIdx[m++] = i;
    matchingIdx = matchingIdx.subarray(0, m);
  } else {
    let m = 0;
    for (let i = 0; i < n; i++) if (misses[i] === 0) m++;
    matchingIdx = new Uint32Array(m);
    m = 0;
    for (let i = 0; i < n; i++) if (misses[i] === 0) matchingIdx[m++] = i;
  }
  const results = new Array<Briefing>(matchingIdx.length);
  for (let r = 0; r < matchingIdx.length; r++) results[r] = corpus.briefings[matchingIdx[r]!]!;

  // Counting a large result (a one-letter prefix matches nearly everything) costs as much as the corpus; counting
  // the briefings *outside* it and subtracting from the corpus counts costs what is left out. Whichever is fewer.
  const fromOutside = matchingIdx.length > n / 2;
  const outside = fromOutside ? outsideOf(misses) : null;

  // Facet counts: a briefing that passes every constraint counts in every facet; one that fails exactly one facet's
  // selection counts in that facet only. So only those two groups are walked, not the whole corpus per facet.
  const anyFilter = FILTER_KINDS.some((kind) => state.filters[kind].length > 0);
  const oneMiss: number[][] = FILTER_KINDS.map(() => []);
  if (anyFilter) {
    for (let i = 0; i < n; i++) if (misses[i] === 1 && missedKind[i]! >= 0) oneMiss[missedKind[i]!]!.push(i);
  }
  const facets = {} as Record<FilterKind, FacetValue[]>;
  const matchingCounts = {} as Record<FilterKind, Uint32Array>;
  FILTER_KINDS.forEach((kind, k) => {
    const { offsets, values, ids, labels, order, corpusCounts } = index.kinds[kind];
    let facetCounts: Uint32Array;
    let inView: Uint32Array;
    if (!anyFilter && !ranked && !dated) {
      // Nothing selected: every count is the corpus count.
      facetCounts = corpusCounts;
      inView = corpusCounts;
    } else {
      if (outside) {
        inView = corpusCounts.slice();
        countValues(inView, outside, offsets, values, -1);
      } else {
        inView = new Uint32Array(ids.length);
        countValues(inView, matchingIdx, offsets, values);
      }
      facetCounts = inView.slice();
      countValues(facetCounts, oneMiss[k]!, offsets, values);
    }
    matchingCounts[kind] = inView;
    const selected = new Set(state.filters[kind]);
    facets[kind] = order.map((v) => ({
      id: ids[v]!,
      label: labels[v]!,
      count: facetCounts[v]!,
      selected: selected.has(ids[v]!),
    }));
  });

  const datum = (kind: FilterKind, v: number): ChartDatum => ({
    id: index.kinds[kind].ids[v]!,
    label: index.kinds[kind].labels[v]!,
    count: matchingCounts[kind][v]!,
    filterable: true,
  });
  const byCount = (a: ChartDatum, b: ChartDatum) => b.count - a.count || compareLabels(a.label, b.label);
  const allOf = (kind: FilterKind) => index.kinds[kind].ids.map((_, v) => datum(kind, v));

  const byTheme = allOf('themes').sort(byCount);
  const { columns: regionColumns, valueToColumn } = regionColumnsOf(index, matchingCounts.regions);

  // Theme × region pairs per (theme value, region value), then gathered into the chart's columns.
  const themes = index.kinds.themes;
  const regions = index.kinds.regions;
  const pairs = pairCountsOf(index);
  let pairCounts: Uint32Array;
  if (!outside && matchingIdx.length === n) pairCounts = pairs;
  else if (outside) {
    pairCounts = pairs.slice();
    countPairs(pairCounts, outside, themes, regions, -1);
  } else {
    pairCounts = new Uint32Array(pairs.length);
    countPairs(pairCounts, matchingIdx, themes, regions, 1);
  }
  const cells = themes.ids.map(() => new Array<number>(regionColumns.length).fill(0));
  let max = 0;
  const regionValues = regions.ids.length;
  for (let t = 0; t < themes.ids.length; t++) {
    const row = cells[t]!;
    for (let r = 0; r < regionValues; r++) {
      const c = valueToColumn[r]!;
      row[c]! += pairCounts[t * regionValues + r]!;
    }
    for (const count of row) if (count > max) max = count;
  }

  const top = (kind: FilterKind) =>
    allOf(kind)
      .filter((d) => d.count > 0)
      .sort(byCount)
      .slice(0, TOP_LIMIT);

  // The timeline leaves the date range out (like a facet its own selection), so the brush shows what it can reach.
  let monthCounts: Uint32Array;
  if (!dated) {
    if (outside) {
      monthCounts = monthIndex.corpusCounts.slice();
      for (let o = 0; o < outside.length; o++) monthCounts[monthIndex.codes[outside[o]!]!]!--;
    } else {
      monthCounts = new Uint32Array(monthIndex.corpusCounts.length);
      for (let r = 0; r < matchingIdx.length; r++) monthCounts[monthIndex.codes[matchingIdx[r]!]!]!++;
    }
  } else {
    monthCounts = new Uint32Array(monthIndex.corpusCounts.length);
    for (let i = 0; i < n; i++) {
      if (misses[i] === 0 || (misses[i] === 1 && missedKind[i] === DATE))
        monthCounts[monthIndex.codes[i]!]!++;
    }
  }

  return {
    total: n,
    matched: matchingIdx.length,
    timeline: timelineOfCounts(monthIndex.months, monthCounts),
    results,
    facets,
    byTheme,
    byRegion: regionColumns,
    matrix: { themes: themes.ids.map((_, v) => datum('themes', v)), regions: regionColumns, cells, max },
    topProgrammes: top('programmes'),
    topOrganizations: top('organizations'),
  };
}

/**
 * The region axis: the six WCO regions in their usual order (those the corpus lacks shown as non-filterable zeros,
 * since a region with no coverage is the point), then any other region value, then Global last.
 */
function regionColumnsOf(index: CorpusIndex, counts: Uint32Array) {
  const { ids, labels } = index.kinds.regions;
  const columns: ChartDatum[] = [];
  const valueToColumn = new Array<number>(ids.length).fill(0);
  const present = new Set(labels);
  type Slot = { v: number | null; label: string; id: string; global: boolean };
  const slots: Slot[] = ids.map((id, v) => ({
    v,
    id,
    label: labels[v]!,
    global: isGlobalRegion(id, labels[v]!),
  }));
  for (const region of REGIONS) {
    if (!present.has(region.label))
      slots.push({ v: null, id: region.id, label: region.label, global: region.id === GLOBAL_REGION_ID });
  }
  slots.sort(
    (a, b) => regionOrder(a.id, a.label) - regionOrder(b.id, b.label) || compareLabels(a.label, b.label),
  );
  for (const s of slots) {
    if (s.v !== null) valueToColumn[s.v] = columns.length;
    columns.push({
      id: s.id,
      label: s.label,
      count: s.v === null ? 0 : counts[s.v]!,
      filterable: s.v !== null,
      ...(s.global ? { global: true } : {}),
    });
  }
  return { columns, valueToColumn };
}

/**
 * Checks a view state against the loaded corpus: filter values and the open briefing it does not know are left out
 * and named, for the same notice as malformed URL parameters.
 */
export function dropUnknownIds(corpus: Corpus, state: ViewState): { state: ViewState; dropped: string[] } {
  const index = getCorpusIndex(corpus);
  const dropped: string[] = [];
  let changed = false;
  const filters = { ...state.filters };
  for (const kind of FILTER_KINDS) {
    const known = state.filters[kind].filter((id) => index.kinds[kind].byId.has(id));
    if (known.length !== state.filters[kind].length) {
      changed = true;
      for (const id of state.filters[kind])
        if (!index.kinds[kind].byId.has(id))
          dropped.push(`${FILTER_PARAM[kind]} “${id}” (not in this corpus)`);
      filters[kind] = known;
    }
  }
  let open = state.open;
  if (open !== null && !index.briefingIndex.has(open)) {
    dropped.push(`briefing “${open}” (not in this corpus)`);
    open = null;
    changed = true;
  }
  return { state: changed ? { ...state, filters, open } : state, dropped };
}

/** The display label of a tag id, or the id itself if the corpus does not know it. */
export function labelOf(corpus: Corpus, kind: FilterKind, id: string): string {
  const kindIndex = getCorpusIndex(corpus).kinds[kind];
  const v = kindIndex.byId.get(id);
  return v === undefined ? id : kindIndex.labels[v]!;
}

/** Finds a briefing by id in constant time. */
export function findBriefing(corpus: Corpus, id: string): Briefing | undefined {
  const i = getCorpusIndex(corpus).briefingIndex.get(id);
  return i === undefined ? undefined : corpus.briefings[i];
}
