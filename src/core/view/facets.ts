/**
 * Facet values: what the filter panel lists (`FacetValue`, counted by `deriveView`), their labels, and a view's
 * selected values checked against the loaded corpus.
 */
import type { Corpus, FilterKind } from '../corpus';
import { FILTER_KINDS } from '../corpus';
import { getCorpusIndex } from './corpus-index';
import { FILTER_PARAM, type ViewState } from './view-state';

export interface FacetValue {
  id: string;
  label: string;
  /** Briefings with this value that match the other facets (see the counting rules in derive-view.ts). */
  count: number;
  selected: boolean;
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
