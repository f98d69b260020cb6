import { useMemo, useState } from 'react';
import type { Corpus } from '@/core/corpus';
import type { DerivedView, ViewState } from '@/core/view';
import { createDerivedViewMemo } from './derived-view-memo';

/**
 * The page's derived view: `deriveView(corpus, state, matchedIds)`, kept the same object while the filters and the
 * search ranking stay the same, and otherwise sharing every part that did not change with the last one, so the
 * memoised charts, facets and lists whose numbers did not change are not redrawn (see derived-view-memo.ts).
 * @example const view = useDerivedView(corpus, deferredState, search.matchedIds);
 */
export function useDerivedView(
  corpus: Corpus,
  state: ViewState,
  matchedIds: ReadonlySet<string> | null,
): DerivedView {
  // One memo per component (not per render): it holds the last view this component drew.
  const [derive] = useState(createDerivedViewMemo);
  return useMemo(() => derive(corpus, state, matchedIds), [derive, corpus, state, matchedIds]);
}
