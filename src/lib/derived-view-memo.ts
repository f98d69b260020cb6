/**
 * Keeping the page's derived view the same object when nothing in it changed, so memoised components skip their
 * redraw. `deriveView` (core) returns fresh plain data on every call; this is the page's layer over it (used by
 * `useDerivedView`), written as plain functions so it is tested without React.
 */
import type { Corpus, FilterKind } from '@/core/corpus';
import { FILTER_KINDS } from '@/core/corpus';
import {
  deriveView,
  sameRanking,
  type ChartDatum,
  type DerivedView,
  type FacetValue,
  type Timeline,
  type ViewState,
} from '@/core/view';

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

/**
 * `next` with every part that equals `prev`'s replaced by `prev`'s object (structural sharing): a memoised chart
 * whose numbers did not change gets the same props and is not redrawn (a keystroke usually changes a few counts,
 * not every chart).
 */
export function shareEqualParts(prev: DerivedView, next: DerivedView): DerivedView {
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
    topFunders: list(prev.topFunders, next.topFunders, sameDatum),
    timeline,
  };
}

/** Everything of the view state that `deriveView` reads (the query reaches it as the search result). */
export function viewKey(state: ViewState): string {
  return JSON.stringify([FILTER_KINDS.map((kind) => state.filters[kind]), state.from, state.to]);
}

/**
 * `deriveView` that remembers its last answer. The same filters and the same search ranking give back the very
 * same view: while a query is typed the page renders twice per keystroke (the box at once, the results deferred),
 * and a keystroke often finds the same briefings in the same order ("custom" → "customs"), so nothing below the
 * search box is redrawn but the marked words. Otherwise the new view keeps the last one's equal parts
 * (`shareEqualParts`). A new corpus starts afresh.
 * @example const derive = createDerivedViewMemo(); derive(corpus, state, ids) === derive(corpus, state, sameIds)
 */
export function createDerivedViewMemo() {
  let last: {
    corpus: Corpus;
    key: string;
    matchedIds: ReadonlySet<string> | null;
    view: DerivedView;
  } | null = null;
  return (corpus: Corpus, state: ViewState, matchedIds: ReadonlySet<string> | null = null): DerivedView => {
    const key = viewKey(state);
    const prev = last?.corpus === corpus ? last : null;
    if (prev && prev.key === key && sameRanking(prev.matchedIds, matchedIds)) return prev.view;
    const computed = deriveView(corpus, state, matchedIds);
    const view = prev ? shareEqualParts(prev.view, computed) : computed;
    last = { corpus, key, matchedIds, view };
    return view;
  };
}
