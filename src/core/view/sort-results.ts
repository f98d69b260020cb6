/**
 * The order of the result list (the `sort` parameter of the view state). Pure: the list as deriveView gives it —
 * search rank when a query is active, corpus order otherwise — reordered by title or date on request.
 */
import type { Briefing } from '../corpus';
import { compareLabels } from './corpus-index';
import type { ResultSort } from './view-state';

/** Untitled briefings go last under "Title", undated ones last under "Date". */
const byTitle = (a: Briefing, b: Briefing) =>
  (a.title === '' ? 1 : 0) - (b.title === '' ? 1 : 0) || compareLabels(a.title, b.title);

// Dates are `YYYY-MM-DD` or `YYYY-MM` (normalize-fields.ts), so text order is time order; a dated month sorts below
// its own days, which is the most that can be said of it.
const byDateNewestFirst = (a: Briefing, b: Briefing) => {
  if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1);
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
};

/**
 * The results in the chosen order. 'relevance' returns the list itself (rank order when searching, else corpus
 * order); 'title' sorts A–Z, 'date' newest first; ties keep their relevance order (the sort is stable).
 * @example sortResults([{ title: 'b' }, { title: 'a' }], 'title') // → [{ title: 'a' }, { title: 'b' }]
 */
export function sortResults(results: Briefing[], sort: ResultSort): Briefing[] {
  if (sort === 'relevance') return results;
  return [...results].sort(sort === 'title' ? byTitle : byDateNewestFirst);
}

/** Whether sorting by date means anything: some briefing has a date. */
export function hasDatedBriefings(briefings: readonly Briefing[]): boolean {
  return briefings.some((b) => b.date !== undefined && b.date !== '');
}
