/** Corpus sizes at which searching changes its ways; plain numbers, shared by the page and the workers. */

/**
 * How a keystroke reaches the page, by corpus size (docs/decisions/009-load-100k-within-3-s.md):
 * - below HAND_OVER_ABOVE the search box hands the query over within the keystroke and the page redraws at once;
 * - from HAND_OVER_ABOVE the box hands it over in the next task, so the keystroke's own task (where Chromium also
 *   lays the page out to place the caret) stays small and the redraw gets a task of its own;
 * - from SEARCH_APART_FROM (= HAND_OVER_ABOVE) the search runs apart from the page: in the worker that loaded or
 *   built the index (docs/decisions/010-search-in-a-worker.md), or where no worker can run, in a task of its own.
 *   With MiniSearch (decision 019) a common word takes 10–35 ms at 10,000 briefings in Chromium and loading the
 *   index there takes seconds, so both leave the page's thread early: at 10,000 the first search was answered
 *   after 7.8 s with the index loaded on the page, the typing stayed free of the search's long tasks in the worker;
 * - from DEFER_ABOVE the redraw is deferred too (useDeferredValue, rendered in slices behind the keystroke).
 * Measured at 10,000 briefings: redrawn at once in the keystroke's task, 52–75 ms tasks; handed over, p95 40–45 ms
 * and no task over 50 ms; deferred, p95 59–62 ms; handed over with the search in the worker, p95 49 ms (the round
 * trip waits for the page's own redraw). At 100,000, redrawn at once, 60–75 ms tasks.
 */
export const HAND_OVER_ABOVE = 2_000;
export const DEFER_ABOVE = 25_000;
export const SEARCH_APART_FROM = HAND_OVER_ABOVE;
