/**
 * One function of (corpus, view state) gives every number on screen: the matching briefings, the facet counts and
 * the chart aggregates. `deriveView` is it; the per-corpus indexes behind it (corpus-index.ts) are built once.
 *
 * Counting rules (the charts state them in words: chart-definitions.ts):
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
  type Briefing,
  type Corpus,
  FILTER_KINDS,
  type FilterKind,
} from '../corpus';
import {
  compareLabels,
  getCorpusIndex,
  getMonthIndex,
  type CorpusIndex,
  type KindIndex,
} from './corpus-index';
import type { FacetValue } from './facets';
import { RankedIds } from './ranked-ids';
import { isMonthInRange, timelineOfCounts, type Timeline } from './timeline';
import type { ViewState } from './view-state';

export interface ChartDatum {
  id: string;
  label: string;
  count: number;
  /** Briefings with this value in the whole corpus, filters and query aside: the view's count is read against it. */
  corpusCount: number;
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

const NONE: ReadonlySet<string> = new Set();
/** The organisation that publishes the briefings: on every one, so it is no finding in "Top organisations". */
const PUBLISHER: ReadonlySet<string> = new Set(['WCO']);

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
  /** Organisations most named, the publisher (the WCO, on every briefing) left out: it is still a tag and a facet. */
  topOrganizations: ChartDatum[];
  /** Who funds or sponsors the briefings in view ("Supported by"). */
  topFunders: ChartDatum[];
  /** Matching briefings per month, the date range left out; undated ones counted apart. */
  timeline: Timeline;
}

/** Bars in a "top" chart (programmes, organisations). */
export const TOP_LIMIT = 10;
const SEARCH = -1;
const DATE = -2;

/** The search result as corpus positions, in rank order, each once (read from `RankedIds` without a look-up). */
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

/**
 * Derives everything the dashboard shows from the corpus and the view state: plain data, computed afresh from the
 * arguments on every call (the per-corpus indexes it counts with are built once; keeping a previous result's objects
 * so React can skip a redraw is the page's business, see src/lib/derived-view-memo.ts).
 * `matchedIds` is the ordered result of a text search (null = no search): it narrows like a facet and its iteration
 * order becomes the result order.
 * @example deriveView(corpus, parseViewState('region=EUR').state).matched // → 2 on the seed corpus
 */
export function deriveView(
  corpus: Corpus,
  state: ViewState,
  matchedIds: ReadonlySet<string> | null = null,
): DerivedView {
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
  const monthIndex = getMonthIndex(corpus);
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
    corpusCount: index.kinds[kind].corpusCounts[v]!,
    filterable: true,
  });
  const byCount = (a: ChartDatum, b: ChartDatum) => b.count - a.count || compareLabels(a.label, b.label);
  const allOf = (kind: FilterKind) => index.kinds[kind].ids.map((_, v) => datum(kind, v));

  // Themes in the corpus's order (most briefings first), whatever the view: a click never moves the bar under the
  // pointer, and the matrix's rows follow the same order.
  const themeOrder = index.kinds.themes.order;
  const byTheme = themeOrder.map((v) => datum('themes', v));
  const { columns: regionColumns, valueToColumn } = regionColumnsOf(
    index,
    matchingCounts.regions,
    index.kinds.regions.corpusCounts,
  );

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
  const cells = themeOrder.map(() => new Array<number>(regionColumns.length).fill(0));
  let max = 0;
  const regionValues = regions.ids.length;
  for (let r0 = 0; r0 < themeOrder.length; r0++) {
    const t = themeOrder[r0]!;
    const row = cells[r0]!;
    for (let r = 0; r < regionValues; r++) {
      const c = valueToColumn[r]!;
      row[c]! += pairCounts[t * regionValues + r]!;
    }
    for (const count of row) if (count > max) max = count;
  }

  const top = (kind: FilterKind, leaveOut: ReadonlySet<string> = NONE) =>
    allOf(kind)
      .filter((d) => d.count > 0 && !leaveOut.has(d.id))
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
    matrix: { themes: byTheme, regions: regionColumns, cells, max },
    topProgrammes: top('programmes'),
    topOrganizations: top('organizations', PUBLISHER),
    topFunders: top('funders'),
  };
}

/**
 * The region axis: the six WCO regions in their usual order (those the corpus lacks shown as non-filterable zeros,
 * since a region with no coverage is the point), then any other region value, then Global last.
 */
function regionColumnsOf(index: CorpusIndex, counts: Uint32Array, corpusCounts: Uint32Array) {
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
      corpusCount: s.v === null ? 0 : corpusCounts[s.v]!,
      filterable: s.v !== null,
      ...(s.global ? { global: true } : {}),
    });
  }
  return { columns, valueToColumn };
}

/** The rows of a "Top …" chart, by the chart's id. */
export function topChartData(
  view: DerivedView,
  id: 'programmes' | 'organizations' | 'funders',
): readonly ChartDatum[] {
  return id === 'programmes'
    ? view.topProgrammes
    : id === 'organizations'
      ? view.topOrganizations
      : view.topFunders;
}
