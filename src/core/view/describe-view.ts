/**
 * The active view in words, for the title slide, export captions, file names and print headers: the one place
 * that turns a view state into a sentence, so a slide and the picture exported beside it say the same thing.
 */
import type { Corpus } from '../corpus';
import { labelOf } from './facets';
import { type ViewState } from './view-state';
import { TAG_KIND_NAMES, FILTER_KINDS } from '../corpus';

/**
 * Describes the query, filters and date range; "All briefings" when there are none.
 * @example describeView(corpus, { ...state, q: 'plastic', filters: { …, regions: ['AP'] } })
 * // → 'Search “plastic” · Region: Asia/Pacific'
 */
export function describeView(corpus: Corpus, state: ViewState): string {
  const parts: string[] = [];
  if (state.q.trim()) parts.push(`Search “${state.q.trim()}”`);
  for (const kind of FILTER_KINDS) {
    const ids = state.filters[kind];
    if (ids.length === 0) continue;
    const { one, many } = TAG_KIND_NAMES[kind];
    parts.push(
      `${ids.length === 1 ? one : many}: ${ids.map((id) => labelOf(corpus, kind, id)).join(' or ')}`,
    );
  }
  if (state.from || state.to) parts.push(`Dates: ${state.from ?? 'any'} to ${state.to ?? 'any'}`);
  return parts.length > 0 ? parts.join(' · ') : 'All briefings';
}
